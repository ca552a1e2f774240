import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules

/// The 信息公开 rules over the forms clerks type: each wrong form with the reason given, each right
/// one passing.
@Suite struct DisclosureInfoRuleTests {
    @Test(arguments: [
        ("某巡办〔2025〕3号", nil),
        ("中共某某县委巡察办〔2024〕12号", nil),
        ("某巡办[2025]3号", "does not put the year in hexagonal brackets 〔〕"),
        ("某巡办（2025）3号", "does not put the year in hexagonal brackets 〔〕"),
        ("〔2025〕3号", "has no issuing body's code before the year"),
        ("某巡办〔25〕3号", "does not give a four-digit year in 〔〕"),
        ("某巡办〔2025〕3", "does not end in 号"),
        ("某巡办〔2025〕第3号", "writes 第 before the serial number"),
        ("某巡办〔2025〕03号", "pads the serial number with a leading zero"),
        ("某巡办〔2025〕号", "has no serial number in digits before 号"),
    ] as [(String, String?)])
    func docNumber(_ number: String, _ problem: String?) {
        #expect(DocNumberRule.problem(in: number) == problem, "\(number)")
    }

    static func findings(_ frontMatter: String, rule: String, configuration: PublishConfiguration = PublishConfiguration()) -> [Diagnostic] {
        Checker(configuration: configuration).check(Fixtures.load("---\n\(frontMatter)\n---\n正文。")).filter { $0.rule == rule }
    }

    @Test(arguments: [
        ("11220100MB1234567X/2025-00012", true),
        ("000014349/2025-00012", true),
        ("11220100MB1234567X/2025-123", true),
        ("11220100MB1234567X／2025-00012", false),
        ("11220100MB1234567X/2025-12", false),
        ("11220100mb1234567x/2025-00012", false),
        ("11220100MB1234567X/25-00012", false),
        (" 11220100MB1234567X/2025-00012x", false),
    ])
    func indexNumberDefaultPattern(_ number: String, _ passes: Bool) {
        let found = Self.findings("index_number: '\(number)'", rule: "meta/index-number")
        #expect(found.isEmpty == passes, "\(number): \(found.map(\.message))")
        if let finding = found.first {
            #expect(finding.range.start.line == 2)
            #expect(finding.severity == .warning)
        }
    }

    @Test func writtenAfterDate() {
        #expect(Self.findings("date: 2025-03-07\nwritten: 2025-03-07", rule: "meta/written-after-date").isEmpty)
        #expect(Self.findings("date: 2025-03-07\nwritten: 2025-03-01", rule: "meta/written-after-date").isEmpty)
        #expect(Self.findings("written: 2025-03-09", rule: "meta/written-after-date").isEmpty)  // no date: nothing to compare
        let late = Self.findings("date: 2025-03-07\nwritten: 2025-03-08", rule: "meta/written-after-date")
        #expect(late.map(\.message) == ["the 成文日期 2025年3月8日 is after the publication date 2025年3月7日"])
        #expect(late.first?.range.start.line == 3)
        // A written date that is no date is the front matter's own finding.
        let bad = Checker().check(Fixtures.load("---\nwritten: 2025-02-30\n---\n正文。"))
        #expect(bad.contains { $0.rule == "meta/date" && $0.message.contains("2025-02-30") })
    }

    @Test func theFiveKeysAreReadAndNothingElseIsUnknown() {
        let loaded = Fixtures.load("""
            ---
            index_number: 11220100MB1234567X/2025-00012
            publisher: 中共某某县委巡察工作领导小组办公室
            written: 2025-03-05
            doc_number: 某巡办〔2025〕3号
            category: 综合政务/监察
            ---
            正文。
            """)
        let info = loaded.notice.frontMatter.disclosureInfo
        #expect(info == DisclosureInfo(
            indexNumber: "11220100MB1234567X/2025-00012", publisher: "中共某某县委巡察工作领导小组办公室",
            written: CalendarDate(year: 2025, month: 3, day: 5), docNumber: "某巡办〔2025〕3号", category: "综合政务/监察"))
        #expect(!loaded.diagnostics.contains { $0.rule == "meta/unknown-key" })
        #expect(Fixtures.load("---\ntitle: x\n---\n正文。").notice.frontMatter.disclosureInfo == nil)
    }
}
