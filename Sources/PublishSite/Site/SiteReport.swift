import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// What a build wrote.
public struct SiteReport: Sendable {
    public var notices: Int
    public var drafts: Int
    public var files: Int
    /// How many warnings the notices published have (`publish check` lists them).
    public var warnings: Int
    /// What the content policy found about the content folder itself (links not followed), at
    /// the site's severities: warnings or notes, since an error stops the build.
    public var contentFindings: [Diagnostic]
    /// Said when something could not be made (no base URL: no feed or sitemap).
    public var remarks: [Message]
}
