import PublishCore
import PublishReading

/// Reports a top-level section whose heading names none of the parts.
///
/// A section `publish` cannot place is probably a required part with an unusual heading (then the
/// site's `roles:` keywords in `publish.yml` can teach it), or content that belongs elsewhere.
///
/// Example: `## 五、其他事项`.
package struct UnknownSectionRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/unknown-section", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        context.notice.sections.compactMap { section in
            guard section.role == .other, let head = section.head else { return nil }
            return Finding(
                Message("structure.unknown-section", head.lead.plain), at: head.textRange,
                notes: [Message("structure.unknown-section.note")],
                fix: Message("structure.unknown-section.fix"))
        }
    }
}
