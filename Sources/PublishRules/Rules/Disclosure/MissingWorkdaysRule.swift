import PublishCore
import PublishReading

/// Reports a disclosure period that does not state its number of working days.
///
/// Notices state the length of the period as `（15个工作日）` so that the public knows how long it
/// may comment without counting holidays itself, and so that the period can be checked against
/// the official calendar.
///
/// Example: `公开期限：2025年3月7日至3月27日。` (no `（15个工作日）`)
package struct MissingWorkdaysRule: Rule {
    package let descriptor = RuleDescriptor(id: "disclosure/missing-workdays", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        // An end-only wording (`请于5月20日前`) states no count by its nature.
        guard let disclosure = context.notice.closing?.disclosure, disclosure.statedWorkdays == nil,
            disclosure.wording == .labelled || disclosure.wording == .invitation, let period = disclosure.period
        else { return [] }
        var fix = Message("disclosure.missing-workdays.fix")
        if let (_, start, end) = DisclosureRules.checkablePeriod(in: context) {
            let count = DisclosureRules.count(context, from: start, through: end)
            if count.isExact { fix = Message("disclosure.missing-workdays.fix-count", count.workdays, period.end.text) }
        }
        return [
            Finding(
                Message("disclosure.missing-workdays"), at: period.range, fix: fix
            )
        ]
    }
}
