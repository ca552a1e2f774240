import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// What the listings, feed and sitemap need of one published notice; kept for every notice of a
/// build (the pages themselves are written and forgotten), and stored in the build cache.
package struct NoticeSummary: Codable, Sendable, Equatable {
    var slug: String
    var path: String
    var title: String
    var issuer: String?
    var date: CalendarDate?
    var disclosureStart: CalendarDate?
    var disclosureEnd: CalendarDate?
    var draft: Bool
    /// The opening's first paragraph, for the feed's summary.
    var lead: String
    /// The 信息公开 block, for the feed; and where the 索引号 stands, for `build/duplicate-index-number`.
    var disclosureInfo: DisclosureInfo?
    var indexNumberRange: SourceRange?
    /// The files written for the notice, relative to its folder `notices/<slug>/`.
    var files: [String]
    var warnings: Int

    package init(notice: Notice, slug: Slug, path: String, files: [String] = [], warnings: Int = 0) {
        self.slug = slug.value
        self.path = path
        self.title = notice.title ?? slug.value
        self.issuer = notice.frontMatter.issuer
        self.date = notice.frontMatter.date
        self.disclosureStart = notice.closing?.disclosure?.period?.start.date
        self.disclosureEnd = notice.closing?.disclosure?.period?.end.date
        self.draft = notice.frontMatter.draft
        self.lead = notice.opening.paragraphs.first?.plain ?? ""
        self.disclosureInfo = notice.frontMatter.disclosureInfo
        self.indexNumberRange = notice.frontMatter.ranges["index_number"]
        self.files = files
        self.warnings = warnings
    }

    var pageURL: String { "notices/\(slug)/index.html" }

    func status(on day: CalendarDate) -> DisclosureStatus {
        DisclosureStatus(start: disclosureStart, end: disclosureEnd, on: day)
    }

    package func entry(on day: CalendarDate) -> ListingViewModel.Entry {
        let status = status(on: day)
        return ListingViewModel.Entry(
            title: title, issuer: issuer, date: date?.chinese, dateISO: date?.description, url: pageURL,
            status: status.rawValue, statusLabel: status.label, isDraft: draft)
    }

    /// Newest first; notices without a date last; then by slug, so the order is stable.
    static func newestFirst(_ a: NoticeSummary, _ b: NoticeSummary) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.slug < b.slug
        }
    }
}
