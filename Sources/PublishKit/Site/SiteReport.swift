/// What a build wrote.
public struct SiteReport: Sendable {
    public var notices: Int
    public var drafts: Int
    public var files: Int
    /// Warnings (and notes) of the notices published.
    public var diagnostics: [Diagnostic]
    public var sources: [SourceText]
    /// Said when something could not be made (no base URL: no feed or sitemap).
    public var remarks: [String]
}
