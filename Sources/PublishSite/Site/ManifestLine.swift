import Foundation
import PublishCore

/// One line of the rebuild cache's manifest: a notice's key and its entry as tab-separated fields,
/// the source file's record first (so that a rebuild can index the sources without reading the rest).
///
/// A rebuild reads the entry of every unchanged notice (its summary feeds the listings), so the
/// line is made to be read fast: JSON through `Codable` took a fifth of a rebuild's time for 2,000
/// notices. A text field is written as it is with `\`, tab and line break escaped (`\\`, `\t`,
/// `\n`); a missing value is `-` and a present optional one starts with `+`; a list is its count
/// and then its items; a number is decimal and a date is `YYYY-MM-DD`. A line that does not read
/// back whole is no entry (the notice is rendered again), so a damaged cache only costs time.
enum ManifestLine {
    /// The first line of the manifest begins with this, then when the build that wrote it started
    /// (seconds and nanoseconds): a manifest of another version is not read.
    static let version = "publish-manifest 3"
    /// Times past this (the year 36812) are damage, not times.
    static let latestSecond: Int64 = 1 << 40

    static func header(started: timespec) -> [UInt8] {
        var writer = Writer(bytes: [])
        writer.field(version)
        writer.number(Int64(started.tv_sec))
        writer.number(Int64(started.tv_nsec))
        return writer.bytes + [UInt8(ascii: "\n")]
    }

