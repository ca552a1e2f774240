import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

@Suite struct FrontMatterTests {
    @Test func readsEveryKey() {
        let notice = Fixtures.load("""
            ---
            title: 关于巡视整改进展情况的通报
            issuer: 中共某某委员会
            date: 2025-03-07
            slug: 2025/some-notice
            draft: true
            tags: [巡视, 整改]
            ---
            正文。
            """).notice
        #expect(notice.frontMatter.title == "关于巡视整改进展情况的通报")
        #expect(notice.frontMatter.issuer == "中共某某委员会")
        #expect(notice.frontMatter.date == CalendarDate(year: 2025, month: 3, day: 7))
        #expect(notice.frontMatter.slug == "2025/some-notice")
        #expect(notice.frontMatter.draft)
        #expect(notice.frontMatter.tags == ["巡视", "整改"])
    }

    typealias Case = (yaml: String, rule: String, line: Int)

    static let faults: [Case] = [
        ("title: [a, b]", "meta/type", 2),
        ("issuer: {a: 1}", "meta/type", 2),
        ("date: 2025-02-30", "meta/date", 2),
        ("date: 三月七日", "meta/date", 2),
        ("draft: perhaps", "meta/type", 2),
        ("title: a\ncolour: red", "meta/unknown-key", 3),
        ("title: a\ntitle: b", "meta/duplicate-key", 3),
        ("title: a\n  bad: [", "meta/yaml-syntax", 3),
        ("title: ~", "meta/type", 2),
    ]

    @Test(arguments: faults)
    func reportsAtTheLineInTheFile(_ c: Case) throws {
        let loaded = Fixtures.load("---\n\(c.yaml)\n---\n正文。\n")
        let finding = try #require(loaded.diagnostics.first { $0.rule == c.rule }, "\(loaded.diagnostics)")
        #expect(finding.range.start.line == c.line)
    }

    @Test func unterminatedFrontMatterIsAnError() throws {
        let loaded = Fixtures.load("---\ntitle: a\n正文。\n")
        #expect(loaded.diagnostics.map(\.rule) == ["meta/unterminated"])
    }

    @Test func aThematicBreakLaterInTheFileIsNotFrontMatter() {
        let loaded = Fixtures.load("正文。\n\n---\n\n欢迎监督。\n")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.notice.closing?.isExplicit == true)
    }
}
