import PublishCore
import PublishReading

/// Findings the front end reports while it reads a file: decoding (`parse/*`) and front matter
/// (`meta/*`). They are emitted by `SourceText`, `FrontMatterParser`, `CmarkParser`, `NoticeLoader`,
/// `ContentFiles` (`parse/symlink`, at the severity `ContentPolicy` gives it) and `Checker`; this
/// list describes them for docs/rules.md and the configuration.
package enum FrontEndRules {
    package static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: PipelineRule.invalidUTF8.id, severity: .error,
            summary: "A file that is not UTF-8 (saved as GB18030/GBK or UTF-16): one finding at its first invalid byte that names the likely encoding and the `publish import` command that converts it; nothing else in the file is checked.",
            example: "a Word export saved as ANSI/GBK"),
        RuleDescriptor(
            id: PipelineRule.nulByte.id, severity: .error,
            summary: "A NUL byte in the file.", example: "text pasted with an invisible U+0000"),
        RuleDescriptor(
            id: PipelineRule.nestingDepth.id, severity: .warning,
            summary: "Block quotes or lists nested too deep; the deeper content is kept as one paragraph.",
            example: "`>>>>>>>>…` 100,000 levels deep"),
        RuleDescriptor(
            id: PipelineRule.fileTooLarge.id, severity: .error,
            summary: "A file larger than the limit (4 MB); it is not read.", example: "a 50 MB file in content/"),
        RuleDescriptor(
            id: PipelineRule.symlink.id, severity: .warning,
            summary: "A symbolic link under the content folder (to a notice or a folder); it is not followed, so nothing outside the folder is published and no notice twice.",
            example: "`content/latest.md -> ../../drafts/x.md`, a link loop"),
        RuleDescriptor(
            id: PipelineRule.unterminated.id, severity: .error,
            summary: "Front matter that starts with `---` and never ends.", example: "`---` / `title: …` and no closing `---`"),
        RuleDescriptor(
            id: PipelineRule.yamlSyntax.id, severity: .error,
            summary: "Front matter that is not valid YAML.", example: "`title: [未闭合`"),
        RuleDescriptor(
            id: PipelineRule.type.id, severity: .error,
            summary: "A front matter value of the wrong type (a list for `title`, a word for `draft`, an alias).",
            example: "`title: [a, b]`"),
        RuleDescriptor(
            id: PipelineRule.date.id, severity: .error,
            summary: "A front matter `date` that is not YYYY-MM-DD or does not exist.", example: "`date: 2025-02-30`"),
        RuleDescriptor(
            id: PipelineRule.duplicateKey.id, severity: .error,
            summary: "A front matter key given twice.", example: "two `title:` lines"),
        RuleDescriptor(
            id: PipelineRule.unknownKey.id, severity: .warning,
            summary: "A front matter key `publish` does not know (a typo, most often).", example: "`titel: …`"),
        RuleDescriptor(
            id: PipelineRule.tooLarge.id, severity: .error,
            summary: "Front matter larger than 64 KB.", example: "a YAML alias bomb"),
        RuleDescriptor(
            id: PipelineRule.unknownRule.id, severity: .warning,
            summary: "A `publish-disable` comment that names a rule that does not exist.",
            example: "`<!-- publish-disable-next-line typo/rule -->`"),
        RuleDescriptor(
            id: PipelineRule.slug.id, severity: .error,
            summary: "A slug (the file's path under content/, or `slug:`) that is not a safe relative ASCII path.",
            example: "`slug: /etc/passwd`, a file named `通报.md`"),
        RuleDescriptor(
            id: PipelineRule.duplicateSlug.id, severity: .error,
            summary: "Two notices with the same slug: one page would overwrite the other.",
            example: "`a.md` and `b.md` both with `slug: 2025/notice`"),
        RuleDescriptor(
            id: PipelineRule.duplicateIndexNumber.id, severity: .error,
            summary: "Two published notices with the same 索引号 (`index_number:`): the disclosure platform files one document under each number.",
            example: "`a.md` and `b.md` both with `index_number: 11220100MB1234567X/2025-00012`"),
    ]
}
