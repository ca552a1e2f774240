import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The rebuild cache: for each notice whose bytes, path and build settings are unchanged, its
/// summary and the files of its folder in the previous build's output, so a rebuild hard-links
/// those files instead of parsing, checking and rendering again.
///
/// The cache is one file, `.<output>.cache/manifest.json`, written after the output is swapped in:
/// each key with the notice's summary and the identity of each of its files in the output (inode,
/// size, modification time, all kept by the hard links and renames a build makes). A file that is
/// not the one recorded (a build without the cache in between, an edit by hand) is a miss. So
/// writing the cache copies, links and re-reads nothing: a first build with the cache costs one
/// small file more than a build without.
///
/// The key of a notice is a hash of its path and bytes and of the build's fingerprint: the binary
/// (version, size, modification time), every template and asset, the configuration, the `--now`
/// date, the base URL and the drafts flag. Anything else changing changes the key, so a cached
/// build is byte-identical to an uncached one (a test holds it to that).
package final class BuildCache: @unchecked Sendable {
    /// A file of a cached notice as the output holds it.
    struct FileIdentity: Codable, Equatable {
        var inode: UInt64
        var size: Int64
        var seconds: Int64
        var nanoseconds: Int64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
        }
    }

    struct Entry: Codable {
        var summary: NoticeSummary
        var files: [FileIdentity]
    }

    struct Manifest: Codable {
        var entries: [String: Entry]
    }

    let folder: String
    /// The output folder the manifest's files are in (the previous build's, until the next swap).
    let output: String
    private let fingerprint: UInt64
    private let previous: [String: Entry]
    private let lock = NSLock()
    /// The entries of this build, written as the manifest when the build succeeds.
    private var current: [String: Entry] = [:]

    init(folder: String, output: String, fingerprint: UInt64) {
        self.folder = folder
        self.output = output
        self.fingerprint = fingerprint
        let manifest = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("manifest.json"))
            .flatMap { try? JSONDecoder().decode(Manifest.self, from: $0) }
        previous = manifest?.entries ?? [:]
    }

    func key(path: String, bytes: [UInt8]) -> String {
        var hash = Hash64()
        hash.add(fingerprint)
        hash.add(path)
        hash.add(bytes)
        return hash.hex
    }

    /// Where the output holds file `name` of the notice with `slug`.
    private func outputPath(slug: String, name: String) -> String {
        (output as NSString).appendingPathComponent("notices/\(slug)/\(name)")
    }

    /// The cached summary of `key`, and the path of each of its files (by name), if every file is
    /// still the one the previous build wrote.
    func lookup(_ key: String) -> (summary: NoticeSummary, file: (String) -> String)? {
        guard let entry = previous[key], entry.files.count == entry.summary.files.count else { return nil }
        let slug = entry.summary.slug
        for (name, identity) in zip(entry.summary.files, entry.files)
        where FileIdentity(path: outputPath(slug: slug, name: name)) != identity {
            return nil
        }
        lock.withLock { current[key] = entry }
        return (entry.summary, { self.outputPath(slug: slug, name: $0) })
    }

    /// Records a notice just written under `source` (its folder in the staging site, which becomes
    /// the output): the identity of its files, nothing read.
    func store(_ key: String, summary: NoticeSummary, from source: String) {
        var files: [FileIdentity] = []
        for name in summary.files {
            guard let identity = FileIdentity(path: (source as NSString).appendingPathComponent(name)) else { return }
            files.append(identity)
        }
        lock.withLock { current[key] = Entry(summary: summary, files: files) }
    }

    /// Writes the manifest of this build (after its output was swapped in), replacing the last, and
    /// removes whatever else is in the folder (the per-notice files of earlier versions).
    func save() {
        let fileManager = FileManager.default
        try? fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let manifest = (folder as NSString).appendingPathComponent("manifest.json")
        let temporary = manifest + ".tmp-\(getpid())"
        do {
            let data = try lock.withLock { try JSONEncoder().encode(Manifest(entries: current)) }
            try data.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, manifest) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            // A cache that cannot be written only costs speed.
            unlink(temporary)
            unlink(manifest)
        }
        for name in (try? fileManager.contentsOfDirectory(atPath: folder)) ?? [] where name != "manifest.json" {
            try? fileManager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
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
