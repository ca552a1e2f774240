import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishSite

/// The style rules of `numbering/*` make one box (`DiagnosticText`) per ordinal that differs in
/// text, level or value, and share it among the findings of equal ones: each finding still says
/// what a box made for it alone would say, and ordinals that differ in any of the three (the same
/// number at another level, another mark) get boxes of their own.
@Suite struct StyleRuleSharedTextsTests {
    /// Sections with items and measures whose ordinals repeat, at one level and across levels.
    static let body = """
        ## 一、第一部分

        (一)工作一。

        1、做法一。

        2、做法二。

        (二)工作二。

        1、做法三。

        2、做法四。

        ## 二、第二部分

        (一)工作三。

        1、做法五。

        (二)工作四。

        2、做法六。

        3、做法七。
        """

    /// Per rule: its message id and how many distinct things its findings say.
    static let rules: [(id: String, message: String, distinct: Int)] = [
        ("numbering/half-width-parentheses", "numbering.half-width-parentheses", 2),
        ("numbering/dunhao-after-arabic", "numbering.dunhao-after-arabic", 3),
    ]

    @Test(arguments: rules) func findingsOfEqualOrdinalsShareWhatTheySay(rule: (id: String, message: String, distinct: Int)) {
        let loaded = Fixtures.load(NumberedNotice(body: Self.body).markdown)
        let findings = Checker(rules: NumberingRules.all).check(loaded).filter { $0.rule == rule.id }
        #expect(findings.count >= 4)
        // Each says what its own box would: the ordinal as written, the standard form as fix.
        for finding in findings {
            let line = Array(loaded.source.line(finding.range.start.line).unicodeScalars)
            let written = String(String.UnicodeScalarView(line[(finding.range.start.column - 1)..<(finding.range.end.column - 1)]))
            #expect(finding.message == Message(id: rule.message, arguments: [.text(written)]))
            #expect(finding.notes.isEmpty)
            let fix = try! #require(finding.fix)
            #expect(fix.id == "numbering.fix.write")
        }
        // Equal texts share one box; different ones do not.
        for a in findings {
            for b in findings {
                #expect((a.text === b.text) == (a.text == b.text))
            }
        }
        #expect(Set(findings.map { ObjectIdentifier($0.text) }).count == rule.distinct)
    }

    /// `1、` under a section and under an item: findings share a box exactly when they say the
    /// same, whatever levels the two are read at.
    @Test func anOrdinalAtAnotherLevelSaysItsOwnFix() {
        let body = """
            ## 一、第一部分

            1、做法一。

            (一)工作一。

            1、做法二。
            """
        let loaded = Fixtures.load(NumberedNotice(body: body).markdown)
        let findings = Checker(rules: NumberingRules.all).check(loaded).filter { $0.rule == "numbering/dunhao-after-arabic" }
        for a in findings {
            for b in findings {
                #expect((a.text === b.text) == (a.fix == b.fix && a.message == b.message))
            }
        }
    }
}
