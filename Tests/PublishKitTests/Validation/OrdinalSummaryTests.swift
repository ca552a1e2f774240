import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// The ordinals the typography layout gathers as it walks a notice (`OrdinalSummary`, and the
/// ordinals with a deviation) held to the list the numbering rules make (`NumberingRules.ordinals`:
/// heads, then measures of every paragraph): the same ranges, sorted by start, the same deviations
/// and the same deviating ordinals, for every fixture and
/// for notices whose items sit in lists and quotes, with CJK, combining marks, emoji and CRLF.
@Suite struct OrdinalSummaryTests {
    static let extra: [String] = [
        "## 一、部分\n\n（一）项目。一是加强领导；二是压实责任。\n\n1、第一\n\n(2)第二\n\n> （三）引用里的项目\n>\n> 1．引用里的下一级\n",
        "正文：一是e\u{301}；二是👩‍👩‍👧。\r\n\r\n## 二、部分\r\n\r\n１.全角数字\r\n\r\n（1）、多余的顿号\r\n",
        "",
    ]

    @Test func theLayoutGathersEveryOrdinal() {
        var withOrdinals = 0
        var withDeviations = 0
        for (label, _, context) in ModelWalkInPlaceTests.contexts(plus: Self.extra) {
            let summary = NumberingRules.summary(context)
            let ordinals = NumberingRules.ordinals(context)
            func key(_ range: SourceRange) -> [Int] {
                [range.start.line, range.start.column, range.end.line, range.end.column]
            }
            let expected = ordinals.map(\.range).sorted { key($0).lexicographicallyPrecedes(key($1)) }
            let found = summary.ranges.sorted { key($0).lexicographicallyPrecedes(key($1)) }
            #expect(found == expected, "\(label)")
            #expect(
                zip(summary.ranges, summary.ranges.dropFirst()).allSatisfy { !($1.start < $0.start) },
                "sorted by start: \(label)")
            // The ordinals with a deviation, which the style rules report: the same ones.
            let deviating = TypographyRules.layout(context).deviatingOrdinals
            #expect(
                deviating.sorted { key($0.range).lexicographicallyPrecedes(key($1.range)) }
                    == ordinals.filter { !$0.deviations.isEmpty }.sorted {
                        key($0.range).lexicographicallyPrecedes(key($1.range))
                    }, "\(label)")
            var deviations: UInt16 = 0
            for ordinal in ordinals { for deviation in ordinal.deviations { deviations |= OrdinalSummary.bit(of: deviation) } }
            #expect(summary.deviations == deviations, "\(label)")
            for deviation in [
                Ordinal.Deviation.halfWidthParentheses, .markAfterParentheses, .dunhaoAfterArabic, .fullWidthFullStop,
                .fullWidthDigits, .fullStopAfterHanzi, .lookalikeCharacter, .nonstandardNumeral,
            ] {
                #expect(
                    summary.contains(deviation) == ordinals.contains { $0.deviations.contains(deviation) },
                    "\(deviation) \(label)")
            }
            if !ordinals.isEmpty { withOrdinals += 1 }
            if deviations != 0 { withDeviations += 1 }
        }
        #expect(withOrdinals > 50)
        #expect(withDeviations >= 3)
    }
}
