import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Positions are lines of the whole file (front matter counted) and columns in characters.
@Suite struct PositionTests {
    @Test func headingAndParagraphAfterMultiLineFrontMatter() throws {
        let marked = MarkedText("""
            ---
            title: 关于巡视整改进展情况的通报
            issuer: 中共某某委员会
            date: 2025-03-07
            tags:
              - 巡视
            ---
            1️⃣根据省委统一部署，省委第一巡视组于2024年3月1日至5月30日对某区开展了常规巡视。

            ## 2️⃣一、党委履行整改主体责任情况

            3️⃣（一）提高认识。正文。
            """)
        let loaded = Fixtures.load(marked.text)
        #expect(loaded.diagnostics.isEmpty)
        let notice = loaded.notice
        #expect(notice.opening.paragraphs[0].range.start == marked[1])
        let section = try #require(notice.sections.first)
        #expect(section.head?.range.start == PublishCore.SourceLocation(line: marked[2].line, column: 1))
        #expect(section.head?.ordinal?.range.start == marked[2])
        #expect(section.items.first?.head.range.start == marked[3])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let marked = MarkedText("""
            欢迎监督。公开期限：1️⃣2025年3月7日至2️⃣3月27日（3️⃣15个工作日）。联系电话：4️⃣0431-80798040；电子邮箱：5️⃣abc@example.cn。
            """)
        let closing = try #require(Fixtures.load(marked.text).notice.closing)
        let disclosure = try #require(closing.disclosure)
        #expect(disclosure.period?.start.range.start == marked[1])
        #expect(disclosure.period?.end.range.start == marked[2])
        #expect(disclosure.statedWorkdaysRange?.start == marked[3])
        #expect(closing.contacts.map(\.valueRange.start) == [marked[4], marked[5]])
    }

    @Test func softWrappedChineseLinesJoinWithoutSpaceAndKeepTheirLines() throws {
        let marked = MarkedText("""
            ## 一、党委履行整改主体责任情况

            （一）提高认识。组织学习
            1️⃣贯彻落实，English words
            2️⃣continue here。
            """)
        let notice = Fixtures.load(marked.text).notice
        let body = try #require(notice.sections.first?.items.first?.head.body)
        #expect(body.plain == "组织学习贯彻落实，English words continue here。")
        let rich = body.richText
        let offset = Array(rich.plain.unicodeScalars).firstIndex(of: "贯")!
        #expect(rich.location(at: offset) == marked[1])
        let scalars = Array(rich.plain.unicodeScalars)
        let continueOffset = (0..<scalars.count).first { String(String.UnicodeScalarView(scalars[$0...].prefix(8))) == "continue" }!
        #expect(rich.location(at: continueOffset) == marked[2])
    }

    @Test func crlfAndBomKeepLinesAndColumns() throws {
        let marked = MarkedText("---\ntitle: 标题\n---\n## 一、某某情况\n\n1️⃣（一）某某。正文。\n")
        let crlf = "\u{FEFF}" + marked.text.replacingOccurrences(of: "\n", with: "\r\n")
        let notice = Fixtures.load(crlf).notice
        #expect(notice.frontMatter.title == "标题")
        #expect(notice.sections.first?.items.first?.head.range.start == marked[1])
    }
}
