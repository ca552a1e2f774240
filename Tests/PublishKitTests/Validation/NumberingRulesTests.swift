import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// A notice with an opening, the given body (sections, items, measures, with `1️⃣` markers) and a
/// closing, checked by the `numbering/*` rules.
struct NumberedNotice {
    var body: String

    var markdown: String {
        """
        ---
        title: 中共某某区委员会关于区委巡察整改进展情况的通报
        issuer: 中共某某区委员会
        date: 2025-03-07
        ---
        根据市委统一部署，2024年4月10日至6月20日，市委第三巡察组对某某区开展了常规巡察。2024年8月15日，市委巡察组向某某区委反馈了巡察意见。现将巡察整改进展情况予以公布。

        \(body)

        欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2025年3月7日至3月21日（11个工作日）。联系电话：0431-80798040。

        """
    }

    /// The findings of rule `id` as `marker: message`, in the order of their positions, with each
    /// position turned back into the number of the marker placed there (`?` where none is).
    func findings(_ id: String) -> [String] {
        let marked = MarkedText(markdown)
        let byLocation = Dictionary(marked.locations.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        return Checker(rules: NumberingRules.all).check(Fixtures.load(marked.text)).filter { $0.rule == id }
            .sorted { $0.range.start < $1.range.start }
            .map { "\(byLocation[$0.range.start].map(String.init) ?? "?"): \($0.message)" }
    }
}

/// Builds numbered text for the tables: sections `一、` … , items, measure runs.
enum Numbers {
    /// `## 一、第1部分` … with a paragraph under each; the `marked` value gets marker 1.
    static func sections(_ values: [Int], written: [Int: String] = [:], marked: Int? = nil) -> String {
        values.enumerated().map { index, value in
            let ordinal = written[index] ?? "\(ChineseNumeral.text(value))、"
            return "## \(index == marked ? "1️⃣" : "")\(ordinal)第\(index + 1)部分\n\n工作情况说明。"
        }.joined(separator: "\n\n")
    }

    /// Measures `一是……` one paragraph each under one heading.
    static func measureParagraphs(_ values: [Int], marked: Int? = nil) -> String {
        "## 一、整改落实情况\n\n"
            + values.enumerated().map { index, value in
                "\(index == marked ? "1️⃣" : "")\(ChineseNumeral.text(value))是开展第\(index + 1)项工作。相关工作已完成。"
            }.joined(separator: "\n\n")
    }

    /// Measures `一是……二是……` in one paragraph under one heading.
    static func measureRun(_ values: [Int], marked: Int? = nil) -> String {
        "## 一、整改落实情况\n\n"
            + values.enumerated().map { index, value in
                "\(index == marked ? "1️⃣" : "")\(ChineseNumeral.text(value))是开展第\(index + 1)项工作。"
            }.joined()
    }
}

@Suite struct NumberingRulesTests {
    static let ids = NumberingRules.all.map(\.descriptor.id)

    // MARK: - Fixtures and the reference notice

    @Test(arguments: ids)
    func fixtureGivesTheExpectedFindings(id: String) throws {
        try RuleFixtureTests().fixtureGivesTheExpectedFindings(id: id)
    }

