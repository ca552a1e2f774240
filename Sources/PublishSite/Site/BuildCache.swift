import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The rebuild cache: for each notice whose bytes, path and build settings are unchanged, its
/// summary and the files of its folder in the previous build's output, so a rebuild keeps those
/// files (a patched rebuild leaves them where they are; a whole new site hard-links them) instead
/// of parsing, checking and rendering again.
///
/// The cache is one file, `.<output>.cache/manifest`, written after the output is brought in: a
/// line per notice, its key and its entry (`ManifestLine`: the notice's summary and the identity
/// of each of its files in the output: inode, size, modification time, all kept by the hard links
/// and renames a build makes). A file that is not the one recorded (a build without the cache in
/// between, an edit by hand) is a miss. So writing the cache copies, links and re-reads nothing: a
/// first build with the cache costs one small file more than a build without. An entry is decoded
/// only when its key is looked up (on the worker that processes the notice), and the line of an
/// entry that was used again is written back as it was read.
///
/// The key of a notice is a hash of its path and bytes and of the build's fingerprint: the binary
/// (version, size, modification time), every template and asset, the configuration, the `--now`
/// date, the base URL and the drafts flag. Anything else changing changes the key, so a cached
/// build is byte-identical to an uncached one (a test holds it to that).
package final class BuildCache: @unchecked Sendable {
    /// A file of a cached notice as the output holds it.
    struct FileIdentity: Equatable {
        var inode: UInt64
        var size: Int64
        var seconds: Int64
        var nanoseconds: Int64

        init(inode: UInt64, size: Int64, seconds: Int64, nanoseconds: Int64) {
            self.inode = inode
            self.size = size
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
        }
    }

    struct Entry {
        var summary: NoticeSummary
        var files: [FileIdentity]
    }

    /// An entry of this build's manifest: the previous manifest's line (its bytes), or a new entry.
    private enum Recorded {
        case line(Range<Int>)
        case entry(Entry)
    }

    static let manifestName = "manifest"

    let folder: String
    /// The output folder the manifest's files are in (the previous build's, until it is patched or
    /// swapped).
    let output: String
    private let fingerprint: UInt64
    /// The previous manifest's bytes, and where each key's entry is in them.
    private let manifest: [UInt8]
    private let previous: [String: Range<Int>]
    private let lock = NSLock()
    /// The entries of this build, written as the manifest when the build succeeds.
    private var current: [String: Recorded] = [:]

    init(folder: String, output: String, fingerprint: UInt64) {
        self.folder = folder
        self.output = output
        self.fingerprint = fingerprint
        let path = (folder as NSString).appendingPathComponent(Self.manifestName)
        manifest = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        previous = Self.index(manifest)
    }

    /// Where each key's entry is in `manifest`: after the header, lines of 16 hexadecimal digits,
    /// a tab and the entry (whose fields escape their line breaks). A line of another shape is
    /// skipped; a manifest without the header is not read.
    private static func index(_ manifest: [UInt8]) -> [String: Range<Int>] {
        let header = Array((ManifestLine.header + "\n").utf8)
        guard manifest.starts(with: header) else { return [:] }
        var index: [String: Range<Int>] = [:]
        var start = header.count
        while start < manifest.count {
            let end = manifest[start...].firstIndex(of: UInt8(ascii: "\n")) ?? manifest.count
            if end - start > 17, manifest[start + 16] == UInt8(ascii: "\t") {
                index[String(decoding: manifest[start..<start + 16], as: UTF8.self)] = start + 17..<end
            }
            start = end + 1
        }
        return index
    }

    /// Whether the previous build left a manifest with notices in it.
    var hasPrevious: Bool { !previous.isEmpty }

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
        guard let range = previous[key],
              let entry = ManifestLine.entry(manifest[range]),
              entry.files.count == entry.summary.files.count
        else { return nil }
        let slug = entry.summary.slug
        for (name, identity) in zip(entry.summary.files, entry.files)
        where FileIdentity(path: outputPath(slug: slug, name: name)) != identity {
            return nil
        }
        lock.withLock { current[key] = .line(range) }
        return (entry.summary, { self.outputPath(slug: slug, name: $0) })
    }

    /// Records a notice just written under `source` (its folder in the staging site, whose files
    /// become the output's): the identity of its files, nothing read.
    func store(_ key: String, summary: NoticeSummary, from source: String) {
        var files: [FileIdentity] = []
        for name in summary.files {
            guard let identity = FileIdentity(path: (source as NSString).appendingPathComponent(name)) else { return }
            files.append(identity)
        }
        lock.withLock { current[key] = .entry(Entry(summary: summary, files: files)) }
    }

    /// Writes the manifest of this build (after its output was brought in), replacing the last,
    /// and removes whatever else is in the folder (the files of earlier versions).
    func save() {
        let fileManager = FileManager.default
        try? fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(Self.manifestName)
        let temporary = path + ".tmp-\(getpid())"
        do {
            var bytes = Array((ManifestLine.header + "\n").utf8)
            bytes.reserveCapacity(manifest.count + 4096)
            lock.withLock {
                for key in current.keys.sorted() {
                    switch current[key]! {
                    case .line(let range):
                        bytes += key.utf8
                        bytes.append(UInt8(ascii: "\t"))
                        bytes += manifest[range]
                        bytes.append(UInt8(ascii: "\n"))
                    case .entry(let entry):
                        ManifestLine.write(key: key, entry: entry, into: &bytes)
                    }
                }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            // A cache that cannot be written only costs speed.
            unlink(temporary)
            unlink(path)
        }
        for name in (try? fileManager.contentsOfDirectory(atPath: folder)) ?? [] where name != Self.manifestName {
            try? fileManager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// A hard link where possible (same file system), else a copy.
    static func link(_ source: String, to destination: String) throws {
        if Foundation.link(source, destination) == 0 { return }
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }
}

/// A stable 64-bit content hash (the cache needs one that is the same in every run, not a
/// cryptographic one): FNV-1a's multiply and xor over eight bytes at a time, each word mixed by a
/// rotation first, and the length, so that inputs of different lengths and orders differ.
package struct Hash64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(buffer: $0) }
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add(buffer: $0) }
    }

    /// Four lanes over 32 bytes at a time (a single chain of multiplies waits on itself), folded
    /// into one, then the last words, the tail and the length.
    private mutating func add(buffer: UnsafeRawBufferPointer) {
        func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        var offset = 0
        var result = value
        if buffer.count >= 32 {
            var lanes = (result, result ^ 0x6c62_272e_07bb_0142, result ^ 0x9e37_79b9_7f4a_7c15, result ^ 0x2545_f491_4f6c_dd1d)
            while offset + 32 <= buffer.count {
                lanes.0 = Self.mix(lanes.0, word(offset))
                lanes.1 = Self.mix(lanes.1, word(offset + 8))
                lanes.2 = Self.mix(lanes.2, word(offset + 16))
                lanes.3 = Self.mix(lanes.3, word(offset + 24))
                offset += 32
            }
            result = Self.mix(Self.mix(Self.mix(lanes.0, lanes.1), lanes.2), lanes.3)
        }
        while offset + 8 <= buffer.count {
            result = Self.mix(result, word(offset))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<buffer.count {
            tail |= UInt64(buffer[index]) << (8 * UInt64(index - offset))
        }
        result = Self.mix(result, tail)
        value = Self.mix(result, UInt64(buffer.count))
    }

    private static func mix(_ value: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (value ^ (word &* 0x9e37_79b9_7f4a_7c15).rotateLeft(29)) &* prime
        return mixed ^ (mixed >> 32)
    }

    var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

private extension UInt64 {
    func rotateLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
