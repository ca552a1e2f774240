import Foundation
import Testing
@testable import PublishCore
@testable import PublishRules
@testable import PublishSite

/// `publish build` with the keys of issue 16 (`search`, `pageSize`) through the real binary and
/// the real Pagefind: the index, the pages of a listing, a feed per issuer, the download copy of
/// the text, and what a build says when Pagefind is missing.
@Suite(.serialized) struct SiteSearchAndPagesTests {
    /// The listing ids of the two issuers' site.
    static let issuerIDs = IssuerID.Table([TwoIssuerSiteTests.changchun, TwoIssuerSiteTests.other])

    static func build(_ configuration: String, environment: [String: String] = [:], _ body: (URL, PublishBinary.Result) throws -> Void) throws {
        var files = try TwoIssuerSiteTests.files()
        files["publish.yml"] = configuration
        try BuildCommandTests.withProject(files) { project in
            let result = try PublishBinary.run(
                ["build", "--base-url", "https://example.cn/x/", "--now", "2025-03-10"], in: project, environment: environment)
            try body(project, result)
        }
    }

    @Test func pageSizeSplitsEveryListingIntoStablePages() throws {
        try Self.build("pageSize: 2\n") { project, result in
            try #require(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            let home = try BuildCommandTests.read(site.appendingPathComponent("index.html"))
            let second = try BuildCommandTests.read(site.appendingPathComponent("page/2/index.html"))
            // Newest first over the pages: 2025-03-07, 2025-03-05 | 2024-10-08.
            #expect(TwoIssuerSiteTests.listed(home).count == 2)
            #expect(TwoIssuerSiteTests.listed(second) == ["\(TwoIssuerSiteTests.secondTitle) → ../../notices/2024/second/index.html"])
            #expect(home.contains(#"<link rel="next" href="page/2/index.html">"#))
            #expect(!home.contains(#"rel="prev""#))
            #expect(second.contains(#"<link rel="prev" href="../../index.html">"#))
            #expect(second.contains(#"<a href="../../page/2/index.html" aria-current="page">2</a>"#))
            #expect(second.contains("<title>巡视巡察整改进展情况通报（第2页）</title>") || second.contains("（第2页）</title>"))
            #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("page/3/index.html").path))
            // The issuer with two notices gets a second page below its folder too.
            let changchun = SiteListings.issuerFolder(TwoIssuerSiteTests.changchun, Self.issuerIDs)
            #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(changchun + "page/2/index.html").path))
            let sitemap = try BuildCommandTests.read(site.appendingPathComponent("sitemap.xml"))
            #expect(sitemap.contains("<loc>https://example.cn/x/page/2/index.html</loc>"))
        }
        try Self.build("pageSize: 1\n") { project, result in
            try #require(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            let changchun = SiteListings.issuerFolder(TwoIssuerSiteTests.changchun, Self.issuerIDs)
            let page = try BuildCommandTests.read(site.appendingPathComponent(changchun + "page/2/index.html"))
            #expect(page.contains(#"<link rel="prev" href="../../../../\#(changchun)index.html">"#))
            #expect(TwoIssuerSiteTests.listed(page).count == 1)
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("page/3/index.html").path))
        }
    }

    @Test func everyIssuerHasItsFeed() throws {
        try Self.build("") { project, result in
            try #require(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            let path = SiteListings.issuerFeedPath(TwoIssuerSiteTests.changchun, Self.issuerIDs)
            let feed = try BuildCommandTests.read(site.appendingPathComponent(path))
            #expect(feed.components(separatedBy: "<entry>").count - 1 == 2)
            #expect(feed.contains(#"<link rel="self" type="application/atom+xml" href="https://example.cn/x/\#(path)"/>"#))
            #expect(!feed.contains(TwoIssuerSiteTests.otherTitle))
            let listing = try BuildCommandTests.read(site.appendingPathComponent(SiteListings.issuerPath(TwoIssuerSiteTests.changchun, Self.issuerIDs)))
            #expect(listing.contains(#"href="https://example.cn/x/\#(path)""#))
        }
    }

    @Test func theSiteTextStartsWithABOMAndRenderDoesNot() throws {
        try Self.build("") { project, result in
            try #require(result.status == 0, "\(result.stderr)")
            let file = project.appendingPathComponent("site/notices/changchun-xinqu-2025/changchun-xinqu-2025.txt")
            let site = try #require(FileManager.default.contents(atPath: file.path))
            #expect(Array(site.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let rendered = try PublishBinary.run(["render", "content/changchun-xinqu-2025.md", "--format", "text"], in: project)
            #expect(rendered.status == 0)
            #expect(rendered.stdoutBytes.first != 0xEF)
            #expect(Array(site.dropFirst(3)) == rendered.stdoutBytes + [0x0A])
        }
    }

    @Test func searchIndexesTheNoticePagesWithPagefind() throws {
        try Self.build("search: true\n") { project, result in
            try #require(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            let entry = try BuildCommandTests.read(site.appendingPathComponent("pagefind/pagefind-entry.json"))
            // Chinese pages, all three notices and nothing else (the listings carry no data-pagefind-body).
            #expect(entry.contains(#""zh-cn""#))
            #expect(entry.contains(#""page_count":3"#))
            let search = try BuildCommandTests.read(site.appendingPathComponent("search/index.html"))
            #expect(search.contains(#"src="../assets/search.js""#))
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("assets/search.js").path))
            let home = try BuildCommandTests.read(site.appendingPathComponent("index.html"))
            #expect(home.contains(#"<form class="search-box" role="search" action="search/index.html" method="get">"#))
        }
        // Without `search: true`: no index, no search page, no script, no search box.
        try Self.build("") { project, result in
            try #require(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            for path in ["pagefind", "search/index.html", "assets/search.js"] {
                #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
            }
            #expect(!(try BuildCommandTests.read(site.appendingPathComponent("index.html"))).contains("search-box"))
        }
    }

    @Test func aMissingPagefindIsAClearErrorAndWritesNothing() throws {
        for environment in [["PUBLISH_PAGEFIND": "/nonexistent/pagefind_extended"], ["PATH": "/nonexistent"]] {
            try Self.build("search: true\n", environment: environment) { project, result in
                #expect(result.status == 2, "\(result.stderr)")
                #expect(result.stderr.contains("search:"), "\(result.stderr)")
                if environment["PATH"] != nil {
                    #expect(result.stderr.contains("pagefind_extended was not found"), "\(result.stderr)")
                    #expect(result.stderr.contains("pip install pagefind-bin-extended"), "\(result.stderr)")
                }
                #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site").path))
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".site") }
                #expect(leftovers.filter { !$0.hasSuffix(".lock") && !$0.hasSuffix(".cache") }.isEmpty, "\(leftovers)")
            }
        }
    }

    @Test func configurationKeysAreReadAndCheckedWithTheirLine() throws {
        let good = try ConfigurationLoader.parse("search: true\npageSize: 25\nindexNumberPattern: '^[0-9]{4}$'\n", path: "p.yml")
        #expect(good.search == true)
        #expect(good.pageSize == 25)
        #expect(good.indexNumberPattern == "^[0-9]{4}$")
        let defaults = try ConfigurationLoader.parse("title: x\n", path: "p.yml")
        #expect(defaults.search == false && defaults.pageSize == nil)
        #expect(defaults.indexNumberPattern == PublishConfiguration.defaultIndexNumberPattern)
        for (text, line, message) in [
            ("title: x\nsearch: sometimes\n", 2, "`search` must be true or false"),
            ("pageSize: 0\n", 1, "`pageSize` must be a whole number"),
            ("pageSize: many\n", 1, "`pageSize` must be a whole number"),
            ("indexNumberPattern: '([0-9'\n", 1, "`indexNumberPattern` is not a regular expression"),
        ] {
            #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse(text, path: "p.yml") }
            do {
                _ = try ConfigurationLoader.parse(text, path: "p.yml")
            } catch {
                #expect(error.line == line, "\(text)")
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
    }

    /// The site's own pattern replaces the default one.
    @Test func theIndexNumberPatternIsTheSites() throws {
        let notice = Fixtures.load("---\nindex_number: 2025-0007\n---\n正文。")
        let ids = { (configuration: PublishConfiguration) in
            Checker(configuration: configuration).check(notice).filter { $0.rule == "meta/index-number" }.count
        }
        #expect(ids(PublishConfiguration()) == 1)
        #expect(ids(PublishConfiguration(indexNumberPattern: "^[0-9]{4}-[0-9]{4}$")) == 0)
    }
}
