import PublishCore

/// A notice read from a file, with everything the stages found on the way.
public struct LoadedNotice: Sendable {
    public var source: SourceText
    public var markdown: MarkdownDocument
    public var notice: Notice
    /// Decoding, front matter and Markdown findings, sorted.
    public var diagnostics: [Diagnostic]

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
