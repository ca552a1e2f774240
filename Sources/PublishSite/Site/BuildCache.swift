import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The rebuild cache beside the output (`.<output>.cache/`): for each notice whose bytes, path and
/// build settings are unchanged, the files of its folder and its summary, so a rebuild hard-links
/// them instead of parsing, checking and rendering again.
///
/// The key of a notice is a hash of its path and bytes and of the build's fingerprint: the binary
/// (version, size, modification time), every template and asset, the configuration, the `--now`
/// date, the base URL and the drafts flag. Anything else changing changes the key, so a cached
/// build is byte-identical to an uncached one (a test holds it to that).
package final class BuildCache: @unchecked Sendable {
    let folder: String
    private let fingerprint: UInt64
    private let lock = NSLock()
    private var used: Set<String> = []

    init(folder: String, fingerprint: UInt64) {
        self.folder = folder
        self.fingerprint = fingerprint
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func key(path: String, bytes: [UInt8]) -> String {
        var hash = Hash64()
        hash.add(fingerprint)
        hash.add(path)
        hash.add(bytes)
        return hash.hex
    }

    /// The cache's file for `name` of the entry `key`: entries are flat, `KEY.summary.json` and
    /// `KEY.NAME` for each file, so storing one makes no folder (on ext4 a new folder or inode
    /// costs more than rendering the notice's text; hard links cost neither).
    func path(_ key: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent("\(key).\(name)")
    }

    /// The cached summary of `key`, and the path of each of its files (by name), if complete.
    func lookup(_ key: String) -> (summary: NoticeSummary, file: (String) -> String)? {
        guard let data = FileManager.default.contents(atPath: path(key, "summary.json")),
            let summary = try? JSONDecoder().decode(NoticeSummary.self, from: data)
        else { return nil }
        guard summary.files.allSatisfy({ FileManager.default.fileExists(atPath: path(key, $0)) }) else {
            return nil
        }
        lock.withLock { _ = used.insert(key) }
        return (summary, { self.path(key, $0) })
    }

    /// Stores a notice's files (already written under `source`, hard-linked from there: nothing is
    /// read back) and then its summary under `key`; the summary comes last, so an interrupted
    /// store leaves no entry that `lookup` takes.
    func store(_ key: String, summary: NoticeSummary, from source: String) {
        let fileManager = FileManager.default
        let summaryPath = path(key, "summary.json")
        let temporary = ".tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        do {
            for name in summary.files {
                let destination = path(key, name)
                try BuildCache.link((source as NSString).appendingPathComponent(name), to: destination + temporary)
                guard rename(destination + temporary, destination) == 0 else { throw CocoaError(.fileWriteUnknown) }
            }
            try JSONEncoder().encode(summary).write(to: URL(fileURLWithPath: summaryPath + temporary))
            guard rename(summaryPath + temporary, summaryPath) == 0 else { throw CocoaError(.fileWriteUnknown) }
            lock.withLock { _ = used.insert(key) }
        } catch {
            // A cache that cannot be written only costs speed.
            for name in summary.files { unlink(path(key, name) + temporary) }
            unlink(summaryPath + temporary)
        }
    }

    /// Removes the files of the entries this build did not use (and anything else in the folder,
    /// such as the folders of the earlier layout or a store that was interrupted).
    func prune() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let keep = lock.withLock { used }
        for name in names {
            let key = name.prefix { $0 != "." }
            if keep.contains(String(key)), !name.contains(".tmp-") { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// A hard link where possible (same file system), else a copy.
    static func link(_ source: String, to destination: String) throws {
        if Foundation.link(source, destination) == 0 { return }
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }
}

/// FNV-1a, 64 bits: the cache needs a stable content hash, not a cryptographic one.
package struct Hash64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        add(separator: 0xFF)
    }

    mutating func add(_ text: String) { add(text.utf8) }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    private mutating func add(separator: UInt8) {
        value ^= UInt64(separator)
        value = value &* 0x100_0000_01b3
    }

    var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
