import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Bytes clerks' tools produce, and hostile ones: a diagnostic or a clean result, never a crash.
@Suite struct BadInputTests {
    static func load(_ bytes: [UInt8]) -> LoadedNotice {
        NoticeLoader().load(bytes: bytes, path: "bad.md")
    }

    @Test func bomAndCRLFGiveTheSameNoticeAsLF() throws {
        let reference = try Fixtures.referenceNotice()
        let text = reference.source.text
        let windows = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let loaded = NoticeLoader().load(bytes: windows, path: Fixtures.referencePath)
        #expect(loaded.diagnostics.isEmpty)
        #expect(PlainTextRenderer().render(loaded.notice) == PlainTextRenderer().render(reference.notice))
        #expect(loaded.notice == reference.notice)
    }

    @Test func loneCarriageReturnsEndLines() {
        let loaded = Self.load(Array("## 一、某某情况\r\r（一）某某。正文。\r".utf8))
        #expect(loaded.notice.sections.first?.items.first?.head.range.start.line == 3)
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        // 「你好」 in GBK on line 2, column 3.
        let bytes = Array("第一行\n正文".utf8) + [0xC4, 0xE3, 0xBA, 0xC3] + Array("。\n".utf8)
        let loaded = Self.load(bytes)
        let finding = try #require(loaded.diagnostics.first { $0.rule == "parse/invalid-utf8" })
        #expect(finding.severity == .error)
        #expect(finding.range.start == PublishCore.SourceLocation(line: 2, column: 3))
        #expect(loaded.diagnostics.filter { $0.rule == "parse/invalid-utf8" }.count == 1)
        #expect(loaded.source.text.contains("\u{FFFD}"))
    }

    @Test func nulByteIsReported() throws {
        let loaded = Self.load(Array("正文".utf8) + [0] + Array("正文。".utf8))
        let finding = try #require(loaded.diagnostics.first { $0.rule == "parse/nul-byte" })
        #expect(finding.range.start == PublishCore.SourceLocation(line: 1, column: 3))
    }

    @Test(arguments: [
        String(repeating: ">", count: 100_000) + " 深",
        String(repeating: "- ", count: 100_000) + "深",
        String(repeating: "*", count: 100_000) + "深" + String(repeating: "*", count: 100_000),
        String(repeating: "[", count: 100_000) + "深" + String(repeating: "](x)", count: 100_000),
    ])
    func deepNestingFinishesWithAWarningOrCleanly(_ text: String) {
        let loaded = Self.load(Array(text.utf8))
        #expect(!loaded.hasErrors)
        #expect(PlainTextRenderer().render(loaded.notice).contains("深"))
    }

    @Test func deepBlockQuotesAreFlattenedWithAWarning() throws {
        let loaded = Self.load(Array((String(repeating: ">", count: 100_000) + " 深").utf8))
        let finding = try #require(loaded.diagnostics.first { $0.rule == "parse/nesting-depth" })
        #expect(finding.severity == .warning)
    }

    @Test func anOversizedFileIsRefusedWithAMessage() throws {
        let loader = NoticeLoader(maximumFileSize: 1024)
        let loaded = loader.load(bytes: Array(repeating: UInt8(ascii: "a"), count: 4096), path: "big.md")
        let finding = try #require(loaded.diagnostics.first)
        #expect(finding.rule == "parse/file-too-large")
        #expect(finding.severity == .error)
    }

    @Test func emptyAndWhitespaceFilesGiveAnEmptyNotice() {
        for bytes in [[], Array(" \n\n\t\n".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            let loaded = Self.load(bytes)
            #expect(loaded.notice.sections.isEmpty)
            #expect(PlainTextRenderer().render(loaded.notice) == "")
        }
    }
}
