import Foundation
import Testing
import PublishCore
@testable import PublishSite

/// The byte-level readers and sets a rebuild uses, each held to the general code it stands in
/// for on tricky inputs: numbers to `Int64(String)`, dates to the text-based reading the manifest
/// had, `SitePaths` to a set of byte arrays, slug order and byte equality to `String`.
@Suite struct RebuildFastPathTests {
    /// Inputs for every byte reader: digits, signs, limits, CJK, full-width digits, combining marks,
    /// emoji and ZWJ, half- and full-width punctuation, empty texts, CRLF, spaces.
    static let texts: [String] = [
        "", "0", "-0", "+0", "7", "-7", "+7", "007", "-", "+", "--1", "+-1", "1-", "1+", " 1", "1 ", "1\r\n", "\r\n",
        "12a", "a12", "1.5", "1e3", "0x10", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "99999999999999999999", "000000000000000000000000001", "123456789012345678",
        "1234567890123456789", "-123456789012345678", "１２３", "٣", "1\u{301}", "1️⃣", "👩‍👩‍👧", "二〇二五", "，", "1，2",
        "2025-03-07", "+2025-03-07", "2025-3-7", "2025-02-29", "2024-02-29", "2025-13-01", "2025-00-10", "2025-03-07-",
        "-2025-03-07", "2025--03", "2025-03", "1234567890-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
        "2025-03-07\r\n", "２０２５-０３-０７", "2025－03－07", "2025-03-0\u{301}7",
    ]

    @Test(arguments: texts)
    func decimalNumbersReadAsInt64DoesFromAString(text: String) {
        var bytes = Array(text.utf8)
        let fast = bytes.withUnsafeMutableBufferPointer { ManifestLine.decimal(UnsafeBufferPointer($0)) }
        #expect(fast == Int64(text), "\(text.debugDescription)")
    }

    /// The manifest's previous date reading: the text split at `-` into at most nine digits each.
    static func referenceDate(_ text: String) -> CalendarDate? {
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
        return date.isValid ? date : nil
    }

    @Test(arguments: texts)
    func datesReadAsTheTextReadingDid(text: String) {
        let bytes = Array(text.utf8)
        let fast = bytes.withUnsafeBufferPointer { ManifestLine.date($0) }
        #expect(fast == Self.referenceDate(text), "\(text.debugDescription)")
    }

    /// Whole lines: every text of `texts` in a summary's fields reads back, escaped or not, and
    /// a number field that holds one of them reads as `Int64(String)` would (an escape in it
    /// taken away first).
    @Test func linesWithEveryTextReadBack() throws {
        for text in Self.texts + ["a\\b", "\t", "\\-", "\\+x", "中\n文\r", "\\"] {
            let summary = NoticeSummary(
                slug: "s", path: "content/\(text).md", title: text, issuer: text, date: nil, disclosureStart: nil,
                disclosureEnd: nil, draft: false, lead: text,
                disclosureInfo: DisclosureInfo(indexNumber: text, publisher: nil, written: nil, docNumber: text, category: text),
                indexNumberRange: nil, files: [text, "index.html"], warnings: 3)
            var bytes: [UInt8] = []
            ManifestLine.write(key: 42, entry: ManifestLineTests.entry(summary), into: &bytes)
            #expect(bytes.starts(with: Array("000000000000002a\t".utf8)))
            let read = ManifestLine.entry(bytes[17..<(bytes.count - 1)])
            #expect(read?.summary == summary, "\(text.debugDescription)")
        }
        // The warnings field replaced by a text: read as `Int64(String)` reads it, within range.
        var bytes: [UInt8] = []
        ManifestLine.write(key: 1, entry: ManifestLineTests.entry(ManifestLineTests.summaries[0]), into: &bytes)
        var fields = Array(bytes[17..<(bytes.count - 1)]).split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        for text in Self.texts + ["1\\2", "\\-5", "\\+5"] {
            fields[fields.count - 1] = ArraySlice(text.utf8)
            let line = ArraySlice(Array(fields.joined(separator: [UInt8(ascii: "\t")])))
            let unescaped = text.replacingOccurrences(of: "\\", with: "")
            let expected = Int64(unescaped).flatMap { (0...Int64(Int32.max)).contains($0) ? Int($0) : nil }
            #expect(ManifestLine.entry(line)?.summary.warnings == expected, "\(text.debugDescription)")
        }
    }

    @Test func pageLinesReadBackAndDamagedOnesAreNone() {
        let record = BuildCache.PageRecord(
            digest: 0xfedc_ba98_7654_3210, file: .init(inode: UInt64.max, size: 123_456, seconds: -1, nanoseconds: 999_999_999))
        for path in ["index.html", "issuers/0a1b2c3d/page/2/index.html", "中文/路径 with\ttab\\.html", ""] {
            var bytes: [UInt8] = []
            ManifestLine.write(page: path, record: record, into: &bytes)
            #expect(bytes.last == UInt8(ascii: "\n") && bytes.filter { $0 == UInt8(ascii: "\n") }.count == 1)
            let line = Array(bytes.dropLast())
            let read = line.withUnsafeBufferPointer { ManifestLine.page($0) }
            #expect(read?.path == path && read?.record == record)
            for damaged in [Array(line.dropLast(10)), line + Array("\t1".utf8), Array(line.dropFirst()), Array("pages".utf8) + line.dropFirst(4)] {
                #expect(damaged.withUnsafeBufferPointer { ManifestLine.page($0) } == nil)
            }
        }
        // A notice's line is no page line.
        var bytes: [UInt8] = []
        ManifestLine.write(key: 7, entry: ManifestLineTests.entry(ManifestLineTests.summaries[0]), into: &bytes)
        #expect(bytes.withUnsafeBufferPointer { ManifestLine.page(UnsafeBufferPointer(rebasing: $0.dropLast())) } == nil)
    }

