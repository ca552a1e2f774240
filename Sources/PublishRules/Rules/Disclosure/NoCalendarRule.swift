import PublishCore
import PublishReading

/// Reports a disclosure period that touches a year the working-day calendar has no data for, so
/// its number of working days could not be checked.
///
/// 工作日 depend on the State Council's notice for each year (holidays, and weekend days worked
/// under 调休); a Monday–Friday count would be wrong around every holiday, so the check never
/// guesses. The notice for a year usually appears in the previous autumn or winter; until this tool
/// carries it, a site can add the year to its configuration.
///
/// Example: `公开期限：2027年1月4日至1月22日（15个工作日）` (no calendar data for 2027)
package struct NoCalendarRule: Rule {
    package let descriptor = RuleDescriptor(id: "disclosure/no-calendar", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        // A count from publication whose end falls past the calendar's years has no end at all.
        if let disclosure = context.notice.closing?.disclosure, disclosure.wording == .relative, disclosure.period == nil,
            let stated = disclosure.statedWorkdays, let start = context.notice.frontMatter.date, start.isValid
        {
            let covered = context.calendar.coveredYears
            return [Finding(
                Message(
                    "disclosure.no-calendar.relative", covered.last.map(String.init) ?? "2015",
                    DisclosureRules.workdays(stated), start.chinese),
                at: disclosure.statedWorkdaysRange ?? disclosure.range,
                notes: [Message("disclosure.no-calendar.relative.note")],
                fix: Message("disclosure.no-calendar.relative.fix"))]
        }
        guard let (disclosure, start, end) = DisclosureRules.checkablePeriod(in: context) else { return [] }
        let missing = DisclosureRules.count(context, from: start, through: end).uncoveredYears
        guard !missing.isEmpty else { return [] }
        let years = missing.map(String.init)
        let message =
            disclosure.statedWorkdays.map {
                Message("disclosure.no-calendar.stated", years, DisclosureRules.workdays($0), start.chinese, end.chinese)
            } ?? Message("disclosure.no-calendar.unstated", years, start.chinese, end.chinese)
        var notes = [Message("disclosure.no-calendar.guess")]
        let covered = context.calendar.coveredYears
        if !covered.isEmpty { notes.append(Message("disclosure.no-calendar.covers", DisclosureRules.yearRuns(covered))) }
        let fix = Message(missing.count == 1 ? "disclosure.no-calendar.fix-year" : "disclosure.no-calendar.fix-years", years)
        return [
            Finding(message, at: disclosure.period?.range ?? disclosure.range, notes: notes, fix: fix)
        ]
    }
}
