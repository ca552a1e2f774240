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
    static let version = "publish-manifest 2"
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
        var reader = Reader(bytes: header)
        guard reader.text() == version, let seconds = reader.number(in: 0...Self.latestSecond),
              let nanoseconds = reader.number(in: 0...999_999_999), reader.isAtEnd
        else { return nil }
        return timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds))
    }

    static func write(key: String, entry: BuildCache.Entry, into bytes: inout [UInt8]) {
        // The buffer is moved into the writer and back, never copied (a copy per line made writing
        // the manifest quadratic).
        var writer = Writer(bytes: [])
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        writer.field(key)
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

    /// The source record of a line (without its key and the tab after it).
    static func source(_ line: ArraySlice<UInt8>) -> BuildCache.SourceRecord? {
        var reader = Reader(bytes: line)
        return source(&reader)
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
        var reader = Reader(bytes: line)
        guard let source = source(&reader), let fileCount = reader.count(), fileCount <= 64 else { return nil }
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
              let disclosureEnd = reader.date(), let draft = reader.text(), let lead = reader.text(),
              let infoMark = reader.text()
        else { return nil }
        var info: DisclosureInfo?
        if infoMark == "+" {
            guard let indexNumber = reader.optional(), let publisher = reader.optional(), let written = reader.date(),
                  let docNumber = reader.optional(), let category = reader.optional()
            else { return nil }
            info = DisclosureInfo(
                indexNumber: indexNumber, publisher: publisher, written: written, docNumber: docNumber, category: category)
        } else if infoMark != "-" {
            return nil
        }
        var range: SourceRange?
        switch reader.text() {
        case "+":
            let positions = 1...Int64(Int32.max)
            guard let line = reader.number(in: positions), let column = reader.number(in: positions),
                  let endLine = reader.number(in: positions), let endColumn = reader.number(in: positions)
            else { return nil }
            range = SourceRange(
                start: SourceLocation(line: Int(line), column: Int(column)),
                end: SourceLocation(line: Int(endLine), column: Int(endColumn)))
        case "-":
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
        guard let warnings = reader.number(in: 0...Int64(Int32.max)), reader.isAtEnd, draft == "0" || draft == "1"
        else { return nil }
        let summary = NoticeSummary(
            slug: slug, path: path, title: title, issuer: issuer, date: date, disclosureStart: disclosureStart,
            disclosureEnd: disclosureEnd, draft: draft == "1", lead: lead, disclosureInfo: info,
            indexNumberRange: range, files: names, warnings: Int(warnings))
        return BuildCache.Entry(source: source, summary: summary, files: files)
    }

    private struct Writer {
        var bytes: [UInt8]
        var first = true

        mutating func field(_ text: String) {
            if !first { bytes.append(UInt8(ascii: "\t")) }
            first = false
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: bytes.append(byte)
                }
            }
        }

        mutating func optional(_ text: String?) { field(text.map { "+" + $0 } ?? "-") }
        mutating func number(_ value: Int64) { field(String(value)) }
        mutating func count(_ value: Int) { field(String(value)) }
    }

    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var position: Int
        var isAtEnd: Bool { position > bytes.endIndex }

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        /// The next field, unescaped; nil after the last.
        mutating func text() -> String? {
            guard position <= bytes.endIndex else { return nil }
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\t")) ?? bytes.endIndex
            let raw = bytes[position..<end]
            position = end + 1
            guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
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
            return String(decoding: unescaped, as: UTF8.self)
        }

        /// `.some(nil)` for a missing value, `nil` for a field that is not an optional.
        mutating func optional() -> String?? {
            guard let field = text() else { return nil }
            if field == "-" { return .some(nil) }
            guard field.hasPrefix("+") else { return nil }
            return .some(String(field.dropFirst()))
        }

        /// A date as `CalendarDate.description` writes it, `YYYY-MM-DD` (read from the bytes: a
        /// rebuild reads three or four dates a notice).
        mutating func date() -> CalendarDate?? {
            guard let field = optional() else { return nil }
            guard let text = field else { return .some(nil) }
            var parts: [Int] = []
            var value = 0
            var digits = 0
            for byte in text.utf8 {
                if byte == UInt8(ascii: "-"), digits > 0 {
                    parts.append(value)
                    value = 0
                    digits = 0
                } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 {
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    digits += 1
                } else {
                    return nil
                }
            }
            guard digits > 0, parts.count == 2 else { return nil }
            let date = CalendarDate(year: parts[0], month: parts[1], day: value)
            return date.isValid ? .some(date) : nil
        }

        mutating func number() -> Int64? { text().flatMap { Int64($0) } }

        mutating func number(in range: ClosedRange<Int64>) -> Int64? { number().flatMap { range.contains($0) ? $0 : nil } }

        mutating func count() -> Int? { number().flatMap { $0 >= 0 ? Int($0) : nil } }
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