    @Test func referenceNoticeHasNoNumberingError() throws {
        let findings = Checker().check(try Fixtures.referenceNotice()).filter { $0.rule.hasPrefix("numbering/") }
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.range.start): \($0.message)" })")
        #expect(!findings.contains { $0.rule == "numbering/level-skipped" })
    }

    @Test func referenceNoticeGetsStyleWarningsForEveryOrdinalItWritesOffStandard() throws {
        let findings = Checker().check(try Fixtures.referenceNotice())
        func count(_ id: String) -> Int { findings.filter { $0.rule == id }.count }
        // (一)…(五) in 一、, (一)…(五) in 二、, (一)…(四) in 三、 and in 四、.
        #expect(count("numbering/half-width-parentheses") == 18)
        // 1、 2、 under （一）（二）（三）, 1、 2、 3、 under （四）.
        #expect(count("numbering/dunhao-after-arabic") == 9)
        #expect(findings.filter { $0.rule.hasPrefix("numbering/") }.allSatisfy { $0.severity == .warning })
        let first = try #require(findings.first { $0.rule == "numbering/half-width-parentheses" })
        #expect(first.fix == "write 「（一）」")
        #expect(first.range.start == SourceLocation(line: 12, column: 1))
    }

    // MARK: - numbering/sequence

    typealias Case = (body: String, expected: [String])

    static let sequences: [Case] = [
        (Numbers.sections(Array(1...4)), []),
        (Numbers.sections(Array(1...11)), []),
        (Numbers.sections(Array(1...21)), []),
        (Numbers.sections([1, 2, 4, 5], marked: 2), ["1: numbering gap: expected 「三、」, found 「四、」"]),
        (Numbers.sections([2, 3], marked: 0), ["1: numbering does not start at one: expected 「一、」, found 「二、」"]),
        (Numbers.sections(Array(1...10) + [12], marked: 10), ["1: numbering gap: expected 「十一、」, found 「十二、」"]),
        (Numbers.sections(Array(1...20) + [20], marked: 20), ["1: duplicate number: expected 「二十一、」, found 「二十、」"]),
        (Numbers.sections([1, 2, 1], marked: 2), ["1: numbering goes back: expected 「三、」, found 「一、」"]),
        // 一十一、 is eleven: a style warning, no break in the sequence.
        (Numbers.sections(Array(1...11), written: [10: "一十一、"]), []),
        // A slip: the number after the wrong one goes on as if it were right.
        (Numbers.sections([1, 1, 3], marked: 1), ["1: duplicate number: expected 「二、」, found 「一、」"]),
        (Numbers.measureParagraphs(Array(1...10)), []),
        (Numbers.measureRun(Array(1...10)), []),
        (Numbers.measureParagraphs(Array(1...11)), []),
        (Numbers.measureParagraphs(Array(1...9) + [11], marked: 9), ["1: numbering gap: expected 「十是」, found 「十一是」"]),
        (
            Numbers.measureParagraphs([2, 3], marked: 0),
            ["1: numbering does not start at one: expected 「一是」, found 「二是」"]
        ),
        (Numbers.measureParagraphs([1, 2, 2], marked: 2), ["1: duplicate number: expected 「三是」, found 「二是」"]),
        // Items restart under each parent; measures restart under each item.
        (
            """
            ## 一、整改落实情况

            ### （一）关于甲方面

            1.问题甲。一是措施甲。二是措施乙。

            2.问题乙。一是措施丙。

            ### （二）关于乙方面

            1.问题丙。

            一是措施丁。

            二是措施戊。

            ## 二、下一步工作打算

            （一）巩固成效。正文。
            """, []
        ),
        (
            """
            ## 一、整改落实情况

            （一）提高站位。正文。

            1️⃣（一）压实责任。正文。

            2️⃣（四）强化督查。正文。
            """,
            [
                "1: duplicate number: expected 「（二）」, found 「（一）」",
                "2: numbering gap: expected 「（二）」, found 「（四）」",
            ]
        ),
        (
            """
            ## 一、整改落实情况

            （1）问题甲。正文。

            1️⃣（3）问题乙。正文。

            ①措施甲。

            ②措施乙。

            2️⃣④措施丙。
            """,
            [
                "1: numbering gap: expected 「（2）」, found 「（3）」",
                "2: numbering gap: expected 「③」, found 「④」",
            ]
        ),
        // A measure run may restart after an unnumbered lead paragraph, or go on.
        (
            """
            ## 一、整改落实情况

            一是措施甲。二是措施乙。

            在制度建设方面，区委出台了系列文件。

            一是制定办法。

            二是完善细则。

            在监督检查方面，区委开展了专项检查。

            三是开展专项检查。

            四是通报典型问题。

            在问责方面，区委加大了力度。为此，一是严肃问责。二是通报曝光。
            """, []
        ),
        (
            """
            ## 一、整改落实情况

            一是措施甲。

            二是措施乙。

            在制度建设方面，区委出台了系列文件。

            1️⃣四是制定办法。

            2️⃣六是完善细则。
            """,
            [
                "1: numbering gap: expected 「三是」 or 「一是」, found 「四是」",
                "2: numbering gap: expected 「五是」, found 「六是」",
            ]
        ),
        // Without a lead paragraph between, a run does not restart.
        (
            """
            ## 一、整改落实情况

            一是措施甲。

            二是措施乙。

            1️⃣一是措施丙。
            """, ["1: numbering goes back: expected 「三是」, found 「一是」"]
        ),
        // A run-in item's body opens the run of the item's measures.
        (
            """
            ## 一、整改落实情况

            （一）提高站位。一是加强学习。二是专题研讨。

            三是督促落实。

            1️⃣五是跟踪问效。
            """, ["1: numbering gap: expected 「四是」, found 「五是」"]
        ),
        // Out-of-level items are the inversion rule's business, and so are the items under them.
        (
            """
            ## 一、整改落实情况

            1.问题甲。正文。

            2.问题乙。正文。

            （一）问题丙。正文。

            3.问题丁。正文。
            """, []
        ),
    ]

    @Test(arguments: sequences)
    func sequence(_ c: Case) {
        #expect(NumberedNotice(body: c.body).findings("numbering/sequence") == c.expected)
    }

    // MARK: - numbering/level-inverted and numbering/level-skipped

    static let inversions: [Case] = [
        (
            """
            ## 一、整改落实情况

            （一）提高站位。正文。

            1.问题甲。正文。

            （1）具体问题。正文。

            ①措施甲。

            （二）压实责任。正文。
            """, []
        ),
        (
            """
            ## 一、整改落实情况

            （1）问题甲。正文。

            1️⃣1.问题乙。正文。

            2️⃣（一）问题丙。正文。
            """,
            [
                "1: level inversion: 「1.」 comes after 「（1）」, a lower level, under the same heading",
                "2: level inversion: 「（一）」 comes after 「1.」, a lower level, under the same heading",
            ]
        ),
        (
            """
            1️⃣（一）提高站位。正文。

            ## 一、整改落实情况

            （一）压实责任。正文。
            """, ["1: level inversion: 「（一）」 comes before any 「一、」 section"]
        ),
        // Unnumbered paragraphs before the first section are no inversion.
        (
            """
            区委高度重视巡察整改工作。一是加强领导。二是压实责任。

            ## 一、整改落实情况

            （一）压实责任。正文。
            """, []
        ),
        (
            """
            ## 一、整改落实情况

            ### （一）关于甲方面

            正文。

            ### 1️⃣二、关于乙方面

            正文。

            ## 三、下一步工作打算

            ### （一）巩固成效

            正文。
            """, ["1: level inversion: the section number 「二、」 is written as a level-3 heading inside an item"]
        ),
    ]

    @Test(arguments: inversions)
    func levelInverted(_ c: Case) {
        #expect(NumberedNotice(body: c.body).findings("numbering/level-inverted") == c.expected)
    }

    static let skips: [Case] = [
        (
            """
            ## 一、整改落实情况

            一是加强领导。二是压实责任。

            ### （一）关于甲方面

            一是措施甲。

            1.问题甲。

            （1）具体问题。

            ①措施。
            """, []
        ),
        (
            """
            ## 一、整改落实情况

            1️⃣1.问题甲。正文。

            2.问题乙。正文。

            ## 二、下一步工作打算

            2️⃣（1）巩固成效。正文。

            （一）深化运用。正文。

            1.具体措施。

            3️⃣①措施甲。
            """,
            [
                "1: level skipped: 「1.」 comes directly under 「一、」, with no 「（一）」 level between",
                "2: level skipped: 「（1）」 comes directly under 「二、」, with no 「（一）」 and 「1.」 levels between",
                "3: level skipped: 「①」 comes directly under 「1.」, with no 「（1）」 level between",
            ]
        ),
    ]

    @Test(arguments: skips)
    func levelSkipped(_ c: Case) {
        #expect(NumberedNotice(body: c.body).findings("numbering/level-skipped") == c.expected)
    }

    // MARK: - Style

    static let styles: [(written: String, id: String, fix: String)] = [
        ("1、", "numbering/dunhao-after-arabic", "1."),
        ("1．", "numbering/full-width-full-stop", "1."),
        ("(一)", "numbering/half-width-parentheses", "（一）"),
        ("(1)", "numbering/half-width-parentheses", "（1）"),
        ("（一）、", "numbering/mark-after-parentheses", "（一）"),
        ("①、", "numbering/mark-after-parentheses", "①"),
        ("㈠", "numbering/lookalike-ordinal", "（一）"),
        ("⑴", "numbering/lookalike-ordinal", "（1）"),
        ("⒈", "numbering/lookalike-ordinal", "1."),
        ("１.", "numbering/full-width-digits", "1."),
        ("（１）", "numbering/full-width-digits", "（1）"),
    ]

    /// Each deviation is reported by its rule at the ordinal, with the standard form as fix, on
    /// an item head and (for `一十一`) on a measure.
    @Test(arguments: styles)
    func style(_ c: (written: String, id: String, fix: String)) throws {
        let notice = NumberedNotice(body: "## 一、整改落实情况\n\n（一）提高站位。正文。\n\n1.问题甲。\n\n（1）问题乙。\n\n1️⃣\(c.written)问题丙。正文。")
        #expect(notice.findings(c.id).count == 1)
        #expect(notice.findings(c.id).first?.hasPrefix("1: ") == true)
        let diagnostic = try #require(
            Checker(rules: NumberingRules.all).check(Fixtures.load(MarkedText(notice.markdown).text))
                .first { $0.rule == c.id })
        #expect(diagnostic.fix == "write 「\(c.fix)」")
        #expect(diagnostic.severity == .warning)
    }

    @Test func nonstandardNumeralsOnSectionsItemsAndMeasures() {
        let notice = NumberedNotice(
            body: Numbers.sections(Array(1...11), written: [10: "一十一、"], marked: 10)
                + "\n\n"
                + Numbers.measureRun(Array(1...11)).replacingOccurrences(of: "。十一是", with: "。2️⃣一十一是")
                .replacingOccurrences(of: "## 一、整改落实情况", with: "## 十二、整改落实情况"))
        #expect(
            notice.findings("numbering/nonstandard-numeral") == [
                "1: the numeral of 「一十一、」 is not written the standard way",
                "2: the numeral of 「一十一是」 is not written the standard way",
            ])
        #expect(notice.findings("numbering/sequence").isEmpty)
    }
}
