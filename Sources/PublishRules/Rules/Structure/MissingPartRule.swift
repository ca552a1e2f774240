import PublishCore
import PublishReading

/// Reports a required part that the notice lacks: responsibility, key problems, long-term items or
/// next steps.
///
/// Every rectification notice must say how the committee carried out its responsibility, what was
/// done about each key problem, what needs long-term work and what comes next. Parts are found by
/// keywords in their headings, so a part with an unusual heading shows up here too (with
/// `structure/unknown-section` at that heading).
///
/// Example: a notice with 一、二、四、 and no 需长期整改事项 part.
package struct MissingPartRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/missing-part", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        let notice = context.notice
        guard !notice.sections.isEmpty || !notice.opening.paragraphs.isEmpty else {
            return [Finding(Message("structure.no-content"), at: context.bodyStart)]
        }
        let present = Set(notice.sections.flatMap(\.roles))
        return SectionRole.required.enumerated().compactMap { index, role in
            guard !present.contains(role) else { return nil }
            // Point where the part belongs: at the next part that is there, else at the end.
            let later = SectionRole.required.dropFirst(index + 1)
            let anchor = notice.sections.first { later.contains($0.role) }?.headRange
                ?? notice.closing?.range
                ?? notice.sections.last?.headRange
                ?? context.bodyStart
            return Finding(
                Message("structure.missing-part", role.partName), at: SourceRange(at: anchor.start),
                notes: [Message("structure.missing-part.note")],
                fix: Message("structure.missing-part.fix", role.exampleHeading))
        }
    }
}
