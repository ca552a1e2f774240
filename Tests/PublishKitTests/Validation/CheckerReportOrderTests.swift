import Testing
@testable import PublishCore
@testable import PublishRules

/// `ReportOrder` against `inReportOrder()`: the same findings in the same order, for findings
/// in order, out of order, with ties on position and rule, from two files, and at positions too
/// large to pack.
@Suite struct CheckerReportOrderTests {
    static let rules = ["typography/half-width-punctuation", "numbering/half-width-parentheses", "dates/invalid", "a/b"]

    static func diagnostic(_ rule: String, _ line: Int, _ column: Int, message: String = "m", file: String = "a.md") -> Diagnostic {
        Diagnostic(
            rule: rule, severity: .warning, message: Message(message), file: file,
            range: SourceRange(at: PublishCore.SourceLocation(line: line, column: column)))
    }

    /// Seeded sets of findings: `seed` picks how many, where, and how often they tie.
    static func findings(seed: UInt64) -> [Diagnostic] {
        var random = SplitMix64(seed: seed)
        let count = Int.random(in: 0...60, using: &random)
        let lines = Int.random(in: 1...(seed % 3 == 0 ? 3 : 40), using: &random)
        return (0..<count).map { index in
            diagnostic(
                rules.randomElement(using: &random)!, Int.random(in: 1...lines, using: &random),
                Int.random(in: 1...(seed % 5 == 0 ? 2 : 30), using: &random), message: "m\(index % 3)",
                file: seed % 7 == 0 && index == count / 2 ? "b.md" : "a.md")
        }
    }

    static let cases: [[Diagnostic]] =
        (0..<40).map { findings(seed: $0) } + [
            [],
            [diagnostic("a/b", 1, 1)],
            [diagnostic("a/b", 2, 1), diagnostic("a/b", 1, 5), diagnostic("dates/invalid", 1, 5)],
            // One rule, one position, two messages: the messages decide.
            [diagnostic("a/b", 1, 1, message: "z"), diagnostic("a/b", 1, 1, message: "a")],
            [diagnostic("a/b", 1 << 40, 1), diagnostic("a/b", 1, 1 << 30), diagnostic("a/b", 1, 1)],
        ]

    @Test(arguments: cases.indices)
    func sortsAsInReportOrder(_ index: Int) {
        let findings = Self.cases[index]
        var order = ReportOrder()
        for finding in findings { order.append(finding.range, rule: order.rule(finding.rule)) }
        var sorted = findings
        order.sort(&sorted)
        #expect(sorted == findings.inReportOrder())
    }
}
