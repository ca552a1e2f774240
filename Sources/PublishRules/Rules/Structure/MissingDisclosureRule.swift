import PublishCore
import PublishReading

/// Reports a notice without a disclosure period (公开期限) in its closing.
///
/// The notice must say for how long it is open to public supervision; without it the site cannot
/// show whether the period is running, and the notice is incomplete.
///
/// When the closing holds a date range or a count of working days that no wording read, the
/// finding stands at it, quotes it and says how to label it.
///
/// Example: a closing with contacts but no `公开期限：……`.
package struct MissingDisclosureRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/missing-disclosure", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        guard context.notice.closing?.disclosure == nil else { return [] }
        let leftovers = context.closingLeftovers
        if let range = leftovers.dateRanges.first {
            return [Finding(
                "the closing gives no disclosure period it can read: a date range 「\(range.text)」 stands in it",
                at: range.range,
                notes: ["periods are read after a label (公开期限, 公示时间, 意见反馈时间 …) or inside the invitation (请在……内反映)"],
                fix: "if it is the disclosure period, label it: 公开期限：\(range.text)")]
        }
        if let sentence = leftovers.labelledSentences.first {
            return [Finding(
                "the closing gives no disclosure period it can read: 「\(sentence.text)」 has a label but no period this tool reads",
                at: sentence.range,
                notes: ["a period reads as a range (2025年3月7日至3月27日), an end (至2025年3月27日, 2025年3月27日前) or a count of working days from publication"],
                fix: "write the days as 公开期限：2025年3月7日至3月27日（15个工作日）")]
        }
        if let count = leftovers.counts.first {
            return [Finding(
                "the closing gives no disclosure period it can read: a count 「\(count.text)」 stands in it",
                at: count.range,
                notes: ["a count is read as the period when it is counted from publication (自本通报发布之日起……) or labelled"],
                fix: "if it is the disclosure period, write 公开期限：自本通报发布之日起\(count.text)")]
        }
        let at = context.notice.closing?.range ?? SourceRange(at: context.source.endLocation)
        let message = context.notice.closing == nil
            ? "the notice has no closing with a disclosure period"
            : "the closing gives no disclosure period"
        return [Finding(
            message, at: SourceRange(at: at.start),
            fix: "add 公开期限：2025年3月7日至3月27日（15个工作日）。 to the closing")]
    }
}
