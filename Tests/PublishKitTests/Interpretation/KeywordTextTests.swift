import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading

/// `KeywordText` answers as Foundation's `contains` and `range(of:)` do (canonical equivalence),
/// on the bytes when every scalar stands alone and through Foundation otherwise.
@Suite struct KeywordTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var word: String
        var found: Bool
        var testDescription: String { "\(text) ∋ \(word)" }
    }

    static let cases: [Case] = [
        Case(text: "党工委履行整改主体责任情况", word: "主体责任", found: true),
        Case(text: "党工委履行整改主体责任情况", word: "整改责任", found: false),
        Case(text: "下一步工作打算", word: "下一步", found: true),
        Case(text: "下一步工作打算", word: "打算", found: true),
        Case(text: "工作", word: "工作打算", found: false),
        Case(text: "", word: "反馈", found: false),
        Case(text: "反馈", word: "", found: false),
        Case(text: "联系电话:0431-8888", word: "电话:", found: true),
        Case(text: "联系电话：0431-8888", word: "电话:", found: false),
        Case(text: "E-mail: a@b.cn", word: "mail", found: true),
        // Not every scalar stands alone: Foundation answers, by canonical equivalence.
        Case(text: "Cafe\u{301}的监督", word: "Café", found: true),
        Case(text: "Café的监督", word: "Cafe\u{301}", found: true),
        Case(text: "Cafe\u{301}的监督", word: "的监督", found: true),
        // A CJK compatibility ideograph is canonically the unified one.
        Case(text: "联系\u{F900}", word: "\u{8C48}", found: true),
    ]

    @Test(arguments: cases)
    func containsAsFoundation(_ example: Case) {
        #expect(KeywordText(example.text).contains(example.word) == example.found)
        #expect((example.text.range(of: example.word) != nil) == example.found)
    }

    struct OrderCase: Sendable, CustomTestStringConvertible {
        var text: String
        var pieces: [String]
        var found: Bool
        var testDescription: String { "\(text) ∋ \(pieces.joined(separator: "*"))" }
    }

    static let orderCases: [OrderCase] = [
        OrderCase(text: "关于主体责任落实不到位问题", pieces: ["关于", "问题"], found: true),
        OrderCase(text: "问题关于", pieces: ["关于", "问题"], found: false),
        OrderCase(text: "关于问题", pieces: ["关于", "问题"], found: true),
        // The second piece is looked for after the end of the first: no overlap.
        OrderCase(text: "关于", pieces: ["关于", "于"], found: false),
        OrderCase(text: "关于在政治意识方面", pieces: ["关于", "方面"], found: true),
        OrderCase(text: "关于e\u{301}方面", pieces: ["关于", "方面"], found: true),
        OrderCase(text: "关于方面", pieces: ["关于", ""], found: false),
    ]

    @Test(arguments: orderCases)
    func containsInOrderAsFoundation(_ example: OrderCase) {
        #expect(KeywordText(example.text).containsInOrder(example.pieces) == example.found)
    }
}
