import Foundation
import Testing

/// The rebuild cache and parallel processing may change speed, never output: cached, uncached,
/// parallel and serial builds give byte-identical sites.
@Suite(.serialized) struct BuildCacheTests {
    static func build(_ project: URL, _ extra: [String] = []) throws -> [String: Data] {
        let result = try PublishBinary.run(["build", "--now", "2025-03-10", "--base-url", "https://example.cn/"] + extra, in: project)
        #expect(result.status == 0, "\(result.stderr)")
        return BuildCommandTests.snapshot(project.appendingPathComponent("site"))
    }

    static func variants() throws -> [String: String] {
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        var files: [String: String] = [:]
        for index in 0..<12 {
            files["content/batch/n\(index).md"] = reference
                .replacingOccurrences(of: "date: 2025-03-07", with: "date: 2025-03-0\(index % 7 + 1)")
                .replacingOccurrences(of: "issuer: 中共长春新区工作委员会", with: "issuer: 中共某某区委员会\(index % 3)")
        }
        return files
    }

    static func inode(_ project: URL, _ relative: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: project.appendingPathComponent("site/" + relative).path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    /// The cache is the previous output plus one manifest: an unchanged notice's files are the same
    /// files (hard links, same inode), an edited notice's are new, an output file edited by hand or
    /// rewritten by a build without the cache is not reused, and the cache folder holds only the
    /// manifest.
    @Test func unchangedNoticesAreLinkedFromThePreviousOutput() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            _ = try Self.build(project)
            #expect(try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent(".site.cache").path) == ["manifest"])
            let page = "notices/batch/n1/index.html"
            let before = try Self.inode(project, page)
            let edited = try Self.inode(project, "notices/batch/n3/n3.json")
            let notice = project.appendingPathComponent("content/batch/n3.md")
            let text = try String(contentsOf: notice, encoding: .utf8)
            try text.replacingOccurrences(of: "坚决贯彻落实", with: "坚决全面贯彻落实").write(to: notice, atomically: true, encoding: .utf8)
            let site = try Self.build(project)
            #expect(try Self.inode(project, page) == before)
            #expect(try Self.inode(project, "notices/batch/n3/n3.json") != edited)

            // A page changed by hand in the output is rendered again, not taken over.
            let path = project.appendingPathComponent("site/" + page)
            try Data("hand-made".utf8).write(to: path)
            let rebuilt = try Self.build(project)
            #expect(rebuilt == site)
            #expect(try Self.inode(project, page) != before)

            // A build without the cache in between: the next cached build renders again.
            let relinked = try Self.inode(project, page)
            _ = try Self.build(project, ["--no-cache"])
            let uncached = try Self.inode(project, page)
            #expect(uncached != relinked)
            #expect(try Self.build(project) == site)
            #expect(try Self.inode(project, page) != uncached)
            // And the build after that reuses again.
            let cached = try Self.inode(project, page)
            _ = try Self.build(project)
            #expect(try Self.inode(project, page) == cached)
        }
    }

    @Test func cachedAndUncachedBuildsAreIdenticalAfterEachKindOfChange() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            _ = try Self.build(project)
            let cacheFolder = project.appendingPathComponent(".site.cache")
            #expect(FileManager.default.fileExists(atPath: cacheFolder.path))
            // Unchanged: the cached build equals an uncached one.
            let cachedUnchanged = try Self.build(project)
            let uncachedUnchanged = try Self.build(project, ["--no-cache"])
            #expect(cachedUnchanged == uncachedUnchanged)
            _ = try Self.build(project)  // refill the cache

            // A notice edited.
            let notice = project.appendingPathComponent("content/batch/n3.md")
            let text = try String(contentsOf: notice, encoding: .utf8)
            try text.replacingOccurrences(of: "坚决贯彻落实", with: "坚决全面贯彻落实").write(to: notice, atomically: true, encoding: .utf8)
            let cachedAfterEdit = try Self.build(project)
            let uncachedAfterEdit = try Self.build(project, ["--no-cache"])
            #expect(cachedAfterEdit == uncachedAfterEdit)
            _ = try Self.build(project)

            // A template edited.
            let templates = project.appendingPathComponent("Templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            let block = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/notice.mustache"), encoding: .utf8)
            try block.replacingOccurrences(of: "<main id=\"content\">", with: "<main id=\"content\" class=\"changed\">")
                .write(to: templates.appendingPathComponent("notice.mustache"), atomically: true, encoding: .utf8)
            let cachedAfterTemplate = try Self.build(project)
            #expect(String(decoding: cachedAfterTemplate["notices/batch/n0/index.html"] ?? Data(), as: UTF8.self).contains("class=\"changed\""))
            let uncachedAfterTemplate = try Self.build(project, ["--no-cache"])
            #expect(cachedAfterTemplate == uncachedAfterTemplate)
            _ = try Self.build(project)

            // The configuration edited.
            try "title: 另一个站点\n".write(to: project.appendingPathComponent("publish.yml"), atomically: true, encoding: .utf8)
            let cachedAfterConfig = try Self.build(project)
            #expect(String(decoding: cachedAfterConfig["notices/batch/n0/index.html"] ?? Data(), as: UTF8.self).contains("另一个站点"))
            let uncachedAfterConfig = try Self.build(project, ["--no-cache"])
            #expect(cachedAfterConfig == uncachedAfterConfig)
        }
    }

    /// A site's own template and stylesheet, each edited twice in place: every rebuild shows the
    /// latest text, as a build without the cache does. (A cache keyed on the template's path, not
    /// its bytes, would keep the first edit's pages.)
    @Test func editingTheSameTemplateAndAssetTwiceChangesTheSiteEachTime() throws {
        let template = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/notice.mustache"), encoding: .utf8)
        let stylesheet = try String(contentsOf: Fixtures.root.appendingPathComponent("Templates/assets/screen.css"), encoding: .utf8)
        var files = try Self.variants()
        files["Templates/notice.mustache"] = template
        files["Templates/assets/screen.css"] = stylesheet
        try BuildCommandTests.withProject(files) { project in
            let templateFile = project.appendingPathComponent("Templates/notice.mustache")
            let stylesheetFile = project.appendingPathComponent("Templates/assets/screen.css")
            var previous = try Self.build(project)
            for edit in ["first", "second"] {
                try template.replacingOccurrences(of: "<main id=\"content\">", with: "<main id=\"content\" class=\"\(edit)\">")
                    .write(to: templateFile, atomically: true, encoding: .utf8)
                let afterTemplate = try Self.build(project)
                for index in 0..<12 {
                    let page = String(decoding: afterTemplate["notices/batch/n\(index)/index.html"] ?? Data(), as: UTF8.self)
                    #expect(page.contains("<main id=\"content\" class=\"\(edit)\">"), "n\(index) after the \(edit) template edit")
                }
                #expect(afterTemplate != previous)
                #expect(afterTemplate == (try Self.build(project, ["--no-cache"])))
                _ = try Self.build(project)  // refill the cache

                try (stylesheet + "\n.\(edit) { color: #000; }\n").write(to: stylesheetFile, atomically: true, encoding: .utf8)
                let afterStylesheet = try Self.build(project)
                let css = String(decoding: afterStylesheet["assets/screen.css"] ?? Data(), as: UTF8.self)
                #expect(css.hasSuffix(".\(edit) { color: #000; }\n"), "screen.css after the \(edit) edit")
                #expect(afterStylesheet == (try Self.build(project, ["--no-cache"])))
                _ = try Self.build(project)
                previous = afterStylesheet
            }
        }
    }

    /// A rebuild with the cache patches the output in place: an unchanged notice keeps its files,
    /// and what the new site lacks is removed (a deleted notice, files left by hand, a link, never
    /// followed), so the output is the site a build without the cache makes.
    @Test func aPatchedRebuildLeavesExactlyTheSiteAnUncachedBuildMakes() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            let outside = project.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try Data("keep".utf8).write(to: outside.appendingPathComponent("secret.txt"))
            _ = try Self.build(project)
            let kept = try Self.inode(project, "notices/batch/n1/index.html")
            let site = project.appendingPathComponent("site")
            try Data("stray".utf8).write(to: site.appendingPathComponent("stray.html"))
            try Data("stray".utf8).write(to: site.appendingPathComponent("notices/batch/n1/extra.txt"))
            try FileManager.default.createSymbolicLink(
                at: site.appendingPathComponent("notices/escape"), withDestinationURL: outside)
            try FileManager.default.removeItem(at: project.appendingPathComponent("content/batch/n5.md"))
            let notice = project.appendingPathComponent("content/batch/n3.md")
            let text = try String(contentsOf: notice, encoding: .utf8)
            try text.replacingOccurrences(of: "坚决贯彻落实", with: "坚决全面贯彻落实").write(to: notice, atomically: true, encoding: .utf8)

            let patched = try Self.build(project)
            #expect(try Self.inode(project, "notices/batch/n1/index.html") == kept)
            #expect(patched["notices/batch/n5/index.html"] == nil)
            #expect(patched["stray.html"] == nil && patched["notices/batch/n1/extra.txt"] == nil)
            #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("notices/escape").path))
            #expect(FileManager.default.contents(atPath: outside.appendingPathComponent("secret.txt").path) == Data("keep".utf8))
            #expect(patched == (try Self.build(project, ["--no-cache"])))
            let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
            #expect(!beside.contains { $0.contains(".patch-") || $0.contains(".staging-") }, "\(beside)")
        }
    }

    /// A build killed while it patched the output leaves the patch folder and its journal (the
    /// removals, as JSON): the next build finishes that patch first, even when it then fails itself.
    @Test func theNextBuildFinishesAPatchAKilledBuildLeft() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            let before = try Self.build(project)
            #expect(before["feed.xml"] != nil)
            let patch = project.appendingPathComponent(".site.patch-99999")
            try FileManager.default.createDirectory(at: patch.appendingPathComponent("notices/batch/n2"), withIntermediateDirectories: true)
            try Data("patched".utf8).write(to: patch.appendingPathComponent("index.html"))
            try Data("patched".utf8).write(to: patch.appendingPathComponent("notices/batch/n2/index.html"))
            try Data(#"[{"path":"feed.xml","kind":"file"}]"#.utf8).write(to: project.appendingPathComponent(".site.patch-99999.json"))
            try "---\ntitle: 坏\n---\n## 一、某某情况\n".write(
                to: project.appendingPathComponent("content/broken.md"), atomically: true, encoding: .utf8)
            let failed = try PublishBinary.run(["build", "--now", "2025-03-10", "--base-url", "https://example.cn/"], in: project)
            #expect(failed.status == 1)
            var expected = before
            expected["index.html"] = Data("patched".utf8)
            expected["notices/batch/n2/index.html"] = Data("patched".utf8)
            expected["feed.xml"] = nil
            #expect(BuildCommandTests.snapshot(project.appendingPathComponent("site")) == expected)
            let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
            #expect(!beside.contains { $0.contains(".patch-") }, "\(beside)")
            // The next good build repairs what the cache no longer recognises.
            try FileManager.default.removeItem(at: project.appendingPathComponent("content/broken.md"))
            #expect(try Self.build(project) == before)
        }
    }

    /// Outputs a patch must not take at face value (found by an adversarial review): files reached
    /// through a link back from outside, a damaged manifest, slugs that need one path as a file and
    /// a folder. Each cached build ends as the build without the cache does.
    @Test func aRebuildOverAnOddOutputEndsAsABuildWithoutTheCache() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            _ = try Self.build(project)
            // The notices' folder moved out and linked back.
            let site = project.appendingPathComponent("site")
            let outside = project.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: site.appendingPathComponent("notices/batch"), to: outside.appendingPathComponent("batch"))
            try FileManager.default.createSymbolicLink(
                at: site.appendingPathComponent("notices/batch"), withDestinationURL: outside.appendingPathComponent("batch"))
            let relinked = try Self.build(project)
            #expect(relinked.keys.filter { $0.hasPrefix("notices/batch/") }.count == 48)
            #expect(relinked == (try Self.build(project, ["--no-cache"])))
            #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("batch/n1/index.html").path))

            // A manifest whose header and lines are damaged: a build, not a crash.
            _ = try Self.build(project)
            let manifest = project.appendingPathComponent(".site.cache/manifest")
            var text = try String(contentsOf: manifest, encoding: .utf8)
            text = text.replacingOccurrences(of: #"publish-manifest 3\t\d+"#, with: "publish-manifest 3\t-9223372036854775808", options: .regularExpression)
            try text.write(to: manifest, atomically: true, encoding: .utf8)
            #expect(try Self.build(project) == relinked)
            var lines = try String(contentsOf: manifest, encoding: .utf8).components(separatedBy: "\n")
            lines = lines.map { $0.replacingOccurrences(of: #"\+2025-03-0\d"#, with: "+2025-13-45", options: .regularExpression) }
            try lines.joined(separator: "\n").write(to: manifest, atomically: true, encoding: .utf8)
            #expect(try Self.build(project) == relinked)

            // Two slugs, one of which is a file of the other's folder: refused as without the cache.
            let first = project.appendingPathComponent("content/batch/n0.md")
            let second = project.appendingPathComponent("content/batch/n1.md")
            try (try String(contentsOf: first, encoding: .utf8)).replacingOccurrences(of: "\ndate: ", with: "\nslug: a\ndate: ")
                .write(to: first, atomically: true, encoding: .utf8)
            let before = try Self.build(project)
            try (try String(contentsOf: second, encoding: .utf8)).replacingOccurrences(of: "\ndate: ", with: "\nslug: a/index.html\ndate: ")
                .write(to: second, atomically: true, encoding: .utf8)
            let cached = try PublishBinary.run(["build", "--now", "2025-03-10", "--base-url", "https://example.cn/"], in: project)
            #expect(cached.status == 2, "\(cached.stderr)")
            #expect(BuildCommandTests.snapshot(site) == before)
            let uncached = try PublishBinary.run(["build", "--now", "2025-03-10", "--base-url", "https://example.cn/", "--no-cache"], in: project)
            #expect(uncached.status == 2, "\(uncached.stderr)")
            #expect(BuildCommandTests.snapshot(site) == before)
        }
    }

    /// Two issuers whose listing pages share a path (their ids collide): the pages are rendered at
    /// once but written in order, so every build writes the same one.
    @Test func listingPagesThatShareAPathAreWrittenInOrder() throws {
        var files = try Self.variants()
        for index in 0..<12 {
            files["content/batch/n\(index).md"] = files["content/batch/n\(index).md"]!.replacingOccurrences(
                of: #"issuer: 中共某某区委员会\d"#, with: index == 0 ? "issuer: 中共某某区第29089委员会" : "issuer: 中共某某区第881294委员会",
                options: .regularExpression)
        }
        try BuildCommandTests.withProject(files) { project in
            let first = try Self.build(project, ["--no-cache"])
            for _ in 0..<4 { #expect(try Self.build(project, ["--no-cache"]) == first) }
        }
    }

    /// A binary started by its name on PATH is still part of the cache key: a new binary (here the
    /// same one, modified later) renders every notice again.
    @Test func aNewBinaryFoundOnThePathRendersAgain() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            let bin = project.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let copy = bin.appendingPathComponent("publish")
            try FileManager.default.copyItem(at: PublishBinary.url, to: copy)
            func build() throws {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "PATH=\"$1:$PATH\" exec publish build --now 2025-03-10", "sh", bin.path]
                process.currentDirectoryURL = project
                process.standardError = FileHandle.nullDevice
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            try build()
            let page = "notices/batch/n1/index.html"
            let first = try Self.inode(project, page)
            try build()
            #expect(try Self.inode(project, page) == first)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: copy.path)
            try build()
            #expect(try Self.inode(project, page) != first)
        }
    }

    @Test func parallelAndSerialBuildsAreIdentical() throws {
        try BuildCommandTests.withProject(try Self.variants()) { project in
            let parallel = try Self.build(project, ["--no-cache"])
            let serial = try Self.build(project, ["--no-cache", "--serial"])
            #expect(parallel.count > 40)
            #expect(parallel == serial)
        }
    }
}
