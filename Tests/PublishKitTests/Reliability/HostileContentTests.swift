import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport
#endif

/// A site built from hostile content (`Fixtures/hostile/`): raw HTML blocks and inline tags,
/// `javascript:`, `data:` and `vbscript:` links and image sources (mixed case, with entities, tabs
/// and percent-escapes), `on…` attributes, `<script>` and `</title>` in the front matter's title,
/// issuer and tags, in autolinks, link titles, table cells, code and comments, and in contacts.
/// None of it may reach any output as markup.
///
/// Every output file is parsed by `check-markup.py` (beside the fixture): with html5lib, the
/// WHATWG parser browsers implement, when it is installed, else with Python's html.parser; both
/// tokenise tags and attributes by the HTML rules, which a regular expression does not. It reports
/// any element the templates never write, any `on…` attribute, any URL with a scheme other than
/// http, https, mailto and tel, a feed or sitemap that is not well-formed XML, and JSON that would
/// break out of a `<script>` element it were inlined in. The pages are also scanned with the check
/// the fuzzer uses (`WholePipeline.markupViolations`), so the two cannot drift apart.
@Suite(.serialized) struct HostileContentTests {
    static let fixture = Fixtures.folder.appendingPathComponent("hostile")

    /// Author text that must appear on a page as visible text: escaped, not dropped.
    static let shownAsText = [
        "<script>alert(\"block\")</script>",
        "<img src=x onerror=alert(\"inline\")>",
        "关于<script>alert(\"title\")</script></title><img src=x onerror=alert(1)>的通报",
        "中共某某区委员会</title><script>alert(\"issuer\")</script>",
        "javascript:alert(\"site\")",
    ]

    static func buildHostileSite(_ body: (URL) throws -> Void) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("publish-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for name in ["content", "publish.yml"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: scratch.appendingPathComponent(name))
        }
        let result = try PublishBinary.run(["build", "--base-url", "https://example.cn/x/", "--now", "2025-03-10"], in: scratch)
        try #require(result.status == 0, "the hostile site does not build: \(result.stderr)")
        try body(scratch.appendingPathComponent("site"))
    }

    @Test func noOutputFileCarriesMarkupFromTheContent() throws {
        try Self.buildHostileSite { site in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", Self.fixture.appendingPathComponent("check-markup.py").path, site.path,
                "--templates", Fixtures.root.appendingPathComponent("Templates").path,
            ] + Self.shownAsText.flatMap { ["--expect-text", $0] }
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            // Pages, listings, feed, sitemap and JSON: the check saw every one of them.
            let checked = Self.files(in: site).filter { [".html", ".xml", ".json"].contains(where: $0.hasSuffix) }.count
            #expect(checked >= 7)
            #expect(text.contains("checked \(checked) files with "), "\(text)")
        }
    }

    @Test func thePagesPassTheFuzzersMarkupCheck() throws {
        try Self.buildHostileSite { site in
            let pages = Self.files(in: site).filter { $0.hasSuffix(".html") }
            #expect(pages.count >= 4)
            for page in pages {
                let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
                #expect(WholePipeline.markupViolations(html).isEmpty, "\(page): \(WholePipeline.markupViolations(html))")
            }
        }
    }

    @Test func theFeedAndSitemapParseAsXML() throws {
        try Self.buildHostileSite { site in
            for name in ["feed.xml", "sitemap.xml"] {
                let parser = XMLParser(data: try Data(contentsOf: site.appendingPathComponent(name)))
                #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
            }
        }
    }

    static func files(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }
}
