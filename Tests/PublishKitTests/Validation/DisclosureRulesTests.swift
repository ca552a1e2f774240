import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


@Suite struct DisclosureRulesTests {
    @Test func referenceNoticeHasNoDisclosureFinding() throws {
        let findings = Checker().check(try Fixtures.referenceNotice()).filter { $0.rule.hasPrefix("disclosure/") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    // MARK: - disclosure/workdays and disclosure/no-calendar

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The publication date, set to the disclosure start so that no order rule fires.
        var date: String
        /// `公开期限：` text; the stated number is marked 1️⃣ when a finding is expected there.
        var disclosure: String
        /// The `disclosure/*` findings expected, as `rule: message`, at marker 1️⃣.
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "reference 2025-03-07…03-27 = 15", date: "2025-03-07",
            disclosure: "2025年3月7日至3月27日（15个工作日）", expected: []),
        Case(
            name: "国庆 2024 stated as a Monday–Friday count (18)", date: "2024-09-25",
            disclosure: "2024年9月25日至10月18日（1️⃣18个工作日）",
            expected: [
                "disclosure/workdays: the disclosure period states 18 working days, but 2024年9月25日 to 2024年10月18日 has 15 under the official calendar"
            ]),
        Case(
            name: "国庆 2024 stated right (15)", date: "2024-09-25",
            disclosure: "2024年9月25日至10月18日（15个工作日）", expected: []),
        Case(
            name: "春节 2025 (16)", date: "2025-01-20",
            disclosure: "2025年1月20日至2月14日（16个工作日）", expected: []),
        Case(
            name: "春节 2025 stated as Monday–Friday (20)", date: "2025-01-20",
            disclosure: "2025年1月20日至2月14日（1️⃣20个工作日）",
            expected: [
                "disclosure/workdays: the disclosure period states 20 working days, but 2025年1月20日 to 2025年2月14日 has 16 under the official calendar"
            ]),
        Case(
            name: "春节 2026 (16)", date: "2026-02-09",
            disclosure: "2026年2月9日至3月6日（16个工作日）", expected: []),
        Case(
            name: "2018-12-24…2019-01-04 (9, Saturday 12-29 worked under the 2019 notice)", date: "2018-12-24",
            disclosure: "2018年12月24日至2019年1月4日（9个工作日）", expected: []),
        Case(
            name: "2018-12-24…2019-01-04 stated 10", date: "2018-12-24",
            disclosure: "2018年12月24日至2019年1月4日（1️⃣10个工作日）",
            expected: [
                "disclosure/workdays: the disclosure period states 10 working days, but 2018年12月24日 to 2019年1月4日 has 9 under the official calendar"
            ]),
        Case(
            name: "2027: not checked, whatever the number", date: "2027-03-01",
            disclosure: "1️⃣2027年3月1日至3月19日（99个工作日）",
            expected: [
                "disclosure/no-calendar: no working-day calendar for 2027: the 99 working days stated for 2027年3月1日 to 2027年3月19日 were not checked"
            ]),
        Case(
            name: "2026 into 2027: the covered part is not enough", date: "2026-12-21",
            disclosure: "1️⃣2026年12月21日至2027年1月8日（15个工作日）",
            expected: [
                "disclosure/no-calendar: no working-day calendar for 2027: the 15 working days stated for 2026年12月21日 to 2027年1月8日 were not checked"
            ]),
        Case(
            name: "end year and month left out (至27日) inherit the start's", date: "2025-03-07",
            disclosure: "2025年3月7日至27日（15个工作日）", expected: []),
        Case(
            name: "end year left out, wrong count", date: "2025-03-07",
            disclosure: "2025年3月7日至3月28日（1️⃣15个工作日）",
            expected: [
                "disclosure/workdays: the disclosure period states 15 working days, but 2025年3月7日 to 2025年3月28日 has 16 under the official calendar"
            ]),
        Case(
            name: "end year left out across the new year: dates/order reports it, no count", date: "2024-12-23",
            disclosure: "2024年12月23日至1月10日（14个工作日）", expected: []),
        Case(
            name: "no stated number", date: "2025-03-07",
            disclosure: "1️⃣2025年3月7日至3月27日",
            expected: ["disclosure/missing-workdays: the disclosure period does not state its number of working days"]),
        Case(
            name: "starts on a holiday", date: "2025-09-30",
            disclosure: "1️⃣2025年10月1日至10月28日（15个工作日）",
            expected: [
                "disclosure/rest-day: the disclosure period starts on 2025年10月1日, a public holiday (a weekday given off)"
            ]),
        Case(
            name: "ends on a Saturday", date: "2025-03-07",
            disclosure: "2025年3月7日至1️⃣3月29日（16个工作日）",
            expected: ["disclosure/rest-day: the disclosure period ends on 2025年3月29日, a Saturday"]),
        Case(
            name: "ends on a Sunday worked (调休)", date: "2025-09-15",
            disclosure: "2025年9月15日至9月28日（11个工作日）", expected: []),
    ]

