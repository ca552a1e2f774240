import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Every template in `Templates/`, followed over every page of the example site (`ReferenceSite`):
/// each `{{tag}}` must resolve to a value that is neither missing, nor empty, nor its own name, and
/// every value tag and every template must be reached by some page.
@Suite struct TemplateTagTests {
    static let folder = Fixtures.root.appendingPathComponent("Templates")

    /// The only values that are rightly empty on some page.
    static let mayBeEmpty = [
        "root": "the path from the home page to the site root",
        "bodyHTML": "a run-in item of one sentence has nothing after its lead",
    ]

    @Test func everyTagOfEveryTemplateResolvesOverTheExampleSite() throws {
        // The real library must accept the folder first (syntax, partials).
        _ = try TemplateLibrary.load(folder: Self.folder.path)
        var resolver = try TemplateTagResolver(folder: Self.folder, root: Fixtures.root, mayBeEmpty: Self.mayBeEmpty)
        let site = try ReferenceSite()
        #expect(site.pages.count == 10, "\(site.pages.map(\.name))")
        for page in site.pages {
            resolver.resolve(template: page.template, model: page.model, page: page.name)
        }
        for problem in Set(resolver.problems).sorted() {
            Issue.record(Comment(rawValue: problem))
        }
        for site in resolver.valueTags.subtracting(resolver.reached).sorted(by: { "\($0)" < "\($1)" }) {
            Issue.record("\(site) is never reached by a page of the example site: add what it shows to ReferenceSite")
        }
        for name in Set(resolver.templates.keys).subtracting(resolver.entered).sorted() {
            Issue.record("Templates/\(name).mustache is used by no page")
        }
    }

    /// The resolver itself finds what it is for: a tag naming no value, one answered by its own
    /// name, an empty one, and a tag no page reaches.
    @Test func theResolverReportsEachKindOfGap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-tags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = MarkedText("""
            <h1>{{heading}}</h1>1️⃣{{titel}}
            {{#issuers}}<a href="2️⃣{{url}}">3️⃣{{name}}</a>{{/issuers}}
            {{#hasYears}}{{#years}}{{year}}{{/years}}{{/hasYears}}{{^hasNotices}}{{root}}{{/hasNotices}}

            """)
        try template.text.write(to: folder.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        var resolver = try TemplateTagResolver(folder: folder, root: folder.deletingLastPathComponent())
        let listing = ListingViewModel(
            heading: "h", siteTitle: "s", root: "", inlineCSS: nil, feedURL: nil, notices: [], hasNotices: true,
            issuers: [.init(name: "name", url: "", count: 1)], hasIssuers: true, years: [], hasYears: false)
        resolver.resolve(template: "index", model: listing, page: "index.html")
        let file = folder.lastPathComponent + "/index.mustache"
        func at(_ marker: Int) -> String { "\(file):\(template[marker].line):\(template[marker].column)" }
        #expect(resolver.problems.sorted() == [
            "\(at(1)): {{titel}} resolves to nothing in ListingViewModel on index.html",
            "\(at(2)): {{url}} resolves to an empty value in Group on index.html",
            "\(at(3)): {{name}} resolves to its own name \"name\" in Group on index.html",
        ])
        #expect(resolver.valueTags.subtracting(resolver.reached).map(\.name).sorted() == ["root", "year"])
    }
}
