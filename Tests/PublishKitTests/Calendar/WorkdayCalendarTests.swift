import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The official calendar against spans worked out by hand from the notice texts. The expected values
/// are from `../shared/reference/cn-holidays.md` (beside the checkout) and were also recomputed there with python-holidays.
@Suite struct WorkdayCalendarTests {
    let calendar = WorkdayCalendar.official

    // MARK: - Spans

    struct Span: Sendable, CustomTestStringConvertible {
        var from: String
        var through: String
        var workdays: Int
        /// What a plain Monday–Friday count says. It differs wherever 调休 matters.
        var mondayToFriday: Int
        var why: String
        var testDescription: String { "\(from)..\(through) = \(workdays) (\(why))" }
    }

    static let spans: [Span] = [
        Span(from: "2025-03-07", through: "2025-03-27", workdays: 15, mondayToFriday: 15, why: "no holiday inside"),
        Span(from: "2024-09-25", through: "2024-10-18", workdays: 15, mondayToFriday: 18, why: "国庆 2024"),
        Span(from: "2025-01-20", through: "2025-02-14", workdays: 16, mondayToFriday: 20, why: "春节 2025"),
        Span(from: "2026-02-09", through: "2026-03-06", workdays: 16, mondayToFriday: 20, why: "春节 2026"),
        Span(from: "2018-12-24", through: "2019-01-04", workdays: 9, mondayToFriday: 10, why: "Sat 12-29 under 2019"),
        Span(from: "2025-12-22", through: "2026-01-09", workdays: 14, mondayToFriday: 15, why: "year end"),
    ]

    @Test(arguments: spans)
    func countsWorkingDaysInclusive(_ span: Span) throws {
        let from = try date(span.from)
        let through = try date(span.through)
        let count = calendar.count(from: from, through: through)
        #expect(count.workdays == span.workdays)
        #expect(count.days.count == span.workdays)
        #expect(count.uncoveredYears.isEmpty)
        #expect(count.isExact)
        #expect(count.days == count.days.sorted())
        #expect(count.days.allSatisfy { calendar.isWorkday($0) == true && (from...through).contains($0) })
    }

    /// Guards against the tests passing for the wrong reason: without the notices the numbers differ.
    @Test(arguments: spans)
    func mondayToFridayAloneWouldDiffer(_ span: Span) throws {
        let plain = WorkdayCalendar(holidays: [], workdays: [], coveredYears: 2015...2026)
        #expect(plain.count(from: try date(span.from), through: try date(span.through)).workdays == span.mondayToFriday)
    }

    /// All spans start and end on working days, so walking `workdays` days from the start lands on the end.
    @Test(arguments: spans)
    func nthWorkingDayFromStartIsTheEnd(_ span: Span) throws {
        #expect(calendar.workday(span.workdays, from: try date(span.from)) == (try date(span.through)))
    }

    // MARK: - n-th working day

    @Test(arguments: [
        ("2025-04-21", 15, "2025-05-13"),  // across 劳动节 2025 and the Sunday 4月27日 worked
        ("2025-10-01", 1, "2025-10-09"),  // a start on a holiday does not count
        ("2025-09-27", 2, "2025-09-29"),  // Sat 9/27 off, Sun 9/28 worked, Mon 9/29
        ("2018-12-29", 1, "2018-12-29"),  // the Saturday stored under 2019 counts as the 1st
        ("2026-12-21", 5, "2026-12-25"),  // stays inside 2026
    ])
    func nthWorkingDay(start: String, n: Int, expected: String) throws {
        #expect(calendar.workday(n, from: try date(start)) == (try date(expected)))
    }

    @Test(arguments: [
        ("2026-12-21", 15),  // runs into 2027, which has no notice
        ("2027-01-04", 1),
        ("2014-12-31", 1),
        ("2025-03-07", 0),
        ("2025-02-30", 1),  // invalid start
    ])
    func nthWorkingDayIsNilWithoutCertainty(start: String, n: Int) throws {
        #expect(calendar.workday(n, from: try date(start)) == nil)
    }

    // MARK: - Single days

    @Test(arguments: [
        ("2025-01-26", true),  // Sunday worked before 春节
        ("2025-10-01", false),  // 国庆节
        ("2025-03-07", true),  // an ordinary Friday
        ("2025-03-08", false),  // an ordinary Saturday
        ("2018-12-29", true),  // Saturday worked, stored under 2019
        ("2018-12-31", false),  // Monday off, stored under 2019
        ("2022-12-31", false),  // stored under 2023
        ("2024-02-09", true),  // 除夕 2024 was only "encouraged" off
        ("2025-01-28", false),  // 除夕 2025 is a holiday under the 2024 revision
        ("2015-09-04", false),  // Friday off for the 70th anniversary (国发明电〔2015〕1号)
        ("2020-02-01", false),  // Saturday no longer worked after the 2020 extension
        ("2020-02-03", true),  // Monday after the extension: an ordinary working day
    ])
    func isWorkday(day: String, expected: Bool) throws {
        #expect(calendar.isWorkday(try date(day)) == expected)
    }

    @Test(arguments: ["2027-03-01", "2014-12-31", "2025-02-30"])
    func isWorkdayIsNilWithoutData(day: String) throws {
        #expect(calendar.isWorkday(try date(day)) == nil)
    }

    // MARK: - Uncovered years

