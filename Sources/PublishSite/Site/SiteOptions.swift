import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// What `publish build` is asked to do.
public struct SiteOptions: Sendable {
    public var content: String
    public var output: String
    /// Nil: `./Templates` when it exists, else the built-in templates.
    public var templates: String?
    /// Overrides `baseURL` of `publish.yml`.
    public var baseURL: String?
    /// The day disclosure statuses are computed for.
    public var now: CalendarDate
    public var includeDrafts: Bool
    public var configuration: PublishConfiguration
    /// The folder that must never be the output (the project root: the current folder).
    public var projectRoot: String
    /// Reuse the unchanged notices of the previous build (`.<output>.cache/`).
    public var useCache: Bool
    /// Process notices on all cores (false: one after another, for comparison tests).
    public var parallel: Bool

    public init(
        content: String = "content", output: String = "site", templates: String? = nil, baseURL: String? = nil,
        now: CalendarDate, includeDrafts: Bool = false, configuration: PublishConfiguration = PublishConfiguration(),
        projectRoot: String = ".", useCache: Bool = true, parallel: Bool = true
    ) {
        self.content = content
        self.output = output
        self.templates = templates
        self.baseURL = baseURL
        self.now = now
        self.includeDrafts = includeDrafts
        self.configuration = configuration
        self.projectRoot = projectRoot
        self.useCache = useCache
        self.parallel = parallel
    }
}
