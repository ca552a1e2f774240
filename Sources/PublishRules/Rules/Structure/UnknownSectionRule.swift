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
                "cannot tell which part the section 「\(head.lead.plain)」 is", at: head.textRange,
                notes: ["parts are recognised by keywords such as 主体责任, 问题, 长期, 下一步"],
                fix: "reword the heading, or add a keyword for it under `roles:` in publish.yml")
        }
    }
}
