import Testing
@testable import PublishCore

struct MessageTemplateTests {
    @Test(arguments: [
        ("{1} of {2}", ["a", "b"], "a of b"),
        ("{2}个文件中有{1}个", ["3", "7"], "7个文件中有3个"),
        ("{1} {1|file|files}", ["1"], "1 file"),
        ("{1} {1|file|files}", ["0"], "0 files"),
        ("{1} {1|file|files}", ["11"], "11 files"),
        ("includes `{{> {1}}}`", ["head"], "includes `{{> head}}`"),
        ("{ and } and {x} and {0} stay", [], "{ and } and {x} and {0} stay"),
        ("{3} has no value", ["a"], "{3} has no value"),
        ("{1|a|b|c} is no plural", ["1"], "{1|a|b|c} is no plural"),
        ("没有占位符的中文帮助文字。", ["a"], "没有占位符的中文帮助文字。"),
        ("", ["a"], ""),
        ("e\u{301}{1}e\u{301}", ["\u{301}x"], "e\u{301}\u{301}xe\u{301}"),
        ("「{1}」与「{2}」{", ["甲", "乙"], "「甲」与「乙」{"),
    ])
    func fill(_ template: String, _ arguments: [String], _ expected: String) {
        #expect(MessageTemplate.fill(template, with: arguments) == expected)
    }

    @Test func argumentsAreTextNumbersListsAndMessages() {
        let inner = Message("severity.error")
        let message = Message(id: "test", arguments: [.list([.text("a"), .number(2)]), .message(inner)])
        #expect(message.arguments[0].text(in: .english) == "a, 2")
        #expect(message.arguments[0].text(in: .chinese) == "a、2")
        #expect(message.arguments[1].text(in: .english) == "error")
        #expect(message.arguments[1].text(in: .chinese) == "错误")
    }

    @Test func aMessageIsTheSameValueInEveryLanguageAndReadsInEach() {
        let message = Message("check.totals", 2, 1, 3)
        #expect(message.text(in: .english) == "2 errors, 1 warning in 3 files")
        #expect(message.text(in: .chinese) == "3个文件中有2处错误、1处警告")
    }
}
