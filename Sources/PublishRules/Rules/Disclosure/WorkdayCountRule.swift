import PublishCore
import PublishReading

/// Reports a disclosure period whose stated number of working days (`（15个工作日）`) differs from
/// the count under China's official calendar, both ends included.
///
/// The number tells the public how long it may comment, and it is a fact the notice asserts. It
/// goes wrong whenever a holiday falls inside the period: counting Monday to Friday misses the
/// public holidays on weekdays and the weekend days worked under 调休. The count follows the State
/// Council's yearly holiday notices; a period that touches a year without that data is left to
/// `disclosure/no-calendar` rather than checked against a guess.
///
/// Example: `公开期限：2024年9月25日至10月18日（18个工作日）` (国庆 2024 inside: 15 working days)
package struct WorkdayCountRule: Rule {
    package let descriptor = RuleDescriptor(id: "disclosure/workdays", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        if let disclosure = context.notice.closing?.disclosure, let stated = disclosure.statedWorkdays,
            let at = disclosure.statedWorkdaysRange, let period = disclosure.period, period.start.date.isValid,
            period.end.date.isValid, DisclosureRules.spansYears(period.start.date, period.end.date)
        {
            return [Finding(
                Message(
                    "disclosure.workdays.longer-than-a-year", DisclosureRules.workdays(stated), period.start.date.chinese,
                    period.end.date.chinese),
                at: at, fix: Message("disclosure.workdays.fix-year", period.end.text))]
        }
        guard let (disclosure, start, end) = DisclosureRules.checkablePeriod(in: context),
            let stated = disclosure.statedWorkdays, let at = disclosure.statedWorkdaysRange
        else { return [] }
        let calendar = context.calendar
        let count = DisclosureRules.count(context, from: start, through: end)
        guard count.isExact, count.workdays != stated else { return [] }

        let counted: MessageArgument =
            count.days.isEmpty
            ? Message("disclosure.workdays.none").messageArgument
            : DisclosureRules.compactRuns(count.days, baseYear: start.year).messageArgument
        var notes = [Message("disclosure.workdays.counted", DisclosureRules.workdays(count.workdays), counted)]
        let days = (start.dayNumber...end.dayNumber).map(CalendarDate.init(dayNumber:))
        let holidays = days.filter { $0.weekday <= 5 && calendar.isWorkday($0) == false }
        let worked = days.filter { $0.weekday > 5 && calendar.isWorkday($0) == true }
        if !holidays.isEmpty {
            notes.append(
                Message("disclosure.workdays.holidays", DisclosureRules.compactRuns(holidays, baseYear: start.year)))
        }
        if !worked.isEmpty {
            notes.append(Message("disclosure.workdays.worked", DisclosureRules.compactRuns(worked, baseYear: start.year)))
        }
        var fix = Message("disclosure.workdays.fix", count.workdays)
        if stated >= 1, let stretched = calendar.workday(stated, from: start) {
            fix = Message(
                "disclosure.workdays.fix-or-end", count.workdays, stretched.chinese, DisclosureRules.workdays(stated))
        }
        let message = Message(
            "disclosure.workdays.mismatch", DisclosureRules.workdays(stated), start.chinese, end.chinese, count.workdays)
        return [Finding(message, at: at, notes: notes, fix: fix)]
    }
}
