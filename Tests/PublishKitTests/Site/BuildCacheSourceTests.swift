import Foundation
import Testing
@testable import PublishSite
import PublishCore

/// A rebuild takes a notice's digest from the manifest, without reading the file, only when the
/// file is the same one the last build found, unchanged, and older than that build by more than a
/// second; every kind of edit makes it read the file again.
@Suite struct BuildCacheSourceTests {
    struct Folder {
        let path = NSTemporaryDirectory() + "cache-source-\(UUID().uuidString)"
        var notice: String { path + "/content/a.md" }
        var cache: String { path + "/.site.cache" }
        var output: String { path + "/site" }

        init(text: String) throws {
            try FileManager.default.createDirectory(atPath: path + "/content", withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: notice))
        }

        /// A build's cache that records the notice (its output files aside) and saves the manifest.
        func record() -> UInt64 {
            let cache = BuildCache(folder: cache, output: output, fingerprint: 7)
            var source = BuildCache.SourceRecord(path: notice)!
            let bytes = [UInt8](FileManager.default.contents(atPath: notice)!)
            source.digest = cache.digest(path: notice, bytes: bytes)
            let summary = NoticeSummary(
                slug: "a", path: notice, title: "通报", issuer: nil, date: nil, disclosureStart: nil, disclosureEnd: nil,
                draft: false, lead: "", disclosureInfo: nil, indexNumberRange: nil, files: [], warnings: 0)
            cache.store(cache.key(digest: source.digest), summary: summary, from: output, source: source)
            cache.save()
            return source.digest
        }

        func known() -> UInt64? {
            BuildCache(folder: cache, output: output, fingerprint: 7).knownDigest(BuildCache.SourceRecord(path: notice)!)
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func anOldUnchangedFileIsTakenFromTheManifestAndEveryEditIsSeen() throws {
        let folder = try Folder(text: "第一稿\n")
        defer { folder.remove() }
        // Changed just before the build that recorded it: read again.
        let recent = folder.record()
        #expect(folder.known() == nil)
        sleep(2)
        let digest = folder.record()
        #expect(digest == recent)
        #expect(folder.known() == digest)

        // The same number of bytes written in place: new modification and change times.
        let descriptor = open(folder.notice, O_WRONLY)
        try #require(descriptor >= 0)
        _ = "第二稿\n".utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, "第二稿\n".utf8.count) }
        close(descriptor)
        #expect(folder.known() == nil)

        // Only the times changed (touch): still read again, though the digest would be the same.
        sleep(2)
        _ = folder.record()
        #expect(folder.known() != nil)
        #expect(utimes(folder.notice, nil) == 0)
        #expect(folder.known() == nil)

        // Replaced by another file (a new inode), as editors save.
        sleep(2)
        _ = folder.record()
        try Data("第三稿\n".utf8).write(to: URL(fileURLWithPath: folder.notice), options: .atomic)
        #expect(folder.known() == nil)
    }
}
