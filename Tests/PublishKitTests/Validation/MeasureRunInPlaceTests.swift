import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules

/// `numbering/sequence` counts a parent's measures by their numbers, read where they stand, and
/// keeps the last one's place (its paragraph and segment) rather than a copy of its ordinal, which
/// it takes out only for a finding. Held here to the count that copied every ordinal: the same
/// findings, notes naming the previous measure included, for runs across paragraphs that gap,
/// repeat, go back, restart after a paragraph without measures, or start anywhere.
@Suite struct MeasureRunInPlaceTests {
    /// The general count: each measure's ordinal copied out and kept as the previous one.
    static func reference(_ paragraphs: [Paragraph], rule: NumberingSequenceRule) -> [Finding] {
        var findings: [Finding] = []
        var previous: Ordinal? = nil
        var runOpen = false
        for paragraph in paragraphs {
            guard let first = paragraph.segments.first else { continue }
            if case .measure = first {} else { runOpen = false }
            for segment in paragraph.segments {
                guard case .measure(let measure) = segment else { continue }
                let ordinal = measure.ordinal
                let next = previous.map { $0.value + 1 } ?? 1
                let mayRestart = previous != nil && !runOpen
                if ordinal.value != next && !(mayRestart && ordinal.value == 1) {
                    findings.append(rule.finding(ordinal, expected: mayRestart ? [next, 1] : [next], previous: previous, slip: false))
                }
                previous = ordinal
                runOpen = true
            }
        }
        return findings
    }

    /// Paragraphs of one parent, each line a paragraph (measures `一是……` split inside them).
    static let parents: [[String]] = [
        ["一是甲。二是乙。三是丙。"],
        ["一是甲。三是乙。", "四是丙。", "四是丁。"],
        ["二是甲。", "一是乙。二是丙。"],
        ["一是甲。二是乙。", "在某方面，做了工作。", "一是丙。", "三是丁。"],
        ["一是甲。二是乙。", "在某方面，做了工作。", "三是丙。", "五是丁。二是戊。"],
        ["在某方面，做了工作。", "二是甲。", "二是乙。三是丙。一是丁。"],
        ["一是甲，二是乙，三是丙。", "五是丁。"],
        ["没有措施的段落。", "也没有。"],
        [],
    ]

    @Test(arguments: parents)
    func measureFindingsMatchTheGeneralCount(lines: [String]) {
        let rule = NumberingSequenceRule()
        var line = 10
        let paragraphs = lines.map { text -> Paragraph in
            line += 2
            let range = SourceRange(start: SourceLocation(line: line, column: 1), end: SourceLocation(line: line, column: 1 + text.unicodeScalars.count))
            return MeasureSplitter.paragraph(RichText(runs: [TextRun(text: text, range: range)]), range: range)
        }
        let found = rule.measures(paragraphs)
        #expect(found == Self.reference(paragraphs, rule: rule))
        // The table is not all quiet: the cases with a wrong number find it.
        if lines.contains(where: { $0.contains("三是乙") || $0.contains("二是甲") || $0.contains("五是丁") }) {
            #expect(!found.isEmpty)
        }
    }
}
