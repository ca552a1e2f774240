import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `publish build` through the real binary on fixture sites in scratch folders.
@Suite(.serialized) struct BuildCommandTests {
    /// A scratch project: `content/` with the reference notice (and `extra` files), removed afterwards.
    static func withProject(_ extra: [String: String] = [:], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = extra
        if files["content/changchun-xinqu-2025.md"] == nil {
            files["content/changchun-xinqu-2025.md"] = try String(
                contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try body(folder)
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func buildsTheSite() throws {
        try Self.withProject { project in
            let result = try PublishBinary.run(["build", "--base-url", "https://example.cn/x/", "--now", "2025-03-10"], in: project)
            #expect(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            let files = Set(Self.snapshot(site).keys)
            for expected in [
                "index.html", "feed.xml", "sitemap.xml", "assets/screen.css", "assets/print.css",
                "notices/changchun-xinqu-2025/index.html", "notices/changchun-xinqu-2025/changchun-xinqu-2025.txt",
                "notices/changchun-xinqu-2025/changchun-xinqu-2025.json", "years/2025/index.html",
            ] {
                #expect(files.contains(expected), "missing \(expected)")
            }
            #expect(files.contains { $0.hasPrefix("issuers/") && $0.hasSuffix("/index.html") })
            let text = try Self.read(site.appendingPathComponent("notices/changchun-xinqu-2025/changchun-xinqu-2025.txt"))
            let sample = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
            #expect(text == sample + "\n")
            let page = try Self.read(site.appendingPathComponent("notices/changchun-xinqu-2025/index.html"))
            #expect(page.contains("<span class=\"status open\">公示中</span>"))
            #expect(page.contains("href=\"tel:0431-80798040\""))
            #expect(page.contains("href=\"mailto:ccnaxsxczgzb@163.com\""))
            #expect(page.contains("href=\"changchun-xinqu-2025.txt\""))
            #expect(page.contains("href=\"../../assets/screen.css\""))
            #expect(!page.contains("http://") && !page.contains("https://"), "no request leaves the site")
            // No stray folders beside the output.
            let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
            #expect(!beside.contains { $0.contains(".site.staging") || $0.contains(".site.old") })
        }
    }

    @Test func feedAndSitemapParseAndCarryAbsoluteURLs() throws {
        try Self.withProject { project in
            let result = try PublishBinary.run(["build", "--base-url", "https://example.cn/x", "--now", "2025-03-10"], in: project)
            #expect(result.status == 0)
            for name in ["feed.xml", "sitemap.xml"] {
                let data = try Data(contentsOf: project.appendingPathComponent("site/\(name)"))
                let collector = URLCollector()
                let parser = XMLParser(data: data)
                parser.delegate = collector
                #expect(parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
                #expect(!collector.urls.isEmpty)
                #expect(collector.urls.allSatisfy { $0.hasPrefix("https://example.cn/x/") }, "\(collector.urls)")
            }
            let feed = try Self.read(project.appendingPathComponent("site/feed.xml"))
            #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
            #expect(feed.contains("<id>https://example.cn/x/notices/changchun-xinqu-2025/index.html</id>"))
        }
    }

    @Test(arguments: [("2025-03-06", "upcoming", "未开始"), ("2025-03-07", "open", "公示中"), ("2025-03-27", "open", "公示中"), ("2025-03-28", "closed", "已截止")])
    func statusFollowsNow(now: String, status: String, label: String) throws {
        try Self.withProject { project in
            let result = try PublishBinary.run(["build", "--now", now], in: project)
            #expect(result.status == 0)
            let index = try Self.read(project.appendingPathComponent("site/index.html"))
            #expect(index.contains("<span class=\"status \(status)\">\(label)</span>"))
            let page = try Self.read(project.appendingPathComponent("site/notices/changchun-xinqu-2025/index.html"))
            #expect(page.contains("<span class=\"status \(status)\">\(label)</span>"))
        }
    }

    @Test func contentErrorsWriteNothingAndLeaveThePreviousSite() throws {
        try Self.withProject { project in
            let run1 = try PublishBinary.run(["build", "--now", "2025-03-10"], in: project)
            #expect(run1.status == 0)
            let before = Self.snapshot(project.appendingPathComponent("site"))
            try "---\ntitle: 坏\n---\n## 一、某某情况\n".write(
                to: project.appendingPathComponent("content/broken.md"), atomically: true, encoding: .utf8)
            let result = try PublishBinary.run(["build", "--now", "2025-03-10"], in: project)
            #expect(result.status == 1)
            #expect(result.stderr.contains("content/broken.md:4:4: error:"))
            #expect(Self.snapshot(project.appendingPathComponent("site")) == before)
            let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
            #expect(!beside.contains { $0.contains("staging") })
        }
    }

    @Test func duplicateSlugsAreAnError() throws {
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        let copy = reference.replacingOccurrences(of: "date: 2025-03-07", with: "date: 2025-03-07\nslug: changchun-xinqu-2025")
        try Self.withProject(["content/copy.md": copy]) { project in
            let result = try PublishBinary.run(["build"], in: project)
            #expect(result.status == 1)
            #expect(result.stderr.contains("[build/duplicate-slug]"))
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site").path))
        }
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        let draft = reference.replacingOccurrences(of: "date: 2025-03-07", with: "date: 2025-03-06\ndraft: true")
        try Self.withProject(["content/draft-notice.md": draft]) { project in
            let run2 = try PublishBinary.run(["build"], in: project)
            #expect(run2.status == 0)
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site/notices/draft-notice").path))
            let run3 = try PublishBinary.run(["build", "--drafts"], in: project)
            #expect(run3.status == 0)
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("site/notices/draft-notice/index.html").path))
        }
    }

    @Test func aTemplateErrorNamesFileLineAndColumnAndExitsTwo() throws {
        try Self.withProject(["Templates/notice.mustache": "<html>\n{{#sections}}\n{{/closing}}\n"]) { project in
            let result = try PublishBinary.run(["build"], in: project)
            #expect(result.status == 2)
            #expect(result.stderr.contains("Templates/notice.mustache:3:"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site").path))
        }
    }

    @Test(arguments: ["/", "~", ".", "..", "content", "./content/..", "site/../"])
    func dangerousOutputFoldersAreRefused(output: String) throws {
        try Self.withProject { project in
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            let path = output == "~" ? home : output
            let before = Self.snapshot(project)
            let result = try PublishBinary.run(["build", "--output", path], in: project)
            #expect(result.status == 2, "\(output): \(result.stderr)")
            #expect(result.stderr.contains("refusing"), "\(result.stderr)")
            #expect(Self.snapshot(project) == before)
        }
    }

    /// `$HOME` need not be the home folder of the user database (containers, `sudo`, CI): `~`
    /// means `$HOME` in a shell, so that folder is refused too, and left as it was.
    @Test func theHomeFolderThatHOMENamesIsRefused() throws {
        try Self.withProject { project in
            let home = project.deletingLastPathComponent().appendingPathComponent(project.lastPathComponent + "-home")
            defer { try? FileManager.default.removeItem(at: home) }
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try Data("keep".utf8).write(to: home.appendingPathComponent("notes.txt"))
            #expect(home.path != NSHomeDirectory())
            let result = try PublishBinary.run(["build", "--output", home.path], in: project, environment: ["HOME": home.path])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("it is your home folder"), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["notes.txt"])
        }
    }

