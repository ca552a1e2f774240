import Foundation
import Testing
@testable import PublishSite

/// `SitePatch` brings an output folder to the new site in place: what the new site lacks is
/// removed (links never followed), the staged files replace the old ones, and a patch stopped at
/// any point is finished by the next build's recovery.
@Suite struct SitePatchTests {
    /// A temporary folder with `output/`, `patch/` and `outside/` (a link in the output points there).
    struct Layout {
        let base: String
        var output: String { base + "/output" }
        var patch: String { base + "/patch" }
        var outside: String { base + "/outside" }

        init() throws {
            base = NSTemporaryDirectory() + "site-patch-\(UUID().uuidString)"
            // The previous site: two notices, the listing, a stylesheet; and what a person left in it.
            try write([
                "index.html": "old listing",
                "assets/screen.css": "old css",
                "notices/a/index.html": "a page",
                "notices/a/a.txt": "a text",
                "notices/a/stray.txt": "left by hand",
                "notices/b/index.html": "b page",
                "notices/b/b.txt": "b text",
                "feed.xml/keep": "a folder where the new site has a file",
                "years": "a file where the new site has a folder",
            ], in: output)
            try write(["secret.txt": "outside the site"], in: outside)
            try FileManager.default.createSymbolicLink(atPath: output + "/notices/escape", withDestinationPath: outside)
            // The new site's changed files: the listing, a new notice c, a feed, a year page.
            try write([
                "index.html": "new listing",
                "notices/c/index.html": "c page",
                "notices/c/c.txt": "c text",
                "feed.xml": "feed",
                "years/2025/index.html": "year",
            ], in: patch)
        }

        /// What the new site keeps from the output without staging it again.
        static let kept: Set<String> = ["assets/screen.css", "notices/a/index.html", "notices/a/a.txt"]
        static let staged = ["feed.xml", "index.html", "notices/c/c.txt", "notices/c/index.html", "years/2025/index.html"]
        static let expected: [String: String] = [
            "index.html": "new listing",
            "assets/screen.css": "old css",
            "notices/a/index.html": "a page",
            "notices/a/a.txt": "a text",
            "notices/c/index.html": "c page",
            "notices/c/c.txt": "c text",
            "feed.xml": "feed",
            "years/2025/index.html": "year",
        ]

        func write(_ files: [String: String], in root: String) throws {
            for (relative, text) in files {
                let url = URL(fileURLWithPath: root + "/" + relative)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        /// Every file and link under `root` with its text (a link as `-> target`).
        func contents(_ root: String) -> [String: String] {
            var result: [String: String] = [:]
            for relative in DirectoryEntries.files(under: root) {
                let path = root + "/" + relative
                if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                    result[relative] = "-> " + target
                } else {
                    result[relative] = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
                }
            }
            return result
        }

        func remove() { try? FileManager.default.removeItem(atPath: base) }
    }

    @Test func removalsAreWhatTheNewSiteLacksAndLinksAreNotEntered() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let removals = SitePatch.removals(in: layout.output, keeping: Layout.kept.union(Layout.staged))
        #expect(removals == [
            .init(path: "feed.xml", kind: .folder),
            .init(path: "notices/a/stray.txt", kind: .file),
            .init(path: "notices/b", kind: .folder),
            .init(path: "notices/escape", kind: .other),
            .init(path: "years", kind: .file),
        ])
    }

    @Test func applyLeavesExactlyTheNewSiteAndNothingOutsideChanges() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let keptInode = try inode(layout.output + "/notices/a/index.html")
        let removals = SitePatch.removals(in: layout.output, keeping: Layout.kept.union(Layout.staged))
        try SitePatch.apply(folder: layout.patch, removals: removals, files: Layout.staged, to: layout.output)
        #expect(layout.contents(layout.output) == Layout.expected)
        #expect(layout.contents(layout.patch) == [:])
        #expect(layout.contents(layout.outside) == ["secret.txt": "outside the site"])
        // A kept file is the same file, not a copy.
        #expect(try inode(layout.output + "/notices/a/index.html") == keptInode)
    }

    /// The patch stopped after `done` of its steps (removals, then moves), as a killed build
    /// leaves it; the recovery a next build runs finishes it.
    @Test(arguments: 0...10) func aPatchStoppedAtAnyStepIsFinishedByRecovery(done: Int) throws {
        let layout = try Layout()
        defer { layout.remove() }
        let removals = SitePatch.removals(in: layout.output, keeping: Layout.kept.union(Layout.staged))
        try SitePatch.writeJournal(removals, for: layout.patch)
        let steps = removals.count + Layout.staged.count
        #expect(steps == 10)
        try SitePatch.apply(
            folder: layout.patch, removals: Array(removals.prefix(done)),
            files: Array(Layout.staged.prefix(max(0, done - removals.count))), to: layout.output)
        SitePatch.recover(folder: layout.patch, output: layout.output)
        #expect(layout.contents(layout.output) == Layout.expected)
        #expect(!FileManager.default.fileExists(atPath: layout.patch))
        #expect(!FileManager.default.fileExists(atPath: layout.patch + ".json"))
        #expect(layout.contents(layout.outside) == ["secret.txt": "outside the site"])
    }

    /// A patch folder whose journal was never written was never started: the output stays as it was.
    @Test func aPatchFolderWithoutItsJournalIsOnlyRemoved() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let before = layout.contents(layout.output)
        SitePatch.recover(folder: layout.patch, output: layout.output)
        #expect(layout.contents(layout.output) == before)
        #expect(!FileManager.default.fileExists(atPath: layout.patch))
    }

    @Test func theFirstFolderThatCannotBeWrittenIsNamed() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(SitePatch.unwritableFolder(for: Layout.staged, in: layout.output) == nil)
        guard getuid() != 0 else { return }  // root writes anywhere
        chmod(layout.output + "/notices", 0o555)
        defer { chmod(layout.output + "/notices", 0o755) }
        #expect(SitePatch.unwritableFolder(for: ["index.html", "notices/c/index.html"], in: layout.output) == layout.output + "/notices")
    }

    private func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        try #require(lstat(path, &info) == 0)
        return UInt64(info.st_ino)
    }
}
