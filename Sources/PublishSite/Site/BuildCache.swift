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

    /// The cached summary of `key`, with its files' folder, if complete.
    func lookup(_ key: String) -> (summary: NoticeSummary, files: String)? {
        let entry = (folder as NSString).appendingPathComponent(key)
        guard let data = FileManager.default.contents(atPath: (entry as NSString).appendingPathComponent("summary.json")),
            let summary = try? JSONDecoder().decode(NoticeSummary.self, from: data)
        else { return nil }
        let files = (entry as NSString).appendingPathComponent("files")
        guard summary.files.allSatisfy({ FileManager.default.fileExists(atPath: (files as NSString).appendingPathComponent($0)) }) else {
            return nil
        }
        lock.withLock { _ = used.insert(key) }
        return (summary, files)
    }

    /// Stores a notice's files (already written under `source`) and summary under `key`.
    func store(_ key: String, summary: NoticeSummary, from source: String) {
        let entry = (folder as NSString).appendingPathComponent(key)
        let temporary = entry + ".tmp-\(getpid())"
        let fileManager = FileManager.default
        try? fileManager.removeItem(atPath: temporary)
        do {
            let files = (temporary as NSString).appendingPathComponent("files")
            try fileManager.createDirectory(atPath: files, withIntermediateDirectories: true)
            for name in summary.files {
                try BuildCache.link((source as NSString).appendingPathComponent(name), to: (files as NSString).appendingPathComponent(name))
            }
            try JSONEncoder().encode(summary).write(to: URL(fileURLWithPath: (temporary as NSString).appendingPathComponent("summary.json")))
            try? fileManager.removeItem(atPath: entry)
            try fileManager.moveItem(atPath: temporary, toPath: entry)
            lock.withLock { _ = used.insert(key) }
        } catch {
            // A cache that cannot be written only costs speed.
            try? fileManager.removeItem(atPath: temporary)
        }
    }

    /// Removes the entries this build did not use.
    func prune() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let keep = lock.withLock { used }
        for name in entries where !keep.contains(name) {
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
