/// What the YAML front matter says: only what the body does not show.
public struct FrontMatter: Hashable, Sendable, Codable {
    public var title: String?
    /// 发文机关 (the issuing body).
    public var issuer: String?
    /// Publication date; never taken from the file system.
    public var date: CalendarDate?
    /// Overrides the slug (the file's path under `content/`).
    public var slug: String?
    public var draft: Bool
    public var tags: [String]
    /// Where each key's value stands in the file.
    public var ranges: [String: SourceRange]

    public init(
        title: String? = nil, issuer: String? = nil, date: CalendarDate? = nil, slug: String? = nil,
        draft: Bool = false, tags: [String] = [], ranges: [String: SourceRange] = [:]
    ) {
        self.title = title
        self.issuer = issuer
        self.date = date
        self.slug = slug
        self.draft = draft
        self.tags = tags
        self.ranges = ranges
    }

    /// The keys the front matter may hold.
    public static let knownKeys: [String] = ["title", "issuer", "date", "slug", "draft", "tags"]
}
