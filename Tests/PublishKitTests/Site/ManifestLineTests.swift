import Foundation
import Testing
import PublishCore
@testable import PublishSite

/// A manifest line reads back as the entry that was written, whatever its texts hold; a line
/// that is damaged reads as no entry (the notice is then rendered again).
@Suite struct ManifestLineTests {
    static func entry(_ summary: NoticeSummary) -> BuildCache.Entry {
        BuildCache.Entry(
            source: BuildCache.SourceRecord(
                path: summary.path, inode: UInt64.max, size: 23_456, modified: timespec(tv_sec: 1_796_646_747, tv_nsec: 999_999_999),
                changed: timespec(tv_sec: -1, tv_nsec: 0), digest: 0xfedc_ba98_7654_3210),
            summary: summary,
            files: (0..<summary.files.count).map {
                .init(inode: UInt64.max - UInt64($0), size: Int64($0) * 1000, seconds: 1_796_646_747, nanoseconds: 582_167_167)
            })
    }

    static let summaries: [NoticeSummary] = [
        NoticeSummary(
            slug: "batch-03/notice-01537", path: "content/batch-03/notice-01537.md",
            title: "中共某某经济技术开发区工作委员会关于巡视整改进展情况的通报", issuer: "中共某某经济技术开发区工作委员会",
            date: CalendarDate(year: 2026, month: 2, day: 5), disclosureStart: CalendarDate(year: 2026, month: 2, day: 9),
            disclosureEnd: CalendarDate(year: 2026, month: 3, day: 6), draft: false,
            lead: "根据省委统一部署，2024年9月12日至11月20日，省委第三巡视组对某某经济技术开发区开展了常规巡视。",
            disclosureInfo: DisclosureInfo(
                indexNumber: "11220100MB1234567X/2025-00012", publisher: nil, written: CalendarDate(year: 2025, month: 3, day: 7),
                docNumber: "某巡办〔2025〕3号", category: ""),
            indexNumberRange: SourceRange(start: SourceLocation(line: 7, column: 15), end: SourceLocation(line: 7, column: 44)),
            files: ["index.html", "notice-01537.txt", "notice-01537.json", "notice-01537.docx"], warnings: 316),
        // Texts with every escaped character, an empty one and a `-` or `+` of their own.
        NoticeSummary(
            slug: "a", path: "c:\\notices\\a.md", title: "tab\there\nnew line\r\\n not a line break", issuer: "-",
            date: nil, disclosureStart: nil, disclosureEnd: nil, draft: true, lead: "",
            disclosureInfo: DisclosureInfo(), indexNumberRange: nil, files: [], warnings: 0),
        NoticeSummary(
            slug: "+", path: "+.md", title: "+", issuer: nil, date: CalendarDate(year: 2025, month: 12, day: 31),
            disclosureStart: nil, disclosureEnd: CalendarDate(year: 2026, month: 1, day: 2), draft: false, lead: "\\",
            disclosureInfo: nil, indexNumberRange: nil, files: ["index.html"], warnings: 1),
    ]

    @Test(arguments: summaries)
    func readsBackAsWritten(summary: NoticeSummary) throws {
        var bytes: [UInt8] = []
        ManifestLine.write(key: 0x0123_4567_89ab_cdef, entry: Self.entry(summary), into: &bytes)
        #expect(bytes.last == UInt8(ascii: "\n"))
        #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == 1)
        #expect(bytes.starts(with: Array("0123456789abcdef\t".utf8)))
        let read = try #require(ManifestLine.entry(bytes[17..<(bytes.count - 1)]))
        #expect(read.summary == summary)
        #expect(read.source == Self.entry(summary).source)
        #expect(ManifestLine.source(bytes[17..<(bytes.count - 1)]) == Self.entry(summary).source)
        #expect(read.files == Self.entry(summary).files)
    }

    @Test func theHeaderGivesWhenTheBuildStartedAndRefusesAnotherVersion() {
        let header = ManifestLine.header(started: timespec(tv_sec: 1_796_646_747, tv_nsec: 12))
        #expect(String(decoding: header, as: UTF8.self) == "publish-manifest 3\t1796646747\t12\n")
        let started = ManifestLine.started(header: header.dropLast())
        #expect(started?.tv_sec == 1_796_646_747 && started?.tv_nsec == 12)
        #expect(ManifestLine.started(header: ArraySlice("publish-manifest 2\t1\t2".utf8)) == nil)
        #expect(ManifestLine.started(header: ArraySlice("publish-manifest 3\t1\t2\t3".utf8)) == nil)
    }

    /// Lines are appended to the buffer they are given (the manifest is one buffer of many lines).
    @Test func linesFollowEachOtherInOneBuffer() throws {
        var bytes = Array("header\n".utf8)
        for (index, summary) in Self.summaries.enumerated() {
            ManifestLine.write(key: UInt64(String(repeating: String(index), count: 16), radix: 16)!, entry: Self.entry(summary), into: &bytes)
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(lines.count == Self.summaries.count + 2 && lines.first.map { Array($0) } == Array("header".utf8) && lines.last?.isEmpty == true)
        for (index, summary) in Self.summaries.enumerated() {
            let line = lines[index + 1]
            #expect(line.starts(with: Array((String(repeating: String(index), count: 16) + "\t").utf8)))
            #expect(ManifestLine.entry(line.dropFirst(17))?.summary == summary)
        }
    }

    @Test func aDamagedLineIsNoEntry() throws {
        var bytes: [UInt8] = []
        ManifestLine.write(key: 0x0123_4567_89ab_cdef, entry: Self.entry(Self.summaries[0]), into: &bytes)
        let line = bytes[17..<(bytes.count - 1)]
        #expect(ManifestLine.entry(line) != nil)
        // Cut short, one field more, an inode that is not a number.
        #expect(ManifestLine.entry(line.dropLast(5)) == nil)
        #expect(ManifestLine.entry(line + Array("\textra".utf8)) == nil)
        var fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        fields[1] = ArraySlice("x".utf8)
        #expect(ManifestLine.entry(ArraySlice(Array(fields.joined(separator: [UInt8(ascii: "\t")])))) == nil)
        #expect(ManifestLine.entry([]) == nil)
    }
}
