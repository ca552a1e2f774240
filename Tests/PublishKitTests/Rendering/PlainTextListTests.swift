import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Lists in plain text: an item's first line starts with `- `, and every further line of the item
/// (a second paragraph, a hard line break, a nested list) keeps the two-space indent that shows it
/// belongs to the item.
@Suite struct PlainTextListTests {
    static let cases: [(name: String, markdown: String, text: String)] = [
        ("one line per item", "- 建立台账。\n- 按月更新。\n", "- 建立台账。\n- 按月更新。"),
        ("two paragraphs in an item", "- 建立台账。\n\n  按月更新。\n- 完善制度。\n", "- 建立台账。\n  按月更新。\n- 完善制度。"),
        ("a hard line break", "- 第一行\\\n  第二行\n", "- 第一行\n  第二行"),
        ("a soft line break joins Chinese text", "- 建立\n  台账。\n", "- 建立台账。"),
        ("a nested list", "- 甲项\n  - 乙项\n    续行\\\n    末行\n- 丙项\n", "- 甲项\n  - 乙项续行\n    末行\n- 丙项"),
    ]

    @Test(arguments: cases)
    func continuationLinesKeepTheItemIndent(name: String, markdown: String, text: String) {
        let notice = Fixtures.load("## 一、甲\n\n" + markdown).notice
        #expect(PlainTextRenderer().render(notice) == "一、甲\n" + text, "\(name)")
    }

    @Test func indentedParagraphsIndentInsideTheItem() {
        let notice = Fixtures.load("## 一、甲\n\n- 建立台账。\n\n  按月更新。\n").notice
        let text = PlainTextRenderer(options: .init(indent: true)).render(notice)
        #expect(text == "\u{3000}\u{3000}一、甲\n- \u{3000}\u{3000}建立台账。\n  \u{3000}\u{3000}按月更新。")
    }
}
