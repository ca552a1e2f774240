import PublishCore

/// A parsed Markdown document: the block tree and what parsing found.
public struct MarkdownDocument: Sendable {
    public var blocks: [MarkdownBlock]
    public var diagnostics: [Diagnostic]
}
