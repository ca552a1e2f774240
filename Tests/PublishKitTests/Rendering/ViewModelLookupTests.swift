import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The view models answer template lookups from a switch (for speed); every stored property must be
/// answerable, or a template would silently see nothing.
@Suite struct ViewModelLookupTests {
    static func check(_ value: some TemplateObject) {
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            // A nil optional cannot be told from a missing answer; the instances below set them.
            guard "\(child.value)" != "nil" else { continue }
            if case .missing = value.value(named: label) {
                Issue.record("\(type(of: value)).\(label) is not answered")
            }
        }
    }

    @Test func everyPropertyIsAnswered() throws {
        let notice = try Fixtures.referenceNotice().notice
        let model = NoticeViewModel(notice: notice, slug: "a/b", root: "../../", siteTitle: "站点", inlineCSS: "p{}", status: .open)
        Self.check(model)
        Self.check(try #require(model.closing))
        Self.check(try #require(model.closing?.disclosure))
        Self.check(try #require(model.closing?.contacts.first))
        Self.check(try #require(model.sections.first))
        let table = Fixtures.load("## 一、甲\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- 项\n").notice
        let blocks = NoticeViewModel(notice: table).sections[0].children
        let tableBlock = try #require(blocks.first { $0.isTable })
        Self.check(try #require(tableBlock.tableHeader.first))
        Self.check(try #require(tableBlock.tableRows.first))
        Self.check(try #require(blocks.first { $0.isList }?.listItems.first))
        let listing = ListingViewModel(
            heading: "h", siteTitle: "s", root: "", inlineCSS: nil, feedURL: "f",
            notices: [.init(title: "t", issuer: "i", date: "d", dateISO: "x", url: "u", status: "open", statusLabel: "公示中", isDraft: false)],
            hasNotices: true, issuers: [.init(name: "n", url: "u", count: 1)], hasIssuers: true,
            years: [.init(year: 2025, url: "u", count: 1)], hasYears: true)
        Self.check(listing)
        Self.check(listing.notices[0])
        Self.check(listing.issuers[0])
        Self.check(listing.years[0])
        let paged = ListingViewModel(
            heading: "h", siteTitle: "s", root: "", notices: [], hasNotices: false, issuers: [], hasIssuers: false, years: [],
            hasYears: false,
            pagination: .init(number: 1, count: 2, previousURL: nil, nextURL: "n", pages: [.init(number: 1, url: "u", isCurrent: true)]),
            searchURL: "s", issuerFeedURL: "f")
        Self.check(try #require(paged.pagination))
        Self.check(try #require(paged.pagination?.pages.first))
        Self.check(SearchViewModel(siteTitle: "s"))
        let withInfo = NoticeViewModel(
            notice: Fixtures.load("---\nindex_number: a\nwritten: 2025-01-02\n---\n正文。").notice, slug: "a",
            downloads: [.init(format: .text, slug: "a", byteCount: 3)])
        Self.check(try #require(withInfo.infoRows.first))
        Self.check(try #require(withInfo.downloads.first))
    }
}
