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
    /// The 信息公开 block (government information disclosure), each optional: 索引号, 发布机构,
    /// 成文日期, 文号, 主题分类; nil when the front matter gives none. The page shows them as the standard table; the formats' rules are
    /// `meta/index-number`, `meta/doc-number`, `meta/written-after-date`.
    public var disclosureInfo: DisclosureInfo?
    /// Where each key's value stands in the file.
    public var ranges: [String: SourceRange]

    public init(
        title: String? = nil, issuer: String? = nil, date: CalendarDate? = nil, slug: String? = nil,
        draft: Bool = false, tags: [String] = [], disclosureInfo: DisclosureInfo? = nil,
        ranges: [String: SourceRange] = [:]
    ) {
        self.title = title
        self.issuer = issuer
        self.date = date
        self.slug = slug
        self.draft = draft
        self.tags = tags
        self.disclosureInfo = disclosureInfo
        self.ranges = ranges
    }

    /// The keys the front matter may hold.
    public static let knownKeys: [String] = [
        "title", "issuer", "date", "slug", "draft", "tags", "index_number", "publisher", "written", "doc_number", "category",
    ]
}