    @Test func anOutputThroughASymbolicLinkToTheProjectIsRefused() throws {
        try Self.withProject { project in
            let link = project.appendingPathComponent("out")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: project.path)
            let result = try PublishBinary.run(["build", "--output", "out"], in: project)
            #expect(result.status == 2)
        }
    }

    @Test func killedBuildsLeaveThePreviousSiteComplete() throws {
        // Enough notices that a build takes a while, so kills land at different stages.
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        var files: [String: String] = [:]
        for index in 0..<120 { files["content/n\(index).md"] = reference }
        try Self.withProject(files) { project in
            let run4 = try PublishBinary.run(["build", "--now", "2025-03-10"], in: project)
            #expect(run4.status == 0)
            let site = project.appendingPathComponent("site")
            let before = Self.snapshot(site)
            #expect(before.count > 360)
            var generator = SystemRandomNumberGenerator()
            for round in 0..<20 {
                let process = Process()
                process.executableURL = PublishBinary.url
                process.arguments = ["build", "--now", "2025-03-1\(round % 10)"]
                process.currentDirectoryURL = project
                process.standardError = FileHandle.nullDevice
                try process.run()
                usleep(UInt32.random(in: 5_000...600_000, using: &generator))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                let after = Self.snapshot(site)
                // Either the old site or a complete new one: never a half-written one.
                #expect(after.keys.sorted() == before.keys.sorted(), "round \(round): the site is incomplete")
            }
            let run5 = try PublishBinary.run(["build", "--now", "2025-03-10"], in: project)
            #expect(run5.status == 0)
            #expect(Self.snapshot(site) == before)
            let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
            #expect(!beside.contains { $0.hasPrefix(".site.staging") || $0.hasPrefix(".site.old") }, "\(beside)")
        }
    }
}

/// Collects `href` attributes, `<id>` and `<loc>` texts of a feed or sitemap.
final class URLCollector: NSObject, XMLParserDelegate {
    var urls: [String] = []
    private var text = ""
    private var inURLElement = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if let href = attributes["href"] { urls.append(href) }
        inURLElement = name == "loc" || name == "id"
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inURLElement { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if inURLElement { urls.append(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        inURLElement = false
    }
}
