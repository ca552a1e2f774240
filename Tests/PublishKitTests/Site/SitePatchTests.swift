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
        let removals = SitePatch.removals(in: layout.output, keeping: Layout.kept.union(Layout.staged), kept: Layout.kept)
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
        let removals = try #require(SitePatch.removals(in: layout.output, keeping: Layout.kept.union(Layout.staged), kept: Layout.kept))
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
        let removals = try #require(SitePatch.removals(in: layout.output, keeping: Layout.kept.union(Layout.staged), kept: Layout.kept))
        try SitePatch.writeJournal(removals, for: layout.patch)
        let steps = removals.count + Layout.staged.count
        #expect(steps == 10)
        try SitePatch.apply(
            folder: layout.patch, removals: Array(removals.prefix(done)),
            files: Array(Layout.staged.prefix(max(0, done - removals.count))), to: layout.output)
        try SitePatch.recover(folder: layout.patch, output: layout.output)
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
        try SitePatch.recover(folder: layout.patch, output: layout.output)
        #expect(layout.contents(layout.output) == before)
        #expect(!FileManager.default.fileExists(atPath: layout.patch))
    }

    @Test func theFirstFolderThatCannotBeWrittenIsNamed() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(SitePatch.unwritableFolder(for: Layout.staged, removing: [], in: layout.output) == nil)
        guard getuid() != 0 else { return }  // root writes anywhere
        chmod(layout.output + "/notices", 0o555)
        defer { chmod(layout.output + "/notices", 0o755) }
        #expect(SitePatch.unwritableFolder(for: ["index.html", "notices/c/index.html"], removing: [], in: layout.output) == layout.output + "/notices")
        // A folder inside a folder to be removed counts too.
        chmod(layout.output + "/notices", 0o755)
        try FileManager.default.createDirectory(atPath: layout.output + "/notices/b/locked", withIntermediateDirectories: true)
        chmod(layout.output + "/notices/b/locked", 0o555)
        defer { chmod(layout.output + "/notices/b/locked", 0o755) }
        #expect(SitePatch.unwritableFolder(for: [], removing: [.init(path: "notices/b", kind: .folder)], in: layout.output)
            == layout.output + "/notices/b/locked")
    }

    /// What a patch does not handle sends the build to a whole new site: a name that is not UTF-8,
    /// a kept file reached through a link, a path the new site needs both as a file and a folder.
    @Test func anOutputAPatchDoesNotHandleHasNoRemovals() throws {
        let layout = try Layout()
        defer { layout.remove() }
        let files = Layout.kept.union(Layout.staged)
        #expect(SitePatch.removals(in: layout.output, keeping: files.union(["index.html/x"]), kept: Layout.kept) == nil)

        // notices/a replaced by a link to a copy outside: its kept files are not the output's.
        try FileManager.default.moveItem(atPath: layout.output + "/notices/a", toPath: layout.outside + "/a")
        try FileManager.default.createSymbolicLink(atPath: layout.output + "/notices/a", withDestinationPath: layout.outside + "/a")
        #expect(SitePatch.removals(in: layout.output, keeping: files, kept: Layout.kept) == nil)
        try FileManager.default.removeItem(atPath: layout.output + "/notices/a")
        try FileManager.default.moveItem(atPath: layout.outside + "/a", toPath: layout.output + "/notices/a")
        #expect(SitePatch.removals(in: layout.output, keeping: files, kept: Layout.kept) != nil)

        let invalid = Array((layout.output + "/bad").utf8) + [0xFF, 0]
        let descriptor = invalid.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        try #require(descriptor >= 0)
        close(descriptor)
        #expect(SitePatch.removals(in: layout.output, keeping: files, kept: Layout.kept) == nil)
    }

    /// Names are compared byte for byte: a folder named with the Kelvin sign is not the new site's
    /// folder named with the letter K, though Swift's strings call them equal.
    @Test func aNameEqualOnlyAsAStringIsRemoved() throws {
        let layout = try Layout()
        defer { layout.remove() }
        try layout.write(["notices/\u{212A}x/index.html": "by hand"], in: layout.output)
        let removals = try #require(SitePatch.removals(
            in: layout.output, keeping: Layout.kept.union(Layout.staged).union(["notices/Kx/index.html"]), kept: Layout.kept))
        #expect(removals.contains(.init(path: "notices/\u{212A}x", kind: .folder)))
    }

    /// A journal is followed only along real folders of the output, never through a link, and
    /// never to `..`.
    @Test func recoveryNeverLeavesTheOutput() throws {
        let layout = try Layout()
        defer { layout.remove() }
        try layout.write(["b/index.html": "outside b"], in: layout.outside)
        try FileManager.default.removeItem(atPath: layout.output + "/notices/b")
        try FileManager.default.removeItem(atPath: layout.output + "/notices/escape")
        try FileManager.default.moveItem(atPath: layout.output + "/notices", toPath: layout.base + "/moved")
        try FileManager.default.createSymbolicLink(atPath: layout.output + "/notices", withDestinationPath: layout.outside)
        try SitePatch.writeJournal(
            [.init(path: "notices/b", kind: .folder), .init(path: "../outside/secret.txt", kind: .file),
             .init(path: "notices/secret.txt", kind: .file)],
            for: layout.patch)
        try SitePatch.recover(folder: layout.patch, output: layout.output)
        #expect(layout.contents(layout.outside) == ["secret.txt": "outside the site", "b/index.html": "outside b"])
    }

    private func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        try #require(lstat(path, &info) == 0)
        return UInt64(info.st_ino)
    }
}
