import Testing
@testable import PublishCore

/// `inReportOrder()` is `sorted()`: the same findings in the same order, ties as they came.
@Suite struct ReportOrderTests {
    static func finding(_ rule: String, _ line: Int, _ column: Int, file: String = "a.md", _ text: String = "x") -> Diagnostic {
        Diagnostic(
            rule: rule, severity: .warning, message: Message("typography.half-width", text, text), file: file,
            range: SourceRange(at: SourceLocation(line: line, column: column)))
    }

    static let lists: [[Diagnostic]] = [
        [],
        [finding("b/x", 3, 1)],
        [finding("b/x", 3, 1), finding("a/x", 1, 5), finding("a/x", 1, 2)],
        // Already in order: the same array back.
        [finding("a/x", 1, 1), finding("a/x", 1, 2), finding("b/x", 2, 1)],
        // Same place, different rules; then different messages; then two equal findings.
        [finding("b/x", 1, 1), finding("a/x", 1, 1), finding("a/x", 1, 1, ","), finding("a/x", 1, 1, ";"),
         finding("a/x", 1, 1, ",")],
        // Files first.
        [finding("a/x", 1, 1, file: "b.md"), finding("z/x", 9, 9, file: "a.md")],
    ]

    @Test(arguments: lists)
    func isSorted(_ findings: [Diagnostic]) {
        #expect(findings.inReportOrder() == findings.sorted())
    }

    @Test func keepsTheOrderOfEqualFindings() {
        var first = Self.finding("a/x", 1, 1)
        first.notes = [Message("hours.note", "1")]
        var second = Self.finding("a/x", 1, 1)
        second.notes = [Message("hours.note", "2")]
        let findings = [Self.finding("b/x", 1, 1), first, second]
        #expect(findings.inReportOrder() == [first, second, findings[0]])
    }
}
