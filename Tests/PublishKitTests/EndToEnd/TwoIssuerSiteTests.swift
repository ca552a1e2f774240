import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A site of three notices from two issuers over two years, built by the real binary: each
/// listing page lists exactly its own notices, and the feed's and sitemap's dates are the notices'
/// days in China, with the offset.
@Suite(.serialized) struct TwoIssuerSiteTests {
    static let changchun = "中共长春新区工作委员会"
    static let other = "中共某某区委员会"
    static let referenceTitle = "中共长春新区工作委员会关于省委巡视整改进展情况的通报"
    static let secondTitle = "中共长春新区工作委员会关于巡视整改进展情况的通报（第二批）"
    static let otherTitle = "中共某某区委员会关于巡察整改进展情况的通报"

    /// The reference notice (2025-03-07), a second of its issuer (2024-10-08) and one of another
    /// issuer (2025-03-05).
    static func files() throws -> [String: String] {
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.contentPath), encoding: .utf8)
        func variant(title: String, issuer: String, date: String) -> String {
            reference.replacingOccurrences(of: "title: \(referenceTitle)", with: "title: \(title)")
                .replacingOccurrences(of: "issuer: \(changchun)", with: "issuer: \(issuer)")
                .replacingOccurrences(of: "date: 2025-03-07", with: "date: \(date)")
        }
        return [
            "content/changchun-xinqu-2025.md": reference,
            "content/2024/second.md": variant(title: secondTitle, issuer: changchun, date: "2024-10-08"),
            "content/other/notice.md": variant(title: otherTitle, issuer: other, date: "2025-03-05"),
        ]
    }

    static func build(_ body: (URL) throws -> Void) throws {
        try BuildCommandTests.withProject(try files()) { project in
            let result = try PublishBinary.run(["build", "--base-url", "https://example.cn/x/", "--now", "2025-03-10"], in: project)
            try #require(result.status == 0, "\(result.stderr)")
            try body(project.appendingPathComponent("site"))
        }
    }

    /// The notices a listing page lists: (link, title), in order.
    static func listed(_ page: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<a class="title" href="([^"]*)">([^<]*)</a>"#)
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
            let link = String(page[Range(match.range(at: 1), in: page)!])
            let title = String(page[Range(match.range(at: 2), in: page)!])
            return "\(title) → \(link)"
        }
    }

    /// The browse links of the home page: `name（count） → link`.
    static func browseLinks(_ page: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<li><a href="([^"]*)">([^<]*)</a>（(\d+)）</li>"#)
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
            let group = { (index: Int) in String(page[Range(match.range(at: index), in: page)!]) }
            return "\(group(2))（\(group(3))） → \(group(1))"
        }
    }

    @Test func eachListingListsExactlyItsOwnNotices() throws {
        try Self.build { site in
            let home = try BuildCommandTests.read(site.appendingPathComponent("index.html"))
            #expect(Self.listed(home) == [
                "\(Self.referenceTitle) → notices/changchun-xinqu-2025/index.html",
                "\(Self.otherTitle) → notices/other/notice/index.html",
                "\(Self.secondTitle) → notices/2024/second/index.html",
            ])
            let browse = Self.browseLinks(home)
            #expect(browse.map { $0.components(separatedBy: " → ")[0] } == [
                "\(Self.other)（1）", "\(Self.changchun)（2）", "2025年（2）", "2024年（1）",
            ])
            let pages = Dictionary(uniqueKeysWithValues: browse.map {
                ($0.components(separatedBy: "（")[0], $0.components(separatedBy: " → ")[1])
            })
            let expected: [(String, [String])] = [
                (Self.changchun, [
                    "\(Self.referenceTitle) → ../../notices/changchun-xinqu-2025/index.html",
                    "\(Self.secondTitle) → ../../notices/2024/second/index.html",
                ]),
                (Self.other, ["\(Self.otherTitle) → ../../notices/other/notice/index.html"]),
                ("2025年", [
                    "\(Self.referenceTitle) → ../../notices/changchun-xinqu-2025/index.html",
                    "\(Self.otherTitle) → ../../notices/other/notice/index.html",
                ]),
                ("2024年", ["\(Self.secondTitle) → ../../notices/2024/second/index.html"]),
            ]
            for (heading, notices) in expected {
                let path = try #require(pages[heading], "no link to the page of \(heading)")
                let page = try BuildCommandTests.read(site.appendingPathComponent(path))
                #expect(page.contains("<h1>\(heading)</h1>"), "\(path)")
                #expect(Self.listed(page) == notices, "\(heading): \(path)")
                #expect(Self.browseLinks(page).isEmpty, "only the home page has browse links")
            }
            // Every link of every listing leads to a page that exists.
            for path in ["index.html"] + pages.values {
                let page = try BuildCommandTests.read(site.appendingPathComponent(path))
                let folder = site.appendingPathComponent(path).deletingLastPathComponent()
                for entry in Self.listed(page) {
                    let link = entry.components(separatedBy: " → ")[1]
                    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(link).standardized.path), "\(path): \(link)")
                }
            }
        }
    }

    /// RFC 3339 date-time with a numeric offset or `Z` (section 5.6), seconds required.
    static let rfc3339 = try! NSRegularExpression(
        pattern: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#)

    @Test func feedAndSitemapDatesAreTheNoticesDaysInChinaWithTheOffset() throws {
        try Self.build { site in
            let feed = try Self.elements(["updated"], in: site.appendingPathComponent("feed.xml"))
            let sitemap = try Self.elements(["lastmod"], in: site.appendingPathComponent("sitemap.xml"))
            // The feed's own <updated> (its newest notice), then each entry's, newest first.
            #expect(feed == [
                "2025-03-07T00:00:00+08:00", "2025-03-07T00:00:00+08:00", "2025-03-05T00:00:00+08:00",
                "2024-10-08T00:00:00+08:00",
            ])
            #expect(Set(sitemap) == ["2025-03-07T00:00:00+08:00", "2025-03-05T00:00:00+08:00", "2024-10-08T00:00:00+08:00"])
            #expect(sitemap.count == 8, "home, 2 issuers, 2 years, 3 notices: \(sitemap)")
            for stamp in feed + sitemap {
                #expect(Self.rfc3339.firstMatch(in: stamp, range: NSRange(stamp.startIndex..., in: stamp)) != nil, "\(stamp)")
                // The instant is the start of the day in Beijing: 16:00 UTC the day before.
                let instant = try #require(ISO8601DateFormatter().date(from: stamp))
                var utc = Calendar(identifier: .gregorian)
                utc.timeZone = TimeZone(identifier: "UTC")!
                #expect(utc.component(.hour, from: instant) == 16, "\(stamp)")
            }
        }
    }

    /// The texts of the named elements of an XML file, in document order.
    static func elements(_ names: Set<String>, in file: URL) throws -> [String] {
        let collector = ElementTextCollector(names: names)
        let parser = XMLParser(data: try Data(contentsOf: file))
        parser.delegate = collector
        #expect(parser.parse(), "\(file.lastPathComponent) is not well-formed XML")
        return collector.texts
    }
}

/// Collects the text of the elements it is told to.
final class ElementTextCollector: NSObject, XMLParserDelegate {
    let names: Set<String>
    var texts: [String] = []
    private var current: String?

    init(names: Set<String>) {
        self.names = names
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        current = names.contains(name) ? "" : nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if names.contains(name), let text = current { texts.append(text) }
        current = nil
    }
}
