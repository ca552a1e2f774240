import PublishCore
import PublishReading

/// Reports an opening that gives no inspection period or no feedback date.
///
/// The public reads the opening to learn when the inspection took place and when its findings
/// were handed over; the rectification is measured from those days, and the order of the notice's
/// dates cannot be checked without them. A notice with no opening at all is left to
/// `structure/missing-opening`.
///
/// Example: `根据省委统一部署，省委第八巡视组对长春新区开展了常规巡视。` (no period, no feedback date)
package struct MissingDateRule: Rule {
    package let descriptor = RuleDescriptor(id: "dates/missing", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        let opening = context.notice.opening
        guard let first = opening.paragraphs.first else { return [] }
        let at = DateRules.firstCharacter(of: first.range)
        var findings: [Finding] = []
        if opening.period == nil {
            findings.append(
                Finding(
                    Message("dates.missing.period"), at: at,
                    notes: [Message("dates.missing.period.note")],
                    fix: Message("dates.missing.period.fix")))
        }
        if opening.feedback == nil {
            findings.append(
                Finding(
                    Message("dates.missing.feedback"), at: at,
                    notes: [Message("dates.missing.feedback.note")],
                    fix: Message("dates.missing.feedback.fix")))
        }
        return findings
    }
}
