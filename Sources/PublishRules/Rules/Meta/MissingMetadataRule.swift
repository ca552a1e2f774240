import PublishCore
import PublishReading

/// Reports a notice without a title, an issuer or a publication date.
///
/// The site lists notices by issuer and date and shows the title on every page; without them the
/// notice cannot be listed correctly. The title may come from a `#` line in the body instead of
/// the front matter.
///
/// Example: front matter with `title:` but no `issuer:` or `date:`.
package struct MissingMetadataRule: Rule {
    package let descriptor = RuleDescriptor(id: "meta/missing", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        let notice = context.notice
        let at = SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2))
        var findings: [Finding] = []
        if notice.title == nil {
            findings.append(Finding(Message("metadata.no-title"), at: at, fix: Message("metadata.no-title.fix")))
        }
        if notice.frontMatter.issuer == nil {
            findings.append(Finding(Message("metadata.no-issuer"), at: at, fix: Message("metadata.no-issuer.fix")))
        }
        if notice.frontMatter.date == nil && !notice.frontMatter.ranges.keys.contains("date") {
            findings.append(Finding(Message("metadata.no-date"), at: at, fix: Message("metadata.no-date.fix")))
        }
        return findings
    }
}
