import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// `MissingFinalPunctuationRule.mayLackFinal`, which passes over a measure without joining its
/// lead and body, against `problem(in:)` on the joined text: never false where a finding exists,
/// and true only where one may.
@Suite struct FinalPunctuationShortcutTests {
    static func run(_ text: String, _ column: Int, kind: TextRun.Kind = .text, strong: Bool = false) -> TextRun {
        TextRun(
            kind: kind, text: text, strong: strong,
            range: SourceRange(
                start: PublishCore.SourceLocation(line: 1, column: column),
                end: PublishCore.SourceLocation(line: 1, column: column + text.unicodeScalars.count)))
    }

    static let cases: [(lead: RichText, body: RichText)] = [
        (RichText(runs: [run("一是加强领导。", 1)]), RichText(runs: [run("正文", 8)])),
        (RichText(runs: [run("一是加强领导。", 1)]), RichText(runs: [run("正文。", 8)])),
        (RichText(runs: [run("一是", 1)]), RichText(runs: [run("正文，", 3), run("  ", 6)])),
        (RichText(runs: [run("一是", 1)]), RichText(runs: [run("正文", 3), run("code", 5, kind: .code)])),
        (RichText(runs: [run("一是。", 1)]), RichText()),
        (RichText(), RichText()),
        (RichText(runs: [run("一是", 1)]), RichText(runs: [run("见附件.", 3)])),
        (RichText(runs: [run("一是", 1)]), RichText(runs: [run("see a.", 3)])),
        (RichText(runs: [run("一是", 1)]), RichText(runs: [run("加强", 3), run("领导", 5, strong: true)])),
        (RichText(runs: [run("一是", 1)]), RichText(runs: [run("加强、", 3)])),
    ]

    @Test(arguments: cases.indices, [false, true])
    func shortcutNeverHidesAFinding(_ index: Int, _ beforeMeasure: Bool) {
        let (lead, body) = Self.cases[index]
        let finding = MissingFinalPunctuationRule.problem(
            in: lead + body, what: Message("typography.final.paragraph"), beforeMeasure: beforeMeasure)
        let may = MissingFinalPunctuationRule.mayLackFinal(lead, body, beforeMeasure: beforeMeasure)
        #expect(finding == nil || may)
        // It passes over what ends in a final mark or in no text; a `.` is left to `problem(in:)`.
        let endsInStop = (lead + body).plain.unicodeScalars.last { !TypographyScalars.isSpace($0) } == "."
        #expect(may == (finding != nil || endsInStop))
    }
}
