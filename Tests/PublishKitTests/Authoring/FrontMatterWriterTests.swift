import Testing
import Yams
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// Front matter values are written plain where YAML reads them back unchanged, quoted otherwise.
@Suite struct FrontMatterWriterTests {
    @Test(arguments: [
        ("中共某某区委员会", "中共某某区委员会"),
        ("中共某某区委员会关于巡视整改进展情况的通报", "中共某某区委员会关于巡视整改进展情况的通报"),
        ("【待填写：标题，如“中共某某委员会关于巡视整改进展情况的通报”】", "【待填写：标题，如“中共某某委员会关于巡视整改进展情况的通报”】"),
        ("2025-03-07", "2025-03-07"),
        ("标题: 第一轮", "\"标题: 第一轮\""),
        ("标题 #1", "\"标题 #1\""),
        ("[巡视]整改", "\"[巡视]整改\""),
        ("2025", "\"2025\""),
        ("yes", "\"yes\""),
        ("null", "\"null\""),
        ("引号\"与\\反斜杠: x", "\"引号\\\"与\\\\反斜杠: x\""),
        (" 前后空格 ", "\" 前后空格 \""),
        ("", "\"\""),
    ])
    func scalars(_ value: String, _ written: String) throws {
        #expect(FrontMatterWriter.scalar(value) == written)
        let text = FrontMatterWriter(entries: [.init(key: "title", value: value)]).text + "\n正文。\n"
        let notice = Fixtures.load(text).notice
        if !value.isEmpty { #expect(notice.frontMatter.title == value.trimmingCharacters(in: .whitespaces)) }
    }

    @Test func commentsAreWrittenAfterValuesAndBeforeTheEnd() {
        let writer = FrontMatterWriter(
            entries: [
                .init(key: "issuer", value: "中共某某区委"), .init(key: "date", value: "2025-03-07", comment: "check it"),
            ],
            trailingComments: ["line 2 left out: 巡察工作"])
        #expect(writer.text == "---\nissuer: 中共某某区委\ndate: 2025-03-07  # check it\n# line 2 left out: 巡察工作\n---\n")
        let front = Fixtures.load(writer.text + "\n正文。\n").notice.frontMatter
        #expect(front.issuer == "中共某某区委")
        #expect(front.date == CalendarDate(year: 2025, month: 3, day: 7))
    }
}
