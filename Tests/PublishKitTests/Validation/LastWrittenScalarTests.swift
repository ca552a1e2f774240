import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// `MissingFinalPunctuationRule.lastWritten` reads a text's last scalar that is not a space back
/// from its UTF-8 bytes: held to the scalars read from the front, on CJK, combining marks, emoji
/// with joiners, half- and full-width marks, every kind of space, CRLF and empty text, alone and as
/// runs of a rich text.
@Suite struct LastWrittenScalarTests {
    static let texts = [
        "", " ", "\u{3000}", "\u{A0}\t\n", "结束。", "结束。 ", "结束。\u{3000}\u{A0}", "e\u{301}", "e\u{301} ", "👩‍👩‍👧",
        "👩‍👩‍👧\u{3000}", "a,", "全角，", "行\r\n", "\r\n", "（一）", "𠀀 ", "中\u{3000}文\u{3000}", "a\u{200D}", "。\t",
    ]

    @Test func lastWrittenIsTheLastScalarThatIsNoSpace() {
        for text in Self.texts {
            let expected = text.unicodeScalars.last { !TypographyScalars.isSpace($0) }
            #expect(MissingFinalPunctuationRule.lastWritten(text) == expected, "\(text.debugDescription)")
        }
        // As runs: the last run with more than spaces, and its kind.
        for first in Self.texts {
            for second in Self.texts {
                var runs: [TextRun] = []
                if !first.isEmpty { runs.append(RulesFastPathTests.run(first, 1, 1)) }
                if !second.isEmpty {
                    var run = RulesFastPathTests.run(second, 2, 1)
                    run.kind = .code
                    runs.append(run)
                }
                let rich = RichText(runs: runs)
                let last = rich.runs.lastIndex { !$0.text.unicodeScalars.allSatisfy(TypographyScalars.isSpace) }
                let found = MissingFinalPunctuationRule.lastWritten(rich)
                #expect(found?.kind == last.map { rich.runs[$0].kind }, "\(first.debugDescription) \(second.debugDescription)")
                #expect(
                    found?.mark == last.flatMap { rich.runs[$0].text.unicodeScalars.last { !TypographyScalars.isSpace($0) } },
                    "\(first.debugDescription) \(second.debugDescription)")
            }
        }
    }
}
