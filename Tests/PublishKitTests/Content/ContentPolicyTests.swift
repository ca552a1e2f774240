import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `ContentPolicy` on real folders: which files are notices, what a link under the content folder
/// becomes at each severity the site can give it, and which notices are published.
@Suite struct ContentPolicyTests {
    /// A scratch folder with `content/` (two notices, a hidden one, a text file, a link to a notice
    /// outside and a link to a folder) and `outside/`.
    static func withContent(_ body: (URL) throws -> Void) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publish-policy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = [
            "content/a.md": "a", "content/2025/b.md": "b", "content/.hidden.md": "h", "content/.drafts/c.md": "c",
            "content/notes.txt": "t", "outside/leak.md": "l", "outside/folder/d.md": "d",
        ]
        for (path, text) in files {
            let url = scratch.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.appendingPathComponent("content/leak.md").path, withDestinationPath: "../outside/leak.md")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.appendingPathComponent("content/more").path, withDestinationPath: "../outside/folder")
        try body(scratch)
    }

    @Test func noticesAreTheMarkdownFilesUnderTheFolderNotHiddenAndNotBehindALink() throws {
        try Self.withContent { scratch in
            let content = scratch.appendingPathComponent("content").path
            let listing = try ContentPolicy(configuration: PublishConfiguration()).list([content])
            #expect(listing.files == [content + "/2025/b.md", content + "/a.md"])
        }
    }

    /// The site's severity for `parse/symlink` (nil: not configured) → each link's finding and
    /// whether the run is refused.
    @Test(
        arguments: [
            (nil, Severity?.some(.warning), false),
            ("warning", .warning, false),
            ("note", .note, false),
            ("error", .error, true),
            ("off", nil, false),
        ] as [(String?, Severity?, Bool)])
    func aLinkUnderTheFolderIsAFindingAtTheSitesSeverity(configured: String?, expected: Severity?, refused: Bool) throws
    {
        try Self.withContent { scratch in
            var configuration = PublishConfiguration()
            if let configured {
                let file = scratch.appendingPathComponent("publish.yml")
                try Data("rules:\n  parse/symlink: \(configured)\n".utf8).write(to: file)
                configuration = try ConfigurationLoader.load(path: file.path)
            }
            let content = scratch.appendingPathComponent("content").path
            let listing = try ContentPolicy(configuration: configuration).list([content])
            let links = [content + "/leak.md", content + "/more"]
            if let expected {
                #expect(listing.findings.map(\.file) == links)
                #expect(listing.findings.allSatisfy { $0.rule == "parse/symlink" && $0.severity == expected })
            } else {
                #expect(listing.findings.isEmpty)
            }
            #expect(listing.refusesTheRun == refused)
            #expect(!listing.files.contains { $0.hasSuffix("leak.md") || $0.contains("/more/") }, "a link was followed")
        }
    }

    @Test func aFileNamedOnTheCommandLineIsFollowedEvenThroughALink() throws {
        try Self.withContent { scratch in
            let link = scratch.appendingPathComponent("content/leak.md").path
            let listing = try ContentPolicy(configuration: PublishConfiguration()).list([link])
            #expect(listing.files == [link])
            #expect(listing.findings.isEmpty)
        }
    }

    @Test(arguments: [
        (ContentPolicy.Drafts.leftOut, false, true),
        (.leftOut, true, false),
        (.published, false, true),
        (.published, true, true),
    ])
    func draftsArePublishedOnlyWhenAskedFor(drafts: ContentPolicy.Drafts, draft: Bool, published: Bool) {
        #expect(
            ContentPolicy(configuration: PublishConfiguration(), drafts: drafts).publishes(draft: draft) == published)
    }

    @Test func aMissingPathIsAnErrorThatNamesIt() throws {
        let error = #expect(throws: ContentFiles.Error.self) {
            try ContentPolicy(configuration: PublishConfiguration()).list(["/no/such/content-folder"])
        }
        #expect(error?.description == "/no/such/content-folder: no such file or folder")
    }
}