    /// Paths with CJK, composed and decomposed marks (equal as strings, not as bytes), emoji and
    /// ZWJ, full-width punctuation, CRLF and empty parts.
    static let paths: [String] = [
        "index.html", "notices/a/index.html", "notices/a/a.txt", "notices/b/c/index.html", "notices/b/c/c.docx",
        "issuers/中文/index.html", "years/2025/index.html", "notices/caf\u{E9}/index.html", "notices/cafe\u{301}/x.txt",
        "notices/👩‍👩‍👧/a（全角）.html", "notices/crlf\r\n/a", "assets/screen.css", "a", "a/b", "notices//x",
    ]

    @Test func sitePathsAreASetOfByteArraysWithTheirFolders() {
        var paths = SitePaths()
        var files: Set<[UInt8]> = []
        var kept: Set<[UInt8]> = []
        for (index, path) in Self.paths.enumerated() where path != "a" {
            paths.insert(path, kind: index % 3 == 0 ? .kept : .file)
            files.insert(Array(path.utf8))
            if index % 3 == 0 { kept.insert(Array(path.utf8)) }
        }
        paths.insert(folder: "notices/新", names: ["index.html", "新.txt", "index.html"], kind: .kept)
        for name in ["index.html", "新.txt"] {
            files.insert(Array("notices/新/\(name)".utf8))
            kept.insert(Array("notices/新/\(name)".utf8))
        }
        // Added again as a file: still kept.
        paths.insert("notices/a/index.html", kind: .file)
        #expect(paths.keptCount == kept.count)
        var folders: Set<[UInt8]> = [[]]
        for file in files {
            var path = file
            while let slash = path.lastIndex(of: UInt8(ascii: "/")) {
                path.removeSubrange(slash...)
                folders.insert(path)
            }
        }
        paths.addFolders()
        #expect(paths.hasConflict == !files.isDisjoint(with: folders))
        #expect(!paths.hasConflict)
        for candidate in Array(files) + Array(folders) + Self.paths.map({ Array($0.utf8) }) + [Array("notices/café/index.html".utf8), Array("notices".utf8) + [0]] {
            let expected: SitePaths.Kind? = kept.contains(candidate) ? .kept
                : files.contains(candidate) ? .file : folders.contains(candidate) ? .folder : nil
            #expect(candidate.withUnsafeBufferPointer { paths.kind(of: $0) } == expected, "\(String(decoding: candidate, as: UTF8.self).debugDescription)")
        }
        #expect(Set(paths.paths(.kept).map { Array($0.utf8) }) == kept)
    }

    @Test func aFileThatIsAnotherFilesFolderIsAConflict() {
        var paths = SitePaths()
        paths.insert("a/index.html", kind: .file)
        paths.insert("a", kind: .kept)
        paths.addFolders()
        #expect(paths.hasConflict)
    }

    @Test func manyPathsGrowTheTable() {
        var paths = SitePaths()
        for index in 0..<5000 { paths.insert(folder: "notices/n\(index)", names: ["index.html", "n\(index).txt"], kind: .kept) }
        paths.addFolders()
        #expect(paths.keptCount == 10_000)
        #expect(Array("notices/n4999/n4999.txt".utf8).withUnsafeBufferPointer { paths.kind(of: $0) } == .kept)
        #expect(Array("notices/n4999".utf8).withUnsafeBufferPointer { paths.kind(of: $0) } == .folder)
        #expect(Array("notices/n5000".utf8).withUnsafeBufferPointer { paths.kind(of: $0) } == nil)
    }

    static let slugs: [String] = [
        "a", "b", "a/b", "a-b", "a_b", "A", "a.b", "ab", "", "2025/x", "2025-x", "caf\u{E9}", "cafe\u{301}", "中文",
        "中", "👩‍👩‍👧", "a\r\nb", "（全角）", "z",
    ]

    @Test func slugsAreOrderedAsStrings() {
        for a in Self.slugs {
            for b in Self.slugs {
                let x = PublishedNotices.Record(
                    path: "content/\(a).md", slug: a, title: "", date: nil, disclosureStart: nil, disclosureEnd: nil,
                    issuer: -1, extra: -1, fileCount: 0, draft: false)
                let y = PublishedNotices.Record(
                    path: "elsewhere.md", slug: b, title: "", date: nil, disclosureStart: nil, disclosureEnd: nil,
                    issuer: -1, extra: -1, fileCount: 0, draft: false)
                #expect(PublishedNotices.slugPrecedes(x, y) == (a < b), "\(a.debugDescription) < \(b.debugDescription)")
                #expect(PublishedNotices.sameBytes(a, b) == a.utf8.elementsEqual(b.utf8))
            }
        }
    }
}