    @Test(arguments: cases)
    func disclosure(_ test: Case) {
        let notice = DatedNotice(
            date: test.date, period: "2017年9月12日至11月20日", feedback: "2018年1月30日", disclosure: test.disclosure)
        let found = notice.findings("disclosure")
        #expect(found.map { "\($0.rule): \($0.message)" } == test.expected)
        if !test.expected.isEmpty { #expect(found.allSatisfy { $0.range.start == notice.marked[1] }) }
        // The period itself is in order wherever a count is made.
        if !test.name.contains("dates/order") { #expect(notice.findings("dates/order").isEmpty) }
    }

    @Test func endYearLeftOutAcrossTheNewYearIsAnOrderError() {
        let notice = DatedNotice(
            date: "2024-12-23", period: "2017年9月12日至11月20日", feedback: "2018年1月30日",
            disclosure: "2024年12月23日至1️⃣1月10日（14个工作日）")
        #expect(notice.findings("dates/order").map(\.range.start) == [notice.marked[1]])
        #expect(notice.findings("disclosure").isEmpty)
    }

    @Test func wrongCountNamesTheDaysCountedTheHolidaysAndTheDaysWorked() throws {
        let notice = DatedNotice(
            date: "2024-09-25", period: "2017年9月12日至11月20日", feedback: "2018年1月30日",
            disclosure: "2024年9月25日至10月18日（18个工作日）")
        let found = try #require(notice.findings("disclosure/workdays").first)
        #expect(found.severity == .error)
        #expect(
            found.notes == [
                "the 15 working days counted, both ends included: 9月25日–27日, 9月29日–30日, 10月8日–12日, 10月14日–18日",
                "weekdays that are public holidays: 10月1日–4日, 10月7日",
                "weekend days worked (调休): 9月29日, 10月12日",
            ])
        // The 18th working day from 9月25日: 10月21日, 22日, 23日 after the 15th.
        #expect(found.fix == "write （15个工作日）, or end the period on 2024年10月23日 to keep 18 working days")
    }

    @Test func notesAcrossTheNewYearWriteTheYear() throws {
        let notice = DatedNotice(
            date: "2018-12-24", period: "2017年9月12日至11月20日", feedback: "2018年1月30日",
            disclosure: "2018年12月24日至2019年1月4日（10个工作日）")
        let found = try #require(notice.findings("disclosure/workdays").first)
        #expect(
            found.notes == [
                "the 9 working days counted, both ends included: 12月24日–29日, 2019年1月2日–4日",
                "weekdays that are public holidays: 12月31日–2019年1月1日",
                "weekend days worked (调休): 12月29日",
            ])
        #expect(found.fix == "write （9个工作日）, or end the period on 2019年1月7日 to keep 10 working days")
    }

    @Test func noCalendarNamesTheCoveredYearsAndTheFix() throws {
        let notice = DatedNotice(
            date: "2027-03-01", period: "2017年9月12日至11月20日", feedback: "2018年1月30日",
            disclosure: "2027年3月1日至3月19日（15个工作日）")
        let found = try #require(notice.findings("disclosure/no-calendar").first)
        #expect(found.severity == .warning)
        #expect(found.notes.english.contains("the calendar covers 2015–2026"))
        #expect(
            found.fix
                == "add the year 2027 under `calendar:` in publish.yml, with the holidays and 调休 working days of the State Council's notice"
        )
    }

    @Test func aConfiguredYearIsCounted() throws {
        // 2027 added by a site: a plain calendar year with 1月1日 off.
        let calendar = WorkdayCalendar.official.adding(
            year: 2027, holidays: [CalendarDate(year: 2027, month: 1, day: 1)], workdays: [])
        var configuration = PublishConfiguration()
        configuration.calendar = calendar
        let notice = DatedNotice(
            date: "2026-12-28", period: "2017年9月12日至11月20日", feedback: "2018年1月30日",
            disclosure: "2026年12月28日至2027年1月8日（10个工作日）")
        let found = Checker(configuration: configuration).check(Fixtures.load(notice.marked.text)).filter {
            $0.rule.hasPrefix("disclosure/")
        }
        #expect(
            found.map(\.message.english) == [
                "the disclosure period states 10 working days, but 2026年12月28日 to 2027年1月8日 has 9 under the official calendar"
            ])
    }

    @Test func missingWorkdaysSuggestsTheCount() throws {
        let notice = DatedNotice(disclosure: "2025年3月7日至3月27日")
        let found = try #require(notice.findings("disclosure/missing-workdays").first)
        #expect(found.fix == "add （15个工作日） after 「3月27日」")
    }

    @Test func restDayFixesPointToWorkingDays() throws {
        let notice = DatedNotice(
            date: "2025-09-30", period: "2017年9月12日至11月20日", feedback: "2018年1月30日",
            disclosure: "2025年10月1日至10月12日（3个工作日）")
        let found = notice.findings("disclosure/rest-day")
        #expect(
            found.map(\.message.english) == [
                "the disclosure period starts on 2025年10月1日, a public holiday (a weekday given off)",
                "the disclosure period ends on 2025年10月12日, a Sunday",
            ])
        #expect(
            found.map(\.fix?.english) == [
                "start on the next working day, 2025年10月9日",
                "end on the working day before it, 2025年10月11日, and state the working days again",
            ])
    }

    @Test func compactRuns() {
        let days = [(2024, 9, 30), (2024, 10, 1), (2024, 10, 3), (2024, 12, 31), (2025, 1, 1), (2025, 1, 5)]
            .map { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }
        #expect(DisclosureRules.compact(days, baseYear: 2024) == "9月30日–10月1日, 10月3日, 12月31日–2025年1月1日, 1月5日")
        #expect(DisclosureRules.years([2015, 2016, 2017, 2019]) == "2015–2017, 2019")
    }
}
