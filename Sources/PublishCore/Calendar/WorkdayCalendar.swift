/// China's official working-day calendar: the days a notice means by 工作日, as in
/// 「公开期限：2025年3月7日至3月27日（15个工作日）」.
///
/// Counting Monday–Friday goes wrong near every holiday. 调休 moves working days onto weekends
/// and gives weekdays off. So each year needs the State Council's notice, and the calendar keeps
/// track of which years it has one for (*covered* years). For other years it answers "unknown"
/// instead of guessing.
///
/// The rule: a day is a working day if a notice makes it one (`workdays`), or if it is
/// Monday–Friday and no notice gives it off (`holidays`). The sets from all notices are merged
/// before lookup, because a notice can reach into the previous December. The 2019 notice makes
/// Saturday 2018-12-29 a working day.
public struct WorkdayCalendar: Sendable {
    // Day numbers (`CalendarDate.dayNumber`): set lookups on Int make counting long spans cheap.
    /// Days given off, all notices merged.
    private(set) var holidayNumbers: Set<Int>
    /// Weekend days that are worked, all notices merged.
    private(set) var workdayNumbers: Set<Int>
    private(set) var covered: Set<Int>

    /// Lets a site configuration describe a calendar the built-in data does not have.
    ///
    /// Invalid dates are skipped. The configuration loader reports them, because it knows where
    /// they were written. A date that is in both sets counts as a working day, as the rule says.
    public init(
        holidays: some Sequence<CalendarDate>,
        workdays: some Sequence<CalendarDate>,
        coveredYears: some Sequence<Int>
    ) {
        holidayNumbers = Set(holidays.lazy.filter(\.isValid).map(\.dayNumber))
        workdayNumbers = Set(workdays.lazy.filter(\.isValid).map(\.dayNumber))
        covered = Set(coveredYears)
    }

    /// The calendar from the State Council notices built into the binary (`OfficialHolidays`,
    /// 2015 onwards). Check `coveredYears` before relying on it for future dates.
    public static let official: WorkdayCalendar = {
        func dates(_ texts: [String]) -> [CalendarDate] {
            texts.map { text in
                guard let date = CalendarDate(iso: text), date.isValid else {
                    // scripts/embed-holidays validates every date, so this means the generated file was hand-edited.
                    preconditionFailure("OfficialHolidays holds a malformed date: \(text)")
                }
                return date
            }
        }
        let notices = OfficialHolidays.notices
        return WorkdayCalendar(
            holidays: notices.flatMap { dates($0.holidays) },
            workdays: notices.flatMap { dates($0.workdays) },
            coveredYears: notices.map(\.year)
        )
    }()

    /// Adds one more notice year, for example the next year's notice before a release of this tool
    /// carries it.
    ///
    /// The new dates take precedence over what the calendar already says about them. A day listed
    /// here as a holiday stops being a working day, and a day listed as a working day stops being
    /// a holiday. This lets a configuration also correct a year that is already covered.
    public func adding(year: Int, holidays: [CalendarDate], workdays: [CalendarDate]) -> WorkdayCalendar {
        let holidays = Set(holidays.lazy.filter(\.isValid).map(\.dayNumber))
        let workdays = Set(workdays.lazy.filter(\.isValid).map(\.dayNumber))
        var copy = self
        copy.holidayNumbers.subtract(workdays)
        copy.holidayNumbers.formUnion(holidays)
        copy.workdayNumbers.subtract(holidays)
        copy.workdayNumbers.formUnion(workdays)
        copy.covered.insert(year)
        return copy
    }

    /// The years with notice data, ascending, for messages such as "holiday data covers 2015–2026".
    public var coveredYears: [Int] { covered.sorted() }

    public func covers(year: Int) -> Bool { covered.contains(year) }

    // MARK: - Queries

    /// Returns nil when there is no answer: the year has no notice, or the date does not exist.
    /// For a year without a notice, a Monday–Friday guess would be wrong around every holiday.
    public func isWorkday(_ date: CalendarDate) -> Bool? {
        guard date.isValid, covered.contains(date.year) else { return nil }
        return isWorkday(dayNumber: date.dayNumber)
    }

    /// Counts the working days from `start` through `end`, both included, because that is how
    /// 「X月X日至X月X日」 is read.
    ///
    /// Days in years without a notice are counted as Monday–Friday and their years are listed in
    /// `uncoveredYears`, so the caller can warn. A reversed span or an invalid date gives an empty
    /// count. Such a period is reported elsewhere, and counting it would only add noise.
    public func count(from start: CalendarDate, through end: CalendarDate) -> WorkdayCount {
        guard start.isValid, end.isValid, start <= end else { return WorkdayCount(days: [], uncoveredYears: []) }
        let days = (start.dayNumber...end.dayNumber).filter(isWorkday(dayNumber:)).map(CalendarDate.init(dayNumber:))
        let uncovered = (start.year...end.year).filter { !covered.contains($0) }
        return WorkdayCount(days: days, uncoveredYears: uncovered)
    }

    /// The `n`-th working day of a period that starts on `start`. `start` counts as the 1st if it
    /// is a working day. This gives the end date a notice should have written for 「（n个工作日）」.
    ///
    /// Returns nil if `n` < 1, if `start` is invalid, or if the count reaches a year without a
    /// notice. A suggested date must be certain, so it is never a guess.
    public func workday(_ n: Int, from start: CalendarDate) -> CalendarDate? {
        guard n >= 1, start.isValid else { return nil }
        var found = 0
        var dayNumber = start.dayNumber
        // Ends: each step either finds a working day or moves on, and the covered years are finite.
        while true {
            let date = CalendarDate(dayNumber: dayNumber)
            guard covered.contains(date.year) else { return nil }
            if isWorkday(dayNumber: dayNumber) {
                found += 1
                if found == n { return date }
            }
            dayNumber += 1
        }
    }

    // MARK: - Rule

    private func isWorkday(dayNumber: Int) -> Bool {
        if workdayNumbers.contains(dayNumber) { return true }
        if holidayNumbers.contains(dayNumber) { return false }
        return CalendarDate(dayNumber: dayNumber).weekday <= 5
    }
}
