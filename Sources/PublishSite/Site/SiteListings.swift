import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The listing pages of a site: the home page with every notice and the ways to browse, one page
/// per issuer and one per year, each with exactly its own notices, newest first as given.
package struct SiteListings {
    /// One listing page: where it goes, what its template sees, and its newest notice's date (the
    /// sitemap's `lastmod`).
    struct Page {
        var path: String
        var model: ListingViewModel
        var modified: CalendarDate?
    }

    /// The pages for `notices` (sorted newest first), their statuses computed for `day`.
    static func pages(
        for notices: [NoticeSummary], siteTitle: String, feedURL: String?, on day: CalendarDate
    ) -> [Page] {
        let issuers = Dictionary(grouping: notices.compactMap(\.issuer), by: { $0 }).map { issuer, list in
            ListingViewModel.Group(name: issuer, url: issuerPath(issuer), count: list.count)
        }.sorted { $0.name < $1.name }
        let years = Dictionary(grouping: notices.compactMap { $0.date?.year }, by: { $0 }).map { year, list in
            ListingViewModel.YearGroup(year: year, url: yearPath(year), count: list.count)
        }.sorted { $0.year > $1.year }
        func page(_ path: String, _ heading: String, _ items: [NoticeSummary], root: String, browse: Bool) -> Page {
            let model = ListingViewModel(
                heading: heading, siteTitle: siteTitle, root: root, inlineCSS: nil, feedURL: feedURL,
                notices: items.map { $0.entry(on: day) }, hasNotices: !items.isEmpty,
                issuers: browse ? issuers : [], hasIssuers: browse && !issuers.isEmpty,
                years: browse ? years : [], hasYears: browse && !years.isEmpty)
            return Page(path: path, model: model, modified: items.compactMap(\.date).max())
        }
        var pages = [page("index.html", siteTitle, notices, root: "", browse: true)]
        for issuer in issuers.map(\.name) {
            pages.append(page(issuerPath(issuer), issuer, notices.filter { $0.issuer == issuer }, root: "../../", browse: false))
        }
        for year in years.map(\.year) {
            pages.append(page(yearPath(year), "\(year)年", notices.filter { $0.date?.year == year }, root: "../../", browse: false))
        }
        return pages
    }

    static func issuerPath(_ issuer: String) -> String { "issuers/\(IssuerID.of(issuer))/index.html" }

    static func yearPath(_ year: Int) -> String { "years/\(year)/index.html" }
}
