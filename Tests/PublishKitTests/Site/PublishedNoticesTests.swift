import Foundation
import Testing
import PublishCore
import PublishRendering
@testable import PublishSite

/// The listings, feeds and sitemap made from `PublishedNotices` (a record per notice, issuers
/// once, listings as positions) are byte for byte those the build made from the list of
/// `NoticeSummary` values it kept before: the previous code is kept here as the reference
/// (`Reference`), and both render the same notices, sorted the same way, with the shipped
/// templates.
@Suite struct PublishedNoticesTests {
    static let day = CalendarDate(year: 2025, month: 3, day: 10)

    static func summary(
        _ slug: String, title: String, issuer: String?, date: CalendarDate?, start: CalendarDate? = nil,
        end: CalendarDate? = nil, draft: Bool = false, lead: String = "", info: DisclosureInfo? = nil,
        range: SourceRange? = nil, files: [String] = ["index.html", "a.txt", "a.json", "a.docx", "a.pdf"]
    ) -> NoticeSummary {
        NoticeSummary(
            slug: slug, path: "content/\(slug).md", title: title, issuer: issuer, date: date, disclosureStart: start,
            disclosureEnd: end, draft: draft, lead: lead, disclosureInfo: info, indexNumberRange: range, files: files,
            warnings: 0)
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day) }

    /// Tricky notices: CJK, an issuer spelled with a composed and with a decomposed mark (equal
    /// for `==`, not in bytes), emoji and ZWJ sequences, half- and full-width punctuation, empty
    /// texts, CRLF, no issuer, no date, equal dates, drafts, open, closed and upcoming periods.
    static let notices: [NoticeSummary] = [
        summary(
            "2025/changchun", title: "中共长春新区工作委员会关于省委巡视整改进展情况的通报", issuer: "中共长春新区工作委员会",
            date: date(2025, 3, 7), start: date(2025, 3, 7), end: date(2025, 3, 14),
            lead: "根据省委统一部署，2023年9月12日至11月20日，省委第八巡视组对长春新区开展了常规巡视。",
            info: DisclosureInfo(
                indexNumber: "11220100MB1234567X/2025-00012", publisher: nil, written: date(2025, 3, 6),
                docNumber: "长新巡办〔2025〕3号", category: "综合政务/监察"),
            range: SourceRange(start: SourceLocation(line: 5, column: 15), end: SourceLocation(line: 5, column: 44))),
        summary("2024/blocks", title: "某某区委关于巡察整改情况的通报", issuer: "中共某某区委员会", date: date(2024, 10, 8), lead: "第一段。"),
        summary("cafe-composed", title: "Caf\u{E9} notice (half-width): 一", issuer: "Caf\u{E9} 委员会", date: date(2024, 10, 8)),
        summary("cafe-decomposed", title: "Cafe\u{301} notice（全角）：二", issuer: "Cafe\u{301} 委员会", date: date(2024, 10, 8)),
        summary("emoji", title: "👩‍👩‍👧 家庭 🇨🇳", issuer: "👨‍💻 组", date: nil, lead: "line\r\nnext"),
        summary("empty", title: "", issuer: "", date: nil, draft: true),
        summary("no-issuer", title: "无发布机构", issuer: nil, date: date(2023, 1, 1), start: date(2025, 4, 1), end: date(2025, 5, 1)),
        summary("closed", title: "已截止", issuer: "中共某某区委员会", date: date(2025, 3, 7), start: date(2025, 1, 1), end: date(2025, 2, 1)),
        summary(
            "same-number", title: "同一索引号", issuer: "中共长春新区工作委员会", date: date(2022, 12, 31),
            info: DisclosureInfo(indexNumber: "11220100MB1234567X/2025-00012")),
        summary("crlf", title: "标题\r\n续", issuer: "中共某某区委员会", date: date(2024, 2, 29), lead: "  "),
        NoticeSummary(
            slug: "own/slug", path: "content/elsewhere.md", title: "slug: in the front matter", issuer: "中共某某区委员会",
            date: date(2024, 2, 29), disclosureStart: nil, disclosureEnd: nil, draft: false, lead: "", disclosureInfo: nil,
            indexNumberRange: nil, files: ["index.html"], warnings: 2),
    ]

    /// The previous code: listings over arrays of summaries, filtered per issuer and year.
    enum Reference {
        static func pages(
            for notices: [NoticeSummary], siteTitle: String, feedURL: String?, on day: CalendarDate,
            pageSize: Int?, baseURL: String?
        ) -> [(path: String, modified: CalendarDate?, model: ListingViewModel)] {
            let ids = IssuerID.Table(issuersOf: notices)
            let issuers = Dictionary(grouping: notices.compactMap(\.issuer), by: { $0 }).map { issuer, list in
                ListingViewModel.Group(name: issuer, url: SiteListings.issuerPath(issuer, ids), count: list.count)
            }.sorted { $0.name < $1.name }
            let years = Dictionary(grouping: notices.compactMap { $0.date?.year }, by: { $0 }).map { year, list in
                ListingViewModel.YearGroup(year: year, url: SiteListings.yearPath(year), count: list.count)
            }.sorted { $0.year > $1.year }
            func listing(
                _ folder: String, _ heading: String, _ items: [NoticeSummary], browse: Bool, issuerFeed: String? = nil
            ) -> [(path: String, modified: CalendarDate?, model: ListingViewModel)] {
                let chunks = pageSize.map { size in
                    stride(from: 0, to: max(items.count, 1), by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
                } ?? [items]
                let paths = chunks.indices.map { SiteListings.pagePath(folder, number: $0 + 1) }
                return chunks.enumerated().map { index, chunk in
                    let path = paths[index]
                    let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
                    let pagination = chunks.count < 2 ? nil : ListingViewModel.Pagination(
                        number: index + 1, count: chunks.count,
                        previousURL: index > 0 ? paths[index - 1] : nil,
                        nextURL: index + 1 < chunks.count ? paths[index + 1] : nil,
                        pages: paths.enumerated().map { .init(number: $0.offset + 1, url: $0.element, isCurrent: $0.offset == index) })
                    let model = ListingViewModel(
                        heading: heading, siteTitle: siteTitle, root: root, inlineCSS: nil, feedURL: feedURL,
                        notices: chunk.map { $0.entry(on: day) }, hasNotices: !chunk.isEmpty,
                        issuers: browse ? issuers : [], hasIssuers: browse && !issuers.isEmpty,
                        years: browse ? years : [], hasYears: browse && !years.isEmpty,
                        pagination: pagination, searchURL: nil, issuerFeedURL: issuerFeed)
                    return (path, chunk.compactMap(\.date).max(), model)
                }
            }
            var pages = listing("", siteTitle, notices, browse: true)
            let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            for issuer in issuers.map(\.name) {
                pages += listing(
                    SiteListings.issuerFolder(issuer, ids), issuer, notices.filter { $0.issuer == issuer }, browse: false,
                    issuerFeed: base.map { $0 + SiteListings.issuerFeedPath(issuer, ids) })
            }
            for year in years.map(\.year) {
                pages += listing("years/\(year)/", "\(year)年", notices.filter { $0.date?.year == year }, browse: false)
            }
            return pages
        }

        /// The site's feed and each issuer's, by path.
        static func feeds(_ notices: [NoticeSummary], baseURL: String, title: String, on day: CalendarDate) -> [String: String] {
            var feeds = ["feed.xml": AtomFeed.render(notices, baseURL: baseURL, title: title, updated: day)]
            let ids = IssuerID.Table(issuersOf: notices)
            for issuer in Set(notices.compactMap(\.issuer)).sorted() {
                feeds[SiteListings.issuerFeedPath(issuer, ids)] = AtomFeed.render(
                    notices.filter { $0.issuer == issuer }, baseURL: baseURL, title: "\(issuer) - \(title)", updated: day,
                    path: SiteListings.issuerFeedPath(issuer, ids), page: SiteListings.issuerPath(issuer, ids))
            }
            return feeds
        }
    }

    /// The notices in `order` (indices into `notices`), sorted as the build sorts them.
    static func sorted(_ order: [Int]) -> (reference: [NoticeSummary], compact: PublishedNotices) {
        let summaries = order.map { notices[$0] }
        var compact = PublishedNotices(keepingLeads: true)
        for summary in summaries { compact.append(summary) }
        compact.sortNewestFirst()
        return (summaries.sorted(by: NoticeSummary.newestFirst), compact)
    }

    static let orders: [[Int]] = [
        Array(notices.indices), Array(notices.indices.reversed()), [3, 2, 4, 0, 9, 10, 1, 5, 8, 7, 6], [10, 9], [5], [],
    ]

    @Test(arguments: orders, [nil, 1, 3])
    func listingPagesAreThoseOfTheSummaries(order: [Int], pageSize: Int?) throws {
        let templates = try TemplateLibrary.builtIn()
        let (reference, compact) = Self.sorted(order)
        #expect(compact.records.map(\.slug) == reference.map(\.slug))
        let expected = Reference.pages(
            for: reference, siteTitle: "站点", feedURL: "https://example.cn/feed.xml", on: Self.day, pageSize: pageSize,
            baseURL: "https://example.cn")
        let pages = SiteListings.pages(
            for: compact, siteTitle: "站点", feedURL: "https://example.cn/feed.xml", on: Self.day, pageSize: pageSize,
            baseURL: "https://example.cn")
        #expect(pages.map(\.path) == expected.map(\.path))
        #expect(pages.map(\.modified) == expected.map(\.modified))
        for (page, want) in zip(pages, expected) {
            let bytes = templates.renderUTF8(page.model, template: "index")
            #expect(bytes == templates.renderUTF8(want.model, template: "index"), "\(page.path)")
            #expect(!bytes.isEmpty)
        }
        // The wrapper over summaries gives the same pages.
        let wrapped = SiteListings.pages(
            for: reference, siteTitle: "站点", feedURL: nil, on: Self.day, pageSize: pageSize, baseURL: nil)
        let direct = SiteListings.pages(for: compact, siteTitle: "站点", feedURL: nil, on: Self.day, pageSize: pageSize, baseURL: nil)
        #expect(wrapped.map(\.path) == direct.map(\.path))
        for (a, b) in zip(wrapped, direct) {
            #expect(templates.renderUTF8(a.model, template: "index") == templates.renderUTF8(b.model, template: "index"))
        }
    }

    /// The decomposed and composed issuers are one listing, named as the first notice in order
    /// names it, while each entry shows its own spelling.
    @Test func equalIssuersSpelledInOtherBytesShareTheirListing() throws {
        let (reference, compact) = Self.sorted(Array(Self.notices.indices))
        let groups = compact.issuerGroups()
        #expect(groups.names.count == Set(reference.compactMap(\.issuer)).count)
        #expect(compact.issuers.count == groups.names.count + 1)
        let cafe = try #require(groups.names.firstIndex { $0 == "Caf\u{E9} 委员会" })
        #expect(groups.counts[cafe] == 2)
        let spellings = compact.records.indices.compactMap { compact.issuer(at: $0) }.filter { $0 == "Caf\u{E9} 委员会" }
        #expect(Set(spellings.map { Array($0.utf8) }).count == 2)
    }

    @Test(arguments: orders)
    func feedsAndSitemapAreThoseOfTheSummaries(order: [Int]) {
        let (reference, compact) = Self.sorted(order)
        let expected = Reference.feeds(reference, baseURL: "https://example.cn", title: "站点", on: Self.day)
        // As the build makes them: only the newest `entryLimit` summaries of each feed.
        var feeds = [
            "feed.xml": AtomFeed.render(
                compact.records.indices.prefix(AtomFeed.entryLimit).map { compact.summary(at: $0) },
                baseURL: "https://example.cn", title: "站点", updated: Self.day),
        ]
        let groups = compact.issuerGroups()
        let ids = IssuerID.Table(groups.names)
        for (group, issuer) in groups.names.enumerated() {
            let members = compact.records.indices.filter {
                compact.records[$0].issuer >= 0 && groups.group[Int(compact.records[$0].issuer)] == group
            }
            feeds[SiteListings.issuerFeedPath(issuer, ids)] = AtomFeed.render(
                members.prefix(AtomFeed.entryLimit).map { compact.summary(at: $0) }, baseURL: "https://example.cn",
                title: "\(issuer) - 站点", updated: Self.day, path: SiteListings.issuerFeedPath(issuer, ids),
                page: SiteListings.issuerPath(issuer, ids))
        }
        #expect(feeds == expected)
        #expect(feeds["feed.xml"]?.contains("<feed") == true)
        let sitemap = Sitemap.render(paths: compact.records.map { ($0.pageURL, $0.date) }, baseURL: "https://example.cn")
        #expect(sitemap == Sitemap.render(paths: reference.map { ($0.pageURL, $0.date) }, baseURL: "https://example.cn"))
    }

    /// A feed dated by its newest notice and showing the newest `entryLimit`: the same from the
    /// first `entryLimit` notices as from all, when there are more.
    @Test func aFeedOfTheNewestIsTheFeedOfAll() {
        let many = (0..<(AtomFeed.entryLimit + 7)).map { index in
            Self.summary(
                "n\(index)", title: "通报\(index)", issuer: index % 3 == 0 ? nil : "机构", date: index % 5 == 0 ? nil : Self.date(2024, 1 + index % 12, 1 + index % 28),
                lead: "导语\(index)")
        }.sorted(by: NoticeSummary.newestFirst)
        let all = AtomFeed.render(many, baseURL: "https://example.cn/", title: "站点", updated: Self.day)
        #expect(AtomFeed.render(Array(many.prefix(AtomFeed.entryLimit)), baseURL: "https://example.cn/", title: "站点", updated: Self.day) == all)
    }

    /// A slug kept as a slice of its path reads back as the same bytes; one that is not a slice
    /// is kept as it is.
    @Test(arguments: [
        ("content/a/b.md", "a/b", true), ("content/a/b.md", "b", true), ("b.md", "b", true), ("content/a/b.md", "x/b", false),
        ("content/a/b.markdown", "a/b", false), ("content/通报/二〇二五.md", "通报/二〇二五", true),
        ("content/\u{301}e.md", "\u{301}e", true), ("content/e\u{301}.md", "\u{E9}", false), ("content/👩‍👩‍👧.md", "👩‍👩‍👧", true),
        ("content/a\r\n.md", "a\r\n", true), ("content/.md", "", false), ("", "a", false), ("content/ab.md", "content/ab.md", false),
    ])
    func slugsThatAreSlicesOfThePathAreStoredOnce(path: String, slug: String, slice: Bool) {
        let record = PublishedNotices.Record(
            path: path, slug: slug, title: "", date: nil, disclosureStart: nil, disclosureEnd: nil, issuer: -1, extra: -1,
            fileCount: 0, draft: false)
        #expect((record.ownSlug == nil) == slice)
        #expect(Array(record.slug.utf8) == Array(slug.utf8))
        #expect(record.pageURL == "notices/\(slug)/index.html")
    }

    @Test func leadsAreKeptOnlyWhenAsked() {
        var withoutLeads = PublishedNotices(keepingLeads: false)
        var withLeads = PublishedNotices(keepingLeads: true)
        for summary in Self.notices {
            withoutLeads.append(summary)
            withLeads.append(summary)
        }
        #expect(withLeads.records.indices.map { withLeads.summary(at: $0).lead } == Self.notices.map(\.lead))
        #expect(withoutLeads.records.indices.allSatisfy { withoutLeads.summary(at: $0).lead.isEmpty })
        // The 信息公开 block and the 索引号's place stay either way (the duplicate check reads them).
        for store in [withLeads, withoutLeads] {
            #expect(store.records.indices.map { store.disclosure(at: $0).info } == Self.notices.map(\.disclosureInfo))
            #expect(store.records.indices.map { store.disclosure(at: $0).indexNumberRange } == Self.notices.map(\.indexNumberRange))
            #expect(store.fileCount == Self.notices.reduce(0) { $0 + $1.files.count })
            let rebuilt = store.records.indices.map { store.summary(at: $0) }
            #expect(rebuilt.map(\.title) == Self.notices.map(\.title))
            #expect(rebuilt.map { $0.issuer.map { Array($0.utf8) } } == Self.notices.map { $0.issuer.map { Array($0.utf8) } })
            #expect(rebuilt.map(\.date) == Self.notices.map(\.date))
            #expect(rebuilt.map(\.draft) == Self.notices.map(\.draft))
        }
    }
}

extension IssuerID.Table {
    /// The table of the issuers `notices` name, as the previous listing code made it.
    init(issuersOf notices: [NoticeSummary]) {
        self.init(notices.lazy.compactMap(\.issuer))
    }
}
