import PublishCore
import PublishReading

/// Findings the front end reports while it reads a file: decoding (`parse/*`) and front matter
/// (`meta/*`). They are emitted by `SourceText`, `FrontMatterParser`, `CmarkParser`, `NoticeLoader`,
/// `ContentFiles` (`parse/symlink`, at the severity `ContentPolicy` gives it) and `Checker`; this
/// list describes them for docs/rules.md and the configuration.
package enum FrontEndRules {
    package static let all: [RuleDescriptor] = [
        RuleDescriptor(id: PipelineRule.invalidUTF8.id, severity: .error),
        RuleDescriptor(id: PipelineRule.nulByte.id, severity: .error),
        RuleDescriptor(id: PipelineRule.nestingDepth.id, severity: .warning),
        RuleDescriptor(id: PipelineRule.fileTooLarge.id, severity: .error),
        RuleDescriptor(id: PipelineRule.symlink.id, severity: .warning),
        RuleDescriptor(id: PipelineRule.unterminated.id, severity: .error),
        RuleDescriptor(id: PipelineRule.yamlSyntax.id, severity: .error),
        RuleDescriptor(id: PipelineRule.type.id, severity: .error),
        RuleDescriptor(id: PipelineRule.date.id, severity: .error),
        RuleDescriptor(id: PipelineRule.duplicateKey.id, severity: .error),
        RuleDescriptor(id: PipelineRule.unknownKey.id, severity: .warning),
        RuleDescriptor(id: PipelineRule.tooLarge.id, severity: .error),
        RuleDescriptor(id: PipelineRule.unknownRule.id, severity: .warning),
        RuleDescriptor(id: PipelineRule.slug.id, severity: .error),
        RuleDescriptor(id: PipelineRule.duplicateSlug.id, severity: .error),
        RuleDescriptor(id: PipelineRule.duplicateIndexNumber.id, severity: .error),
    ]
}