    @Test(arguments: [
        ("2027-03-01", "2027-03-31", [2027], 23),
        ("2026-12-21", "2027-01-08", [2027], 15),  // 2027-01-01 counted as a Friday: an estimate
        ("2014-12-29", "2015-01-09", [2014], 9),  // 12/29–31 estimated (3), 2015 元旦 off, Sun 1/4 worked, 1/5–9
        ("2026-06-01", "2028-01-10", [2027, 2028], nil),
    ] as [(String, String, [Int], Int?)])
    func reportsUncoveredYears(from: String, through: String, uncovered: [Int], workdays: Int?) throws {
        let count = calendar.count(from: try date(from), through: try date(through))
        #expect(count.uncoveredYears == uncovered)
        #expect(!count.isExact)
        if let workdays { #expect(count.workdays == workdays) }
    }

    @Test func reversedOrInvalidSpanCountsNothing() throws {
        #expect(calendar.count(from: try date("2025-03-27"), through: try date("2025-03-07")).workdays == 0)
        #expect(calendar.count(from: try date("2025-02-30"), through: try date("2025-03-07")).workdays == 0)
        #expect(calendar.count(from: try date("2025-03-07"), through: try date("2025-03-07")).workdays == 1)
    }

    @Test func coveredYearsAreTheNoticeYears() {
        #expect(calendar.coveredYears == Array(2015...2026))
        #expect(calendar.covers(year: 2018))
        #expect(!calendar.covers(year: 2027))
    }

    /// Totals from the research notes; they show the 2025 revision (fewer make-up days, 除夕 off).
    @Test(arguments: [(2015, 249), (2019, 250), (2024, 251), (2025, 248), (2026, 248)])
    func workingDaysPerYear(year: Int, expected: Int) {
        let count = calendar.count(from: CalendarDate(year: year, month: 1, day: 1),
                                   through: CalendarDate(year: year, month: 12, day: 31))
        #expect(count.workdays == expected)
    }

    // MARK: - Adding a year

    @Test func addingAYearCoversItAndAppliesItsDates() throws {
        let extended = calendar.adding(
            year: 2027, holidays: [try date("2027-01-01")], workdays: [try date("2027-01-09")])
        #expect(extended.covers(year: 2027))
        #expect(extended.isWorkday(try date("2027-01-01")) == false)
        #expect(extended.isWorkday(try date("2027-01-09")) == true)  // a Saturday made a working day
        #expect(extended.isWorkday(try date("2027-03-01")) == true)
        #expect(extended.count(from: try date("2026-12-21"), through: try date("2027-01-08")).isExact)
        #expect(calendar.isWorkday(try date("2027-03-01")) == nil)  // the original is unchanged
    }

    @Test func addingOverridesWhatTheCalendarSaid() throws {
        let corrected = calendar.adding(
            year: 2025, holidays: [try date("2025-01-26")], workdays: [try date("2025-10-01")])
        #expect(corrected.isWorkday(try date("2025-01-26")) == false)
        #expect(corrected.isWorkday(try date("2025-10-01")) == true)
    }

    // MARK: - Generated data

    /// `OfficialHolidays.swift` is generated from `Data/cn-holidays.json`. This fails when the JSON was
    /// edited without running `scripts/embed-holidays`.
    @Test func generatedSwiftMatchesTheJSON() throws {
        let url = Self.repositoryRoot.appendingPathComponent("Data/cn-holidays.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let json = try #require(object as? [String: [String: Any]])

        let generated = Dictionary(uniqueKeysWithValues: OfficialHolidays.notices.map { ($0.year, $0) })
        #expect(Set(generated.keys) == Set(json.keys.compactMap { Int($0) }))
        #expect(json.keys.allSatisfy { Int($0) != nil })
        #expect(OfficialHolidays.notices.map(\.year) == OfficialHolidays.notices.map(\.year).sorted())

        var allHolidays = Set<Int>()
        var allWorkdays = Set<Int>()
        for (key, entry) in json {
            let notice = try #require(Int(key).flatMap { generated[$0] }, "no generated notice for \(key)")
            let holidays = try #require(entry["holidays"] as? [String])
            let workdays = try #require(entry["workdays"] as? [String])
            #expect(Set(notice.holidays) == Set(holidays), "holidays of \(key)")
            #expect(Set(notice.workdays) == Set(workdays), "workdays of \(key)")
            #expect(notice.source == entry["source"] as? String, "source of \(key)")
            #expect(notice.document == entry["document"] as? String, "document of \(key)")
            let supplements = (entry["supplements"] as? [[String: String]]) ?? []
            #expect(notice.supplements.map(\.source) == supplements.map { $0["source"] ?? "" }, "supplements of \(key)")
            #expect(notice.supplements.map(\.document) == supplements.map { $0["document"] ?? "" })
            allHolidays.formUnion(try holidays.map { try date($0).dayNumber })
            allWorkdays.formUnion(try workdays.map { try date($0).dayNumber })
        }
        // Only the differing dates, so a failure names them instead of dumping two sets of day numbers.
        #expect(Self.dates(calendar.holidayNumbers.symmetricDifference(allHolidays)) == [], "merged holidays")
        #expect(Self.dates(calendar.workdayNumbers.symmetricDifference(allWorkdays)) == [], "merged workdays")
        #expect(calendar.covered == Set(json.keys.compactMap { Int($0) }))
        #expect(allHolidays.isDisjoint(with: allWorkdays))
    }

    // MARK: - Helpers

    /// The folder with `Package.swift`, found from this file so the test runs from any directory.
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    private static func dates(_ dayNumbers: Set<Int>) -> [String] {
        dayNumbers.sorted().map { CalendarDate(dayNumber: $0).description }
    }

    private func date(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(iso: text), "not an ISO date: \(text)")
    }
}
