import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// `typography/missing-final-punctuation` takes the findings of the opening and the sections from
/// the typography layout, which makes them as it lays out their paragraphs: held to the rule's own
/// walk of the body, over every fixture and notices with run-in items, lists and quotes.
@Suite struct UnfinishedParagraphsTests {
    static let notices: [String] = [
        "开头没有句号\n\n## 一、部分没有句号\n\n（一）项目。正文没有句号\n\n- 列表里没有句号\n- （二）列表项目。没有句号\n\n> 引用里没有句号\n>\n> （三）引用项目。没有句号\n\n一是测量，二是没有句号\n",
        "## 一、部分。正文e\u{301}\r\n\r\n1. 有序列表没有句号\r\n\r\n正文👩‍👩‍👧\r\n\r\n某某委员会\r\n\r\n2025年3月7日\r\n",
        "",
    ]

    @Test func theLayoutFindsWhatTheWalkFinds() {
        var found = 0
        for (label, _, context) in ModelWalkInPlaceTests.contexts(plus: Self.notices) {
            let rule = MissingFinalPunctuationRule()
            let general = rule.check(context, walkingTheBody: true)
            #expect(rule.check(context) == general, "\(label)")
            if !general.isEmpty { found += 1 }
        }
        #expect(found >= 5)
    }
}
