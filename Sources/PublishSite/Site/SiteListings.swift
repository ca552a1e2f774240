import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The listing pages of a site: the home page with every notice and the ways to browse, one
/// listing per issuer and one per year, each with exactly its own notices, newest first as given.
/// With a page size (`pageSize:` in publish.yml) each listing is split into pages: the first at
/// its usual path, the others at `page/<n>/index.html` below it (`index.html`, `page/2/index.html`;
/// `issuers/<id>/index.html`, `issuers/<id>/page/2/index.html`).
package struct SiteListings {
    /// One listing page: where it goes, what its template sees, and its newest notice's date (the
    /// sitemap's `lastmod`).
    struct Page: Sendable {
        var path: String
        var modified: CalendarDate?
        /// A digest of everything the page shows (`withDigests` only; 0 otherwise): equal digests,
        /// with the same templates, render the same bytes, so a rebuild keeps the page it has.
        var digest: UInt64 = 0
        /// The template's view, made when asked: a site's listings hold every notice about three
        /// times, so their views are made one page at a time, not all at once.
        let makeModel: @Sendable () -> ListingViewModel

        var model: ListingViewModel { makeModel() }
    }

    /// The pages for `notices` (sorted newest first), their statuses computed for `day`.
    static func pages(
        for notices: [NoticeSummary], siteTitle: String, feedURL: String?, on day: CalendarDate,
        pageSize: Int? = nil, searchURL: String? = nil, baseURL: String? = nil
    ) -> [Page] {
        pages(
            for: PublishedNotices(notices), siteTitle: siteTitle, feedURL: feedURL, on: day, pageSize: pageSize,
            searchURL: searchURL, baseURL: baseURL)
    }

    /// The pages for `notices` (sorted newest first), their statuses computed for `day`. Each
    /// listing holds the positions of its notices in `notices`, not copies of them.
    static func pages(
        for notices: PublishedNotices, siteTitle: String, feedURL: String?, on day: CalendarDate,
        pageSize: Int? = nil, searchURL: String? = nil, baseURL: String? = nil, withDigests: Bool = false
    ) -> [Page] {
        let records = notices.records
        var yearCounts: [Int: Int] = [:]
        for record in records {
            if let year = record.date?.year { yearCounts[year, default: 0] += 1 }
        }
        // Issuers by name, each with the positions of its notices.
        let groups = notices.issuerGroups()
        let issuerOrder = groups.names.indices.sorted { groups.names[$0] < groups.names[$1] }
        let ids = IssuerID.Table(groups.names)
        let issuers = issuerOrder.map { group in
            ListingViewModel.Group(name: groups.names[group], url: issuerPath(groups.names[group], ids), count: groups.counts[group])
        }
        let years = yearCounts.map { year, count in
            ListingViewModel.YearGroup(year: year, url: yearPath(year), count: count)
        }.sorted { $0.year > $1.year }
        // What each notice's entry shows, summed up once for every page it is on, and what the
        // browsing part of the home page shows.
        let entryDigests = withDigests ? records.indices.map { notices.entryDigest(at: $0) } : []
        var browseHash = Hash64()
        if withDigests {
            for issuer in issuers {
                browseHash.add(issuer.name)
                browseHash.add(issuer.url)
                browseHash.add(UInt64(issuer.count))
            }
            browseHash.add(UInt64(issuers.count))
            for year in years {
                browseHash.add(UInt64(bitPattern: Int64(year.year)))
                browseHash.add(year.url)
                browseHash.add(UInt64(year.count))
            }
            browseHash.add(UInt64(years.count))
        }
        let browseDigest = browseHash.value
        /// Every page of one listing whose first page is `folder + "index.html"`.
        func listing(_ folder: String, _ heading: String, _ items: [Int32], browse: Bool, issuerFeed: String? = nil) -> [Page] {
            let chunks = pageSize.map { size in
                stride(from: 0, to: max(items.count, 1), by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
            } ?? [items]
            let paths = chunks.indices.map { pagePath(folder, number: $0 + 1) }
            return chunks.enumerated().map { index, chunk in
                let path = paths[index]
                let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
                let pagination = chunks.count < 2 ? nil : ListingViewModel.Pagination(
                    number: index + 1, count: chunks.count,
                    previousURL: index > 0 ? paths[index - 1] : nil,
                    nextURL: index + 1 < chunks.count ? paths[index + 1] : nil,
                    pages: paths.enumerated().map { .init(number: $0.offset + 1, url: $0.element, isCurrent: $0.offset == index) })
                var digest: UInt64 = 0
                if withDigests {
                    var hash = Hash64()
                    for text in [path, folder, heading, siteTitle, root] { hash.add(text) }
                    for text in [feedURL, searchURL, issuerFeed] {
                        if let text {
                            hash.add(1)
                            hash.add(text)
                        } else {
                            hash.add(0)
                        }
                    }
                    hash.add(browse ? browseDigest : 0)
                    hash.add(UInt64(index))
                    hash.add(UInt64(chunks.count))
                    for member in chunk { hash.add(entryDigests[Int(member)]) }
                    hash.add(UInt64(chunk.count))
                    digest = hash.value
                }
                return Page(path: path, modified: chunk.compactMap { records[Int($0)].date }.max(), digest: digest) {
                    // One 年月日 string per day among the page's entries.
                    var dayTexts: [CalendarDate: String] = [:]
                    func chinese(_ date: CalendarDate) -> String {
                        if let text = dayTexts[date] { return text }
                        let text = date.chinese
                        dayTexts[date] = text
                        return text
                    }
                    return ListingViewModel(
                        heading: heading, siteTitle: siteTitle, root: root, inlineCSS: nil, feedURL: feedURL,
                        notices: chunk.map { notices.entry(at: Int($0), on: day, chinese: chinese) }, hasNotices: !chunk.isEmpty,
                        issuers: browse ? issuers : [], hasIssuers: browse && !issuers.isEmpty,
                        years: browse ? years : [], hasYears: browse && !years.isEmpty,
                        pagination: pagination, searchURL: searchURL, issuerFeedURL: issuerFeed)
                }
            }
        }
        var pages = listing("", siteTitle, Array(0..<Int32(records.count)), browse: true)
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        for group in issuerOrder {
            let issuer = groups.names[group]
            let members = records.indices.lazy.filter {
                records[$0].issuer >= 0 && groups.group[Int(records[$0].issuer)] == group
            }.map { Int32($0) }
            pages += listing(
                issuerFolder(issuer, ids), issuer, Array(members), browse: false,
                issuerFeed: base.map { $0 + issuerFeedPath(issuer, ids) })
        }
        for year in years.map(\.year) {
            let members = records.indices.lazy.filter { records[$0].date?.year == year }.map { Int32($0) }
            pages += listing("years/\(year)/", "\(year)年", Array(members), browse: false)
        }
        return pages
    }

    /// Page `number` of the listing in `folder` (`""` for the home page, else ending in `/`).
    static func pagePath(_ folder: String, number: Int) -> String {
        number == 1 ? folder + "index.html" : folder + "page/\(number)/index.html"
    }

    /// The folder of `issuer`'s listing, its id taken from the site's table `ids`.
    static func issuerFolder(_ issuer: String, _ ids: IssuerID.Table) -> String { "issuers/\(ids[issuer])/" }

    static func issuerPath(_ issuer: String, _ ids: IssuerID.Table) -> String { issuerFolder(issuer, ids) + "index.html" }

    /// The Atom feed of one issuer's notices.
    static func issuerFeedPath(_ issuer: String, _ ids: IssuerID.Table) -> String { issuerFolder(issuer, ids) + "feed.xml" }

    static func yearPath(_ year: Int) -> String { "years/\(year)/index.html" }
}