    /// When the build that wrote the manifest with this first line started; nil for a manifest
    /// of another version.
    static func started(header: ArraySlice<UInt8>) -> timespec? {
        header.withUnsafeBufferPointer { header in
            var reader = Reader(bytes: header)
            guard reader.text() == version, let seconds = reader.number(in: 0...Self.latestSecond),
                  let nanoseconds = reader.number(in: 0...999_999_999), reader.isAtEnd
            else { return nil }
            return timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds))
        }
    }

    static func write(key: UInt64, entry: BuildCache.Entry, into bytes: inout [UInt8]) {
        // The buffer is moved into the writer and back, never copied (a copy per line made writing
        // the manifest quadratic).
        var writer = Writer(bytes: [])
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        writer.key(key)
        let source = entry.source
        writer.field(source.path)
        writer.number(Int64(bitPattern: source.inode))
        writer.number(source.size)
        writer.number(Int64(source.modified.tv_sec))
        writer.number(Int64(source.modified.tv_nsec))
        writer.number(Int64(source.changed.tv_sec))
        writer.number(Int64(source.changed.tv_nsec))
        writer.number(Int64(bitPattern: source.digest))
        writer.count(entry.files.count)
        for file in entry.files {
            writer.number(Int64(bitPattern: file.inode))
            writer.number(file.size)
            writer.number(file.seconds)
            writer.number(file.nanoseconds)
        }
        let summary = entry.summary
        writer.field(summary.slug)
        writer.field(summary.path)
        writer.field(summary.title)
        writer.optional(summary.issuer)
        writer.optional(summary.date?.description)
        writer.optional(summary.disclosureStart?.description)
        writer.optional(summary.disclosureEnd?.description)
        writer.field(summary.draft ? "1" : "0")
        writer.field(summary.lead)
        if let info = summary.disclosureInfo {
            writer.field("+")
            writer.optional(info.indexNumber)
            writer.optional(info.publisher)
            writer.optional(info.written?.description)
            writer.optional(info.docNumber)
            writer.optional(info.category)
        } else {
            writer.field("-")
        }
        if let range = summary.indexNumberRange {
            writer.field("+")
            for value in [range.start.line, range.start.column, range.end.line, range.end.column] { writer.number(Int64(value)) }
        } else {
            writer.field("-")
        }
        writer.count(summary.files.count)
        for name in summary.files { writer.field(name) }
        writer.number(Int64(summary.warnings))
        writer.bytes.append(UInt8(ascii: "\n"))
    }

    /// A line read back as it was (the entry of a notice reused unchanged), after its key.
    static func append(key: UInt64, line: ArraySlice<UInt8>, into bytes: inout [UInt8]) {
        var writer = Writer(bytes: [])
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        writer.key(key)
        writer.bytes.append(UInt8(ascii: "\t"))
        writer.bytes += line
        writer.bytes.append(UInt8(ascii: "\n"))
    }

    /// The key at the start of a line: 16 lowercase hexadecimal digits, as `write` puts them.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count == 16 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            key = key << 4 | UInt64(nibble)
        }
        return key
    }

    /// What begins the line of a site-wide file (a listing page, an asset).
    static let pageMark = "page"

    /// The line of a site-wide file: `page`, its path in the site, its digest and its file's
    /// identity (inode, size, modification time).
    static func write(page relative: String, record: BuildCache.PageRecord, into bytes: inout [UInt8]) {
        var writer = Writer(bytes: [])
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        writer.field(pageMark)
        writer.field(relative)
        writer.key(record.digest)
        writer.number(Int64(bitPattern: record.file.inode))
        writer.number(record.file.size)
        writer.number(record.file.seconds)
        writer.number(record.file.nanoseconds)
        writer.bytes.append(UInt8(ascii: "\n"))
    }

    /// The path and record of a site-wide file's line; nil for any other line, or one that does
    /// not read back whole.
    static func page(_ line: UnsafeBufferPointer<UInt8>) -> (path: String, record: BuildCache.PageRecord)? {
        let mark = pageMark.utf8
        guard line.count > mark.count, line.starts(with: mark), line[mark.count] == UInt8(ascii: "\t") else { return nil }
        var reader = Reader(bytes: UnsafeBufferPointer(rebasing: line[(mark.count + 1)...]))
        guard let path = reader.text(), let digest = reader.hexadecimal(), let inode = reader.number(),
              let size = reader.number(in: 0...Int64.max),
              let seconds = reader.number(in: -Self.latestSecond...Self.latestSecond),
              let nanoseconds = reader.number(in: 0...999_999_999), reader.isAtEnd
        else { return nil }
        return (path, BuildCache.PageRecord(
            digest: digest,
            file: .init(inode: UInt64(bitPattern: inode), size: size, seconds: seconds, nanoseconds: nanoseconds)))
    }

    /// The source record of a line (without its key and the tab after it).
    static func source(_ line: ArraySlice<UInt8>) -> BuildCache.SourceRecord? {
        line.withUnsafeBufferPointer(source)
    }

    static func source(_ line: UnsafeBufferPointer<UInt8>) -> BuildCache.SourceRecord? {
        var reader = Reader(bytes: line)
        return source(&reader)
    }

    /// The source record of a line and where the rest of its entry begins (an offset in `line`).
    static func sourceAndRest(_ line: UnsafeBufferPointer<UInt8>) -> (source: BuildCache.SourceRecord, rest: Int)? {
        var reader = Reader(bytes: line)
        guard let source = source(&reader) else { return nil }
        // A line that ends with the record has an empty rest (which reads as no entry).
        return (source, min(reader.position, line.count))
    }

    /// The entry of a line whose source record was read already (`sourceAndRest`): `rest` is the
    /// line from where that record ends.
    static func entry(rest: ArraySlice<UInt8>, source: BuildCache.SourceRecord) -> BuildCache.Entry? {
        rest.withUnsafeBufferPointer { rest in
            var reader = Reader(bytes: rest)
            return entry(&reader, source: source)
        }
    }

    private static func source(_ reader: inout Reader) -> BuildCache.SourceRecord? {
        guard let path = reader.text(), let inode = reader.number(), let size = reader.number(in: 0...Int64.max),
              let modifiedSeconds = reader.number(in: -Self.latestSecond...Self.latestSecond),
              let modifiedNanoseconds = reader.number(in: 0...999_999_999),
              let changedSeconds = reader.number(in: -Self.latestSecond...Self.latestSecond),
              let changedNanoseconds = reader.number(in: 0...999_999_999), let digest = reader.number()
        else { return nil }
        return BuildCache.SourceRecord(
            path: path, inode: UInt64(bitPattern: inode), size: size,
            modified: timespec(tv_sec: Int(modifiedSeconds), tv_nsec: Int(modifiedNanoseconds)),
            changed: timespec(tv_sec: Int(changedSeconds), tv_nsec: Int(changedNanoseconds)), digest: UInt64(bitPattern: digest))
    }

    /// The entry of a line (without its key and the tab after it), or nil when the line does not
    /// read back whole.
    static func entry(_ line: ArraySlice<UInt8>) -> BuildCache.Entry? {
        line.withUnsafeBufferPointer { line in
            var reader = Reader(bytes: line)
            return entry(&reader)
        }
    }

    private static func entry(_ reader: inout Reader) -> BuildCache.Entry? {
        guard let source = source(&reader) else { return nil }
        return entry(&reader, source: source)
    }

    private static func entry(_ reader: inout Reader, source: BuildCache.SourceRecord) -> BuildCache.Entry? {
        guard let fileCount = reader.count(), fileCount <= 64 else { return nil }
        var files: [BuildCache.FileIdentity] = []
        for _ in 0..<fileCount {
            guard let inode = reader.number(), let size = reader.number(in: 0...Int64.max),
                  let seconds = reader.number(in: -Self.latestSecond...Self.latestSecond),
                  let nanoseconds = reader.number(in: 0...999_999_999)
            else { return nil }
            files.append(.init(inode: UInt64(bitPattern: inode), size: size, seconds: seconds, nanoseconds: nanoseconds))
        }
        guard let slug = reader.text(), let path = reader.text(), let title = reader.text(),
              let issuer = reader.optional(), let date = reader.date(), let disclosureStart = reader.date(),
              let disclosureEnd = reader.date(), let draft = reader.mark(), let lead = reader.text(),
              let infoMark = reader.mark()
        else { return nil }
        var info: DisclosureInfo?
        if infoMark == UInt8(ascii: "+") {
            guard let indexNumber = reader.optional(), let publisher = reader.optional(), let written = reader.date(),
                  let docNumber = reader.optional(), let category = reader.optional()
            else { return nil }
            info = DisclosureInfo(
                indexNumber: indexNumber, publisher: publisher, written: written, docNumber: docNumber, category: category)
        } else if infoMark != UInt8(ascii: "-") {
            return nil
        }
        var range: SourceRange?
        switch reader.mark() {
        case UInt8(ascii: "+"):
            let positions = 1...Int64(Int32.max)
            guard let line = reader.number(in: positions), let column = reader.number(in: positions),
                  let endLine = reader.number(in: positions), let endColumn = reader.number(in: positions)
            else { return nil }
            range = SourceRange(
                start: SourceLocation(line: Int(line), column: Int(column)),
                end: SourceLocation(line: Int(endLine), column: Int(endColumn)))
        case UInt8(ascii: "-"):
            break
        default:
            return nil
        }
        guard let nameCount = reader.count(), nameCount <= 64 else { return nil }
        var names: [String] = []
        for _ in 0..<nameCount {
            guard let name = reader.text() else { return nil }
            names.append(name)
        }
        guard let warnings = reader.number(in: 0...Int64(Int32.max)), reader.isAtEnd,
              draft == UInt8(ascii: "0") || draft == UInt8(ascii: "1")
        else { return nil }
        let summary = NoticeSummary(
            slug: slug, path: path, title: title, issuer: issuer, date: date, disclosureStart: disclosureStart,
            disclosureEnd: disclosureEnd, draft: draft == UInt8(ascii: "1"), lead: lead, disclosureInfo: info,
            indexNumberRange: range, files: names, warnings: Int(warnings))
        return BuildCache.Entry(source: source, summary: summary, files: files)
    }

    private struct Writer {
        var bytes: [UInt8]
        var first = true

        mutating func field(_ text: String) {
            if !first { bytes.append(UInt8(ascii: "\t")) }
            first = false
            var text = text
            text.withUTF8 { utf8 in
                // Most texts have nothing to escape: appended whole.
                guard utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
                else {
                    bytes.append(contentsOf: utf8)
                    return
                }
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                    case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                    case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                    case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                    default: bytes.append(byte)
                    }
                }
            }
        }

        mutating func optional(_ text: String?) { field(text.map { "+" + $0 } ?? "-") }

        /// A number in decimal, as `String(value)` writes it.
        mutating func number(_ value: Int64) {
            if !first { bytes.append(UInt8(ascii: "\t")) }
            first = false
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            var divisor: UInt64 = 1
            while magnitude / divisor >= 10 { divisor *= 10 }
            repeat {
                bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
                magnitude %= divisor
                divisor /= 10
            } while divisor > 0
        }

        mutating func count(_ value: Int) { number(Int64(value)) }

        /// A key as 16 lowercase hexadecimal digits.
        mutating func key(_ key: UInt64) {
            if !first { bytes.append(UInt8(ascii: "\t")) }
            first = false
            for shift in stride(from: 60, through: 0, by: -4) {
                let nibble = UInt8((key >> UInt64(shift)) & 0xf)
                bytes.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
            }
        }
    }

    /// Reads a line's fields from its bytes: a number, a date or a mark is read where it stands,
    /// and a text becomes a `String` only when it is one. A field with a `\\` is unescaped first
    /// and then read as before (numbers through `Int64(String)`).
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var isAtEnd: Bool { position > bytes.count }

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The next field as written, and whether it holds an escape; nil after the last.
        private mutating func raw() -> (bytes: UnsafeBufferPointer<UInt8>, escaped: Bool)? {
            guard position <= bytes.count else { return nil }
            let start = position
            var end = bytes.count
            if start < end, let base = bytes.baseAddress,
               let tab = memchr(base + start, Int32(UInt8(ascii: "\t")), end - start) {
                end = base.distance(to: tab.assumingMemoryBound(to: UInt8.self))
            }
            position = end + 1
            let field = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let escaped = field.count > 0 && memchr(field.baseAddress!, Int32(UInt8(ascii: "\\")), field.count) != nil
            return (field, escaped)
        }

        /// The next field's bytes, unescaped, handed to `body`; nil after the last.
        private mutating func field<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
            guard let (field, escaped) = raw() else { return nil }
            guard escaped else { return body(field) }
            return ManifestLine.unescaped(field).withUnsafeBufferPointer(body)
        }

        /// The next field, unescaped; nil after the last.
        mutating func text() -> String? {
            field { String(decoding: $0, as: UTF8.self) }
        }

        /// The next field's one byte (a mark: `+`, `-`, `0`, `1`); 0 for a field of another
        /// length; nil after the last.
        mutating func mark() -> UInt8? {
            field { $0.count == 1 ? $0[0] : 0 }
        }

        /// `.some(nil)` for a missing value, `nil` for a field that is not an optional.
        mutating func optional() -> String?? {
            let read: String??? = field { bytes -> String?? in
                if bytes.count == 1 && bytes[0] == UInt8(ascii: "-") { return .some(nil) }
                guard bytes.first == UInt8(ascii: "+") else { return nil }
                return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self))
            }
            return read ?? nil
        }

        /// A date as `CalendarDate.description` writes it, `YYYY-MM-DD`, after its `+` (or `-` for
        /// none): read from the bytes, a rebuild reads three or four dates a notice.
        mutating func date() -> CalendarDate?? {
            let read: CalendarDate??? = field { bytes -> CalendarDate?? in
                if bytes.count == 1 && bytes[0] == UInt8(ascii: "-") { return .some(nil) }
                guard bytes.first == UInt8(ascii: "+"),
                      let date = ManifestLine.date(UnsafeBufferPointer(rebasing: bytes.dropFirst()))
                else { return nil }
                return .some(date)
            }
            return read ?? nil
        }

        mutating func number() -> Int64? {
            guard let (field, escaped) = raw() else { return nil }
            guard escaped else { return ManifestLine.decimal(field) }
            return Int64(String(decoding: ManifestLine.unescaped(field), as: UTF8.self))
        }

        /// A key or digest as 16 hexadecimal digits.
        mutating func hexadecimal() -> UInt64? {
            guard let (field, _) = raw() else { return nil }
            return ManifestLine.key(field)
        }

        mutating func number(in range: ClosedRange<Int64>) -> Int64? { number().flatMap { range.contains($0) ? $0 : nil } }

        mutating func count() -> Int? { number().flatMap { $0 >= 0 ? Int($0) : nil } }
    }

    /// A field without its escapes (`\\t`, `\\n`, `\\r`; a `\\` before anything else stands for that).
    static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var escaped = false
        for byte in raw {
            if escaped {
                switch byte {
                case UInt8(ascii: "t"): unescaped.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): unescaped.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): unescaped.append(UInt8(ascii: "\r"))
                default: unescaped.append(byte)
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                unescaped.append(byte)
            }
        }
        return unescaped
    }

    /// The decimal number the bytes spell as `Int64(String)` reads it (an optional `+` or `-`,
    /// then at least one ASCII digit, nothing else, within range); nil otherwise.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count else { return nil }
        // Up to 18 digits cannot overflow: summed without checks.
        if bytes.count - index <= 18 {
            var value: Int64 = 0
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value &* 10 &+ Int64(digit)
                index += 1
            }
            return negative ? -value : value
        }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            // Summed on the side of the sign, so that `Int64.min` reads.
            let (scaled, overflowScaling) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdding) = negative
                ? scaled.subtractingReportingOverflow(Int64(digit)) : scaled.addingReportingOverflow(Int64(digit))
            guard !overflowScaling, !overflowAdding else { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// A date written `YYYY-MM-DD` (each part one to nine digits, the date valid); nil otherwise.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        var parts = (0, 0)
        var partCount = 0
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-"), digits > 0, partCount < 2 {
                if partCount == 0 { parts.0 = value } else { parts.1 = value }
                partCount += 1
                value = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0, partCount == 2 else { return nil }
        let date = CalendarDate(year: parts.0, month: parts.1, day: value)
        return date.isValid ? date : nil
    }
}

extension NoticeSummary {
    /// A summary as the rebuild cache stored it.
    init(
        slug: String, path: String, title: String, issuer: String?, date: CalendarDate?, disclosureStart: CalendarDate?,
        disclosureEnd: CalendarDate?, draft: Bool, lead: String, disclosureInfo: DisclosureInfo?,
        indexNumberRange: SourceRange?, files: [String], warnings: Int
    ) {
        self.slug = slug
        self.path = path
        self.title = title
        self.issuer = issuer
        self.date = date
        self.disclosureStart = disclosureStart
        self.disclosureEnd = disclosureEnd
        self.draft = draft
        self.lead = lead
        self.disclosureInfo = disclosureInfo
        self.indexNumberRange = indexNumberRange
        self.files = files
        self.warnings = warnings
    }
}
