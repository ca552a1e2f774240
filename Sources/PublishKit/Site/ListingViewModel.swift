/// What the `index` template sees: the home page, and the page of one issuer or one year.
public struct ListingViewModel: Sendable {
    public var heading: String
    public var siteTitle: String
    /// The path from the page to the site root (`` on the home page, `../../` on a listing).
    public var root: String
    public var inlineCSS: String?
    /// The feed's absolute URL when the site has a base URL.
    public var feedURL: String?
    /// Newest first.
    public var notices: [Entry]
    public var hasNotices: Bool
    public var issuers: [Group]
    public var hasIssuers: Bool
    public var years: [YearGroup]
    public var hasYears: Bool

    public struct Entry: Sendable {
        public var title: String
        public var issuer: String?
        public var date: String?
        public var dateISO: String?
        /// Relative to the site root: `notices/<slug>/index.html`.
        public var url: String
        /// `upcoming`, `open`, `closed` or `unknown`, and 未开始 / 公示中 / 已截止 / 未注明.
        public var status: String
        public var statusLabel: String
        public var isDraft: Bool
    }

    public struct Group: Sendable {
        public var name: String
        public var url: String
        public var count: Int
    }

    public struct YearGroup: Sendable {
        public var year: Int
        public var url: String
        public var count: Int
    }
}
