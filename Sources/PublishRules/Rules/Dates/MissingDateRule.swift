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
                    "the opening gives no inspection period", at: at,
                    notes: ["a period is a range with its start written in full, as in 「2023年9月12日至11月20日」"],
                    fix: "say when the inspection took place: 2023年9月12日至11月20日，省委第八巡视组对……开展了常规巡视。"))
        }
        if opening.feedback == nil {
            findings.append(
                Finding(
                    "the opening gives no feedback date", at: at,
                    notes: [
                        "the feedback date is the date of the sentence that says 反馈, with or without its year,"
                            + " as in 「2024年1月30日，省委巡视组向……反馈了巡视意见」 or 「并于1月30日召开巡视反馈会」"
                    ],
                    fix: "say when the team gave its feedback: 2024年1月30日，省委巡视组向……反馈了巡视意见。"))
        }
        return findings
    }
}
