import PublishCore
import PublishReading

/// Reports a disclosure period that starts or ends on a rest day: a weekend day not worked, or a
/// public holiday.
///
/// A period counted in working days naturally runs from one working day to another; one that
/// starts or ends on a rest day usually has a slipped date, and it leaves the public a first or
/// last day on which no one answers the phone. Only years with calendar data are checked.
///
/// Example: `公开期限：2025年10月1日至10月28日（15个工作日）` (10月1日 is 国庆)
package struct RestDayRule: Rule {
    package let descriptor = RuleDescriptor(id: "disclosure/rest-day", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        guard let (disclosure, start, end) = DisclosureRules.checkablePeriod(in: context) else { return [] }
        let calendar = context.calendar
        var findings: [Finding] = []
        // A start the notice does not write (the publication date) is not the author's choice of day.
        let startIsWritten = disclosure.wording == .labelled || disclosure.wording == .invitation
        if startIsWritten, let kind = DisclosureRules.restDay(start, in: calendar) {
            let next = nearestWorkday(from: start, step: 1, in: calendar)
            findings.append(
                Finding(
                    Message("disclosure.rest-day.start", start.chinese, kind),
                    at: disclosure.period?.start.range ?? disclosure.range,
                    fix: next.map { Message("disclosure.rest-day.start.fix", $0.chinese) }))
        }
        if disclosure.wording != .relative, let kind = DisclosureRules.restDay(end, in: calendar) {
            let previous = nearestWorkday(from: end, step: -1, in: calendar)
            findings.append(
                Finding(
                    Message("disclosure.rest-day.end", end.chinese, kind),
                    at: disclosure.period?.end.range ?? disclosure.range,
                    fix: previous.map { Message("disclosure.rest-day.end.fix", $0.chinese) }))
        }
        return findings
    }

    /// The nearest working day after (`step` 1) or before (`step` -1) `date`, within a month and
    /// inside the years the calendar covers.
    private func nearestWorkday(from date: CalendarDate, step: Int, in calendar: WorkdayCalendar) -> CalendarDate? {
        for offset in 1...31 {
            let day = date.adding(days: offset * step)
            guard let isWorkday = calendar.isWorkday(day) else { return nil }
            if isWorkday { return day }
        }
        return nil
    }
}
