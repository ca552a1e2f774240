import Foundation
import Testing

/// A rebuild keeps the listing pages whose notices it shows did not change and renders the
/// others again: after each kind of change (a notice's text, title, date, issuer, a notice
/// deleted, added, made a draft and published again) the cached build is byte for byte the build
/// without the cache, and a page nothing changed on is the same file as before.
@Suite(.serialized) struct BuildCacheListingTests {
    static func edit(_ project: URL, _ notice: String, _ change: (String) -> String) throws {
        let file = project.appendingPathComponent("content/batch/\(notice).md")
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    /// A cached build after a change, held to the build without the cache; the cache is filled
    /// again after. Returns the site and which of `watched` (paths in it) the cached build wrote
    /// anew rather than kept.
    static func expectSameAsUncached(
        _ project: URL, _ what: String, watching watched: [String] = []
    ) throws -> (site: [String: Data], rewritten: Set<String>) {
        let before = try watched.map { try BuildCacheTests.inode(project, $0) }
        let cached = try BuildCacheTests.build(project)
        let after = try watched.map { try BuildCacheTests.inode(project, $0) }
        let uncached = try BuildCacheTests.build(project, ["--no-cache"])
        #expect(cached == uncached, "\(what): \(cached.keys.filter { cached[$0] != uncached[$0] }.sorted())")
        _ = try BuildCacheTests.build(project)  // refill the cache
        return (cached, Set(watched.indices.filter { before[$0] != after[$0] }.map { watched[$0] }))
    }

    @Test func everyKindOfChangeEndsAsTheBuildWithoutTheCache() throws {
        try BuildCommandTests.withProject(try BuildCacheTests.variants()) { project in
            let first = try BuildCacheTests.build(project)
            let years = first.keys.filter { $0.hasPrefix("years/") }.sorted()
            let issuers = first.keys.filter { $0.hasPrefix("issuers/") && $0.hasSuffix("/index.html") }.sorted()
            #expect(!years.isEmpty && issuers.count == 4)
            let listings = ["index.html"] + years + issuers

            // The text of a notice: no listing shows it, every listing page is kept.
            try Self.edit(project, "n3") { $0.replacingOccurrences(of: "坚决贯彻落实", with: "坚决全面贯彻落实") }
            let afterText = try Self.expectSameAsUncached(project, "text", watching: listings)
            #expect(afterText.site != first)
            #expect(afterText.rewritten.isEmpty)

            // The title, the date, the issuer: the home page, the notice's year and issuer pages.
            try Self.edit(project, "n3") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 新的标题：") }
            let afterTitle = try Self.expectSameAsUncached(project, "title", watching: listings)
            #expect(afterTitle.rewritten.contains("index.html") && afterTitle.rewritten.count == 3)
            #expect(afterTitle.site["index.html"] != afterText.site["index.html"])
            try Self.edit(project, "n4") { $0.replacingOccurrences(of: #"date: 2025-03-0\d"#, with: "date: 2025-03-02", options: .regularExpression) }
            _ = try Self.expectSameAsUncached(project, "date")
            try Self.edit(project, "n5") { $0.replacingOccurrences(of: #"issuer: 中共某某区委员会\d"#, with: "issuer: 中共另一个区委员会", options: .regularExpression) }
            let afterIssuer = try Self.expectSameAsUncached(project, "issuer")
            #expect(afterIssuer.site.keys.filter { $0.hasPrefix("issuers/") && $0.hasSuffix("/index.html") }.count == 5)

            // Deleted, added, a draft, published again.
            let deleted = project.appendingPathComponent("content/batch/n6.md")
            let text = try String(contentsOf: deleted, encoding: .utf8)
            try FileManager.default.removeItem(at: deleted)
            let afterDelete = try Self.expectSameAsUncached(project, "deleted")
            #expect(afterDelete.site["notices/batch/n6/index.html"] == nil)
            try text.write(to: project.appendingPathComponent("content/batch/n12.md"), atomically: true, encoding: .utf8)
            let afterAdd = try Self.expectSameAsUncached(project, "added")
            #expect(afterAdd.site["notices/batch/n12/index.html"] != nil)
            try Self.edit(project, "n12") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ndraft: true\ntitle: ") }
            let afterDraft = try Self.expectSameAsUncached(project, "draft")
            #expect(afterDraft.site["notices/batch/n12/index.html"] == nil)
            try Self.edit(project, "n12") { $0.replacingOccurrences(of: "\ndraft: true\n", with: "\n") }
            let republished = try Self.expectSameAsUncached(project, "published again")
            #expect(republished.site == afterAdd.site)

            // A listing page edited by hand in the output is written again.
            try Data("hand-made".utf8).write(to: project.appendingPathComponent("site/index.html"))
            #expect(try BuildCacheTests.build(project) == republished.site)
            // Nothing changed: every file stays.
            let before = try BuildCacheTests.inode(project, "index.html")
            #expect(try BuildCacheTests.build(project) == republished.site)
            #expect(try BuildCacheTests.inode(project, "index.html") == before)
        }
    }

    /// Listings split into pages (`pageSize:`): a title changed on the last page changes that
    /// page only among the home page's pages; the build without the cache agrees.
    @Test func pagedListingsAreKeptPageByPage() throws {
        var files = try BuildCacheTests.variants()
        files["publish.yml"] = "pageSize: 5\n"
        try BuildCommandTests.withProject(files) { project in
            _ = try BuildCacheTests.build(project)
            let pages = ["index.html", "page/2/index.html", "page/3/index.html"]
            // The oldest notice (2025-03-01) is on the last page.
            try Self.edit(project, "n0") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 改：") }
            let changed = try Self.expectSameAsUncached(project, "paged title", watching: pages)
            #expect(changed.rewritten == ["page/3/index.html"])
        }
    }
}
