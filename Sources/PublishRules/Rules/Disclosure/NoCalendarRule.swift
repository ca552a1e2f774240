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
                "no working-day calendar after \(covered.last.map(String.init) ?? "2015"): the end of "
                    + "\(DisclosureRules.workdays(stated)) from \(start.chinese) cannot be computed",
                at: disclosure.statedWorkdaysRange ?? disclosure.range,
                notes: ["the site shows no disclosure status for the notice until the period has an end"],
                fix: "add the next year under `calendar:` in publish.yml, with the holidays and 调休 working days "
                    + "of the State Council's notice, or write the period's last day")]
        }
        guard let (disclosure, start, end) = DisclosureRules.checkablePeriod(in: context) else { return [] }
        let missing = context.calendar.count(from: start, through: end).uncoveredYears
        guard !missing.isEmpty else { return [] }
        let years = missing.map(String.init).joined(separator: ", ")
        let what =
            disclosure.statedWorkdays.map { "the \(DisclosureRules.workdays($0)) stated for" } ?? "the working days of"
        var notes = ["a Monday–Friday count would be a guess: holidays and 调休 move working days every year"]
        let covered = context.calendar.coveredYears
        if !covered.isEmpty { notes.append("the calendar covers \(DisclosureRules.years(covered))") }
        let fix =
            "add \(missing.count == 1 ? "the year" : "the years") \(years) under `calendar:` in publish.yml,"
            + " with the holidays and 调休 working days of the State Council's notice"
        return [
            Finding(
                "no working-day calendar for \(years): \(what) \(start.chinese) to \(end.chinese) were not checked",
                at: disclosure.period?.range ?? disclosure.range, notes: notes, fix: fix)
        ]
    }
}
