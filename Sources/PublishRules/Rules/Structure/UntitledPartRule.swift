import PublishCore
import PublishReading

/// Reports unnumbered paragraphs between the opening and the first numbered section.
///
/// Some notices give the responsibility part no heading. The content is there, so this is a
/// warning: a heading makes the part findable and the structure checkable.
///
/// Example: the opening, then 区委高度重视……, then `一、巡视反馈问题整改落实情况`.
package struct UntitledPartRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/untitled-part", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        context.notice.sections.compactMap { section in
            guard section.head == nil else { return nil }
            return Finding(
                Message("structure.untitled-part", section.role.partName),
                at: SourceRange(at: section.range.start),
                // A part whose role nothing names has no heading to suggest.
                fix: section.role == .other
                    ? Message("structure.untitled-part.fix-any") : Message("structure.untitled-part.fix", section.role.exampleHeading))
        }
    }
}
