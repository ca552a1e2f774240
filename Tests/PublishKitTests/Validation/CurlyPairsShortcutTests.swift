import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// `typography/mixed-quotes` passes over a text whose only quotes are “ ” in pairs: held to reading
/// every text with a quote, over every fixture and texts with straight, corner, curly, unpaired and
/// nested quotes beside CJK, combining marks, emoji and CRLF.
@Suite struct CurlyPairsShortcutTests {
    static let notices: [String] = [
        "践行“立行立改”的“总体”要求。\n\n“两个维护\n\n维护”结束。\n\n“外“内”外”。\n\n”先关“后开\n",
        "践行\"立行立改\"的要求，“好”。\n\n用「直角」引号，“好”。\n\n'单引号'里的中文，it's e\u{301}。\n\n“👩‍👩‍👧”\r\n\r\n『书名』\r\n",
        "“链接[“文字”](https://example.cn/“a”)”。\n\n`“代码”` “正文”。\n",
        "",
    ]

    @Test func theShortcutMissesNoFinding() {
        var found = 0
        var passedOver = 0
        for (label, _, context) in ModelWalkInPlaceTests.contexts(plus: Self.notices) {
            let rule = MixedQuotesRule()
            let general = rule.check(context, checkingPairsFirst: false)
            #expect(rule.check(context) == general, "\(label)")
            if !general.isEmpty { found += 1 }
            let layout = TypographyRules.layout(context)
            passedOver += layout.texts.filter {
                $0.found.contains(.quote) && MixedQuotesRule.quotesOnlyInCurlyPairs(layout, $0)
            }.count
        }
        #expect(found >= 3)
        #expect(passedOver > 20)
    }
}
