import Foundation
import Mustache
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The compiled templates must render every page byte for byte as swift-mustache did: every
/// built-in template over the pages of the example site, and the page and a listing of every
/// Markdown fixture (rules, wordings, samples, hostile content), through both engines.
/// swift-mustache reads the view models by reflection, so it also checks the `value(named:)`
/// switches against the stored properties.
@Suite struct TemplateEngineComparisonTests {
    static func reference() throws -> MustacheLibrary {
        MustacheLibrary(templates: try DefaultTemplates.all.mapValues { try MustacheTemplate(string: $0) })
    }

    @Test func everyPageOfTheExampleSiteIsTheSameThroughBothEngines() throws {
        let plans = try TemplateLibrary.builtIn()
        let reference = try Self.reference()
        let site = try ReferenceSite()
        #expect(Set(site.pages.map(\.template)) == ["notice", "index", "search"])
        for page in site.pages {
            let rendered = plans.renderUTF8(page.model, template: page.template)
            let expected = try #require(reference.render(page.model, withTemplate: page.template))
            #expect(rendered.count > 1000, "\(page.name)")
            #expect(rendered == Array(expected.utf8), "\(page.name)")
        }
    }

    @Test func everyMarkdownFixtureRendersTheSameThroughBothEngines() throws {
        let plans = try TemplateLibrary.builtIn()
        let reference = try Self.reference()
        let fixtures = Fixtures.folder.path
        let files = (FileManager.default.enumerator(atPath: fixtures)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("malformed/") }.sorted()
        #expect(files.count > 100)
        var entries: [ListingViewModel.Entry] = []
        let day = CalendarDate(year: 2025, month: 3, day: 10)
        for file in files {
            let notice = try Fixtures.load(file: "Tests/PublishKitTests/Fixtures/" + file).notice
            let status = DisclosureStatus(period: notice.closing?.disclosure, on: day)
            let model = NoticeViewModel(
                notice: notice, slug: "a/b", root: "../../", siteTitle: "站点 <&>", status: status,
                downloads: [.init(format: .text, slug: "a/b", byteCount: 1234)], searchURL: "search/index.html")
            let rendered = plans.render(model, template: "notice")
            #expect(rendered == reference.render(model, withTemplate: "notice"), "\(file)")
            let bare = NoticeViewModel(notice: notice, inlineCSS: "p{}")
            #expect(plans.render(bare, template: "notice") == reference.render(bare, withTemplate: "notice"), "\(file)")
            entries.append(NoticeSummary(notice: notice, slug: Slug("a/b")!, path: file).entry(on: day))
        }
        let listing = ListingViewModel(
            heading: "全部", siteTitle: "站点", root: "../", inlineCSS: nil, feedURL: "feed.xml", notices: entries,
            hasNotices: true, issuers: [.init(name: "机关", url: "issuers/a/", count: 2)], hasIssuers: true,
            years: [.init(year: 2025, url: "2025/", count: 3)], hasYears: true,
            pagination: .init(number: 2, count: 3, previousURL: "index.html", nextURL: "page/3/", pages: [
                .init(number: 1, url: "index.html", isCurrent: false), .init(number: 2, url: "page/2/", isCurrent: true),
            ]),
            searchURL: "search/", issuerFeedURL: "issuers/a/feed.xml")
        #expect(plans.render(listing, template: "index") == reference.render(listing, withTemplate: "index"))
    }
}
