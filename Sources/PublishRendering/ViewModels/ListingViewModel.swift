import PublishCore
import PublishReading
import PublishRules

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
    /// The page's `<title>`: the heading, then the site's title unless the heading is it, then
    /// `第2页` from the second page on.
    public var documentTitle: String
    /// Where this page stands among the pages of its listing; nil when the listing has one page.
    public var pagination: Pagination?
    /// The search page, relative to the root (`search/index.html`), when the site has search.
    public var searchURL: String?
    /// The Atom feed of the issuer whose listing this is (absolute URL), when the site has a base URL.
    public var issuerFeedURL: String?

    package init(heading: String, siteTitle: String, root: String, inlineCSS: String? = nil, feedURL: String? = nil, notices: [Entry], hasNotices: Bool, issuers: [Group], hasIssuers: Bool, years: [YearGroup], hasYears: Bool, pagination: Pagination? = nil, searchURL: String? = nil, issuerFeedURL: String? = nil) {
        self.heading = heading
        self.siteTitle = siteTitle
        self.root = root
        self.inlineCSS = inlineCSS
        self.feedURL = feedURL
        self.notices = notices
        self.hasNotices = hasNotices
        self.issuers = issuers
        self.hasIssuers = hasIssuers
        self.years = years
        self.hasYears = hasYears
        self.pagination = pagination
        self.searchURL = searchURL
        self.issuerFeedURL = issuerFeedURL
        var title = heading == siteTitle ? siteTitle : "\(heading) - \(siteTitle)"
        if let pagination, pagination.number > 1 { title = "\(heading)（第\(pagination.number)页）" + (heading == siteTitle ? "" : " - \(siteTitle)") }
        self.documentTitle = title
    }

    /// One page of a listing split by `pageSize`: its number, the links to the pages before and
    /// after it (relative to the root) and one link per page.
    public struct Pagination: Sendable {
        public var number: Int
        public var count: Int
        public var previousURL: String?
        public var nextURL: String?
        public var pages: [PageLink]

        package init(number: Int, count: Int, previousURL: String?, nextURL: String?, pages: [PageLink]) {
            self.number = number
            self.count = count
            self.previousURL = previousURL
            self.nextURL = nextURL
            self.pages = pages
        }
    }

    public struct PageLink: Sendable {
        public var number: Int
        public var url: String
        public var isCurrent: Bool

        package init(number: Int, url: String, isCurrent: Bool) {
            self.number = number
            self.url = url
            self.isCurrent = isCurrent
        }
    }

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

        package init(
            title: String, issuer: String?, date: String?, dateISO: String?, url: String, status: String,
            statusLabel: String, isDraft: Bool
        ) {
            self.title = title
            self.issuer = issuer
            self.date = date
            self.dateISO = dateISO
            self.url = url
            self.status = status
            self.statusLabel = statusLabel
            self.isDraft = isDraft
        }
    }

    public struct Group: Sendable {
        public var name: String
        public var url: String
        public var count: Int

        package init(name: String, url: String, count: Int) {
            self.name = name
            self.url = url
            self.count = count
        }
    }

    public struct YearGroup: Sendable {
        public var year: Int
        public var url: String
        public var count: Int

        package init(year: Int, url: String, count: Int) {
            self.year = year
            self.url = url
            self.count = count
        }
    }
}
