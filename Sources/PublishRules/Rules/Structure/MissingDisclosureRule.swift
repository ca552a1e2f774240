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
                Message("structure.missing-disclosure.date-range", range.text),
                at: range.range,
                notes: [Message("structure.missing-disclosure.date-range.note")],
                fix: Message("structure.missing-disclosure.date-range.fix", range.text))]
        }
        if let sentence = leftovers.labelledSentences.first {
            return [Finding(
                Message("structure.missing-disclosure.labelled", sentence.text),
                at: sentence.range,
                notes: [Message("structure.missing-disclosure.labelled.note")],
                fix: Message("structure.missing-disclosure.labelled.fix"))]
        }
        if let count = leftovers.counts.first {
            return [Finding(
                Message("structure.missing-disclosure.count", count.text),
                at: count.range,
                notes: [Message("structure.missing-disclosure.count.note")],
                fix: Message("structure.missing-disclosure.count.fix", count.text))]
        }
        let at = context.notice.closing?.range ?? SourceRange(at: context.source.endLocation)
        let message = context.notice.closing == nil
            ? Message("structure.missing-disclosure.no-closing")
            : Message("structure.missing-disclosure")
        return [Finding(
            message, at: SourceRange(at: at.start),
            fix: Message("structure.missing-disclosure.fix"))]
    }
}
