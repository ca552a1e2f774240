import PublishCore
import PublishReading

/// The `disclosure/*` rules (docs/rules.md lists every rule).
package enum DisclosureRules {
    package static let all: [any Rule] = [
        WorkdayCountRule(), NoCalendarRule(), MissingWorkdaysRule(), RestDayRule(),
    ]
}

package extension DisclosureRules {
    /// The disclosure period when both ends are real dates in order, less than a year apart;
    /// otherwise nil, because `dates/invalid` and `dates/order` report it, `disclosure/workdays`
    /// reports a period of years (a mistyped year), and counting it would only add noise.
    static func checkablePeriod(in context: CheckContext) -> (
        disclosure: DisclosurePeriod, start: CalendarDate, end: CalendarDate
    )? {
        guard let disclosure = context.notice.closing?.disclosure, let period = disclosure.period else { return nil }
        let start = period.start.date
        let end = period.end.date
        guard start.isValid, end.isValid, start <= end, !spansYears(start, end) else { return nil }
        return (disclosure, start, end)
    }

    /// `context.calendar.count(from: start, through: end)`, counted once per notice for the rules
    /// that count the disclosure period (`disclosure/workday-count`, `disclosure/no-calendar`,
    /// `disclosure/missing-workdays` count the same days).
    static func count(_ context: CheckContext, from start: CalendarDate, through end: CalendarDate) -> WorkdayCount {
        if let counted = context.memo.workdayCount, counted.start == start, counted.end == end { return counted.count }
        let count = context.calendar.count(from: start, through: end)
        context.memo.remember(workdayCount: (start, end, count))
        return count
    }

    /// Whether a period runs longer than a year: no disclosure period does.
    static func spansYears(_ start: CalendarDate, _ end: CalendarDate) -> Bool {
        end.dayNumber - start.dayNumber > 366
    }

    /// `15 working days`, `1 working day`; `15个工作日`.
    static func workdays(_ n: Int) -> Message { Message("disclosure.workdays-count", n) }

    /// Days written compactly, consecutive days joined into runs:
    /// `9月25日–27日, 9月29日–30日, 10月8日–12日`. The year is written only where it differs from
    /// the one before (`baseYear` for the first run).
    static func compact(_ days: [CalendarDate], baseYear: Int) -> String {
        compactRuns(days, baseYear: baseYear).joined(separator: ", ")
    }

    /// The runs of `compact`, for a message to join the way its language joins lists.
    static func compactRuns(_ days: [CalendarDate], baseYear: Int) -> [String] {
        var runs: [(first: CalendarDate, last: CalendarDate)] = []
        for day in days.sorted() {
            if let last = runs.last?.last, day.dayNumber == last.dayNumber + 1 {
                runs[runs.count - 1].last = day
            } else {
                runs.append((day, day))
            }
        }
        var year = baseYear
        return runs.map { run in
            var text = run.first.year == year ? "\(run.first.month)月\(run.first.day)日" : run.first.chinese
            year = run.first.year
            if run.last != run.first {
                if run.last.year != run.first.year {
                    text += "–" + run.last.chinese
                    year = run.last.year
                } else if run.last.month != run.first.month {
                    text += "–\(run.last.month)月\(run.last.day)日"
                } else {
                    text += "–\(run.last.day)日"
                }
            }
            return text
        }
    }

    /// Years as `2015–2026`, or `2015–2026, 2028` when there are gaps.
    static func years(_ years: [Int]) -> String { yearRuns(years).joined(separator: ", ") }

    /// The runs of `years`, for a message to join the way its language joins lists.
    static func yearRuns(_ years: [Int]) -> [String] {
        var runs: [(Int, Int)] = []
        for year in years.sorted() {
            if let last = runs.last, year == last.1 + 1 {
                runs[runs.count - 1].1 = year
            } else {
                runs.append((year, year))
            }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }
    }

    /// What kind of rest day `date` is (`a Saturday`, `a public holiday`), or nil when it is a
    /// working day or the calendar has no data for its year.
    static func restDay(_ date: CalendarDate, in calendar: WorkdayCalendar) -> Message? {
        guard calendar.isWorkday(date) == false else { return nil }
        switch date.weekday {
        case 6: return Message("rest-day.saturday")
        case 7: return Message("rest-day.sunday")
        default: return Message("rest-day.holiday")
        }
    }
}
