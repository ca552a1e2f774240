import PublishCore
import PublishReading

/// Reports a notice whose body starts with a numbered section: the opening paragraph that says who
/// inspected whom and when is missing.
///
/// The opening carries the facts the public needs first (team, period, feedback date) and the
/// formula that introduces the report.
///
/// Example: a notice whose first line is `## 一、……`.
package struct MissingOpeningRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/missing-opening", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        guard context.notice.opening.paragraphs.isEmpty, let first = context.notice.sections.first else { return [] }
        return [Finding(
            Message("structure.missing-opening"), at: first.headRange,
            fix: Message("structure.missing-opening.fix"))]
    }
}
