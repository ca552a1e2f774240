import Foundation
import Synchronization
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
/// The key of a notice is a hash of its digest (a hash of its path and bytes) and of the build's
/// fingerprint: the binary (version, size, modification time), every template and asset, the
/// configuration, the `--now` date, the base URL and the drafts flag. Anything else changing
/// changes the key, so a cached build is byte-identical to an uncached one (a test holds it to
/// that). Each line also records the notice's source file as the build found it before reading it
/// (`SourceRecord`: inode, size, modification and change times) with its digest: a rebuild that
/// finds the file the same takes the digest without reading the file, as git and make trust a
/// file's times. A file changed within a second before the recording build started is read again
/// (its times could hide an edit made in the same clock tick as that build's look at it).
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

        /// The regular file at `path` itself (a link is none: the output's links are never followed).
        init?(path: String) {
            var info = stat()
            guard path.withCString({ lstat($0, &info) }) == 0 else { return nil }
            self.init(info)
        }

        /// The regular file `name` in the open folder `directory` itself (a link is none).
        init?(in directory: Int32, name: String) {
            var info = stat()
            guard name.withCString({ fstatat(directory, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else { return nil }
            self.init(info)
        }

        private init?(_ info: stat) {
            guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
        }
    }

    /// A notice's source file as a build found it before reading it, and the digest of what it read.
    struct SourceRecord: Equatable {
        var path: String
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec
        var digest: UInt64

        init(path: String, inode: UInt64, size: Int64, modified: timespec, changed: timespec, digest: UInt64) {
            self.path = path
            self.inode = inode
            self.size = size
            self.modified = modified
            self.changed = changed
            self.digest = digest
        }

        /// The file at `path` now (its digest to be filled in); nil when it cannot be found.
        init?(path: String) {
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
            self.init(
                path: path, inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: info.st_mtim,
                changed: info.st_ctim, digest: 0)
        }

        /// The same file (the digest aside).
        func isSameFile(as other: SourceRecord) -> Bool {
            path == other.path && inode == other.inode && size == other.size
                && modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec
                && changed.tv_sec == other.changed.tv_sec && changed.tv_nsec == other.changed.tv_nsec
        }

        static func == (a: SourceRecord, b: SourceRecord) -> Bool { a.isSameFile(as: b) && a.digest == b.digest }
    }

    struct Entry {
        var source: SourceRecord
        var summary: NoticeSummary
        var files: [FileIdentity]
    }

    /// A site-wide file (a listing page, an asset) as a build wrote it: the digest of everything it
    /// shows (mixed with the build's fingerprint) and the identity of its file in the output.
    struct PageRecord: Equatable {
        var digest: UInt64
        var file: FileIdentity
    }

    /// A notice's line in the previous manifest: where its entry is, its source record (read when
    /// the manifest was), and where the rest of the entry begins.
    private struct Previous {
        var entry: Range<Int>
        var rest: Int
        var source: SourceRecord
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
    /// The previous manifest's bytes, where each key's entry is in them, each source file's
    /// record there, each site-wide file's record, and when the build that wrote it started.
    private let manifest: [UInt8]
    private let previous: [UInt64: Previous]
    private let hasNotices: Bool
    private let sources: [String: SourceRecord]
    private let previousPages: [String: PageRecord]
    private let previousStart: timespec
    /// When this build started: before it looked at any source file.
    private let started: timespec
    private let lock = NSLock()
    /// The folders above notice folders (as the part of a slug before its last `/`) whose way from
    /// the output was found to be real folders.
    private let realFolders = Mutex<Set<String>>([])
    /// The entries of this build, written as the manifest when the build succeeds.
    private var current: [UInt64: Recorded] = [:]
    private var currentPages: [String: PageRecord] = [:]

    init(folder: String, output: String, fingerprint: UInt64) {
        self.folder = folder
        self.output = output
        self.fingerprint = fingerprint
        let path = (folder as NSString).appendingPathComponent(Self.manifestName)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        started = now
        manifest = Self.read(path)
        (previous, sources, previousPages, previousStart, hasNotices) = Self.index(manifest)
    }

    /// The bytes of the file at `path`; none when it cannot be read.
    private static func read(_ path: String) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return [] }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(Int(info.st_size) + 1, 4096))
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return []
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    /// Where each key's entry is in `manifest`, each source's record and each site-wide file's:
    /// after the header, lines of 16 hexadecimal digits, a tab and the entry (whose fields escape
    /// their line breaks), and lines of `page`, a tab and a site-wide file's record. A line of
    /// another shape is skipped; a manifest without the header is not read.
    private static func index(
        _ manifest: [UInt8]
    ) -> ([UInt64: Previous], [String: SourceRecord], [String: PageRecord], timespec, Bool) {
        guard let newline = manifest.firstIndex(of: UInt8(ascii: "\n")),
              let start = ManifestLine.started(header: manifest[..<newline])
        else { return ([:], [:], [:], timespec(), false) }
        var index: [UInt64: Previous] = [:]
        var hasNotices = false
        var sources: [String: SourceRecord] = [:]
        var pages: [String: PageRecord] = [:]
        manifest.withUnsafeBufferPointer { bytes in
            var lineStart = newline + 1
            while lineStart < bytes.count {
                var end = bytes.count
                if let found = memchr(bytes.baseAddress! + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart) {
                    end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if let page = ManifestLine.page(line) {
                    pages[page.path] = page.record
                } else if line.count > 17, line[16] == UInt8(ascii: "\t"),
                          let key = ManifestLine.key(UnsafeBufferPointer(rebasing: line[..<16])) {
                    let entry = lineStart + 17..<end
                    hasNotices = true
                    if let (source, rest) = ManifestLine.sourceAndRest(UnsafeBufferPointer(rebasing: bytes[entry])) {
                        sources[source.path] = source
                        index[key] = Previous(entry: entry, rest: entry.lowerBound + rest, source: source)
                    }
                }
                lineStart = end + 1
            }
        }
        return (index, sources, pages, start, hasNotices)
    }

    /// Whether the previous build left a manifest with notices in it.
    var hasPrevious: Bool { hasNotices }

    /// The digest of a notice's path and bytes.
    func digest(path: String, bytes: [UInt8]) -> UInt64 {
        var hash = Hash64()
        hash.add(path)
        hash.add(bytes)
        return hash.value
    }

    /// The key of a notice with `digest` in this build (its manifest line begins with it, in
    /// hexadecimal).
    func key(digest: UInt64) -> UInt64 {
        var hash = Hash64()
        hash.add(fingerprint)
        hash.add(digest)
        return hash.value
    }

    /// The digest of a notice's source file the previous build recorded for `source` (found as it
    /// is now), if the file is the same one, unchanged, and was last changed more than a second
    /// before that build started.
    func knownDigest(_ source: SourceRecord) -> UInt64? {
        guard let recorded = sources[source.path], recorded.isSameFile(as: source),
              recorded.changed.tv_sec < previousStart.tv_sec &- 1
        else { return nil }
        return recorded.digest
    }

    /// The folder of the notice with `slug` in the output.
    private func noticeFolder(slug: String) -> String {
        output + "/notices/" + slug
    }

    /// The cached summary of `key`, and the output's folder that holds its files, if every file
    /// is still the one the previous build wrote. `source` is the notice's source file as found
    /// now: recorded with the entry when it differs from what the manifest holds.
    func lookup(_ key: UInt64, source: SourceRecord) -> (summary: NoticeSummary, folder: String)? {
        guard let found = previous[key],
              var entry = ManifestLine.entry(rest: manifest[found.rest..<found.entry.upperBound], source: found.source),
              entry.files.count == entry.summary.files.count
        else { return nil }
        let slug = entry.summary.slug
        let folder = noticeFolder(slug: slug)
        guard areRealFolders(above: slug) else { return nil }
        // The notice's folder opened without following a link, its files looked at from there.
        let directory = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        guard directory >= 0 else { return nil }
        defer { close(directory) }
        for (name, identity) in zip(entry.summary.files, entry.files)
        where FileIdentity(in: directory, name: name) != identity {
            return nil
        }
        let recorded: Recorded
        if entry.source == source {
            recorded = .line(found.entry)
        } else {
            entry.source = source
            recorded = .entry(entry)
        }
        lock.withLock { current[key] = recorded }
        return (entry.summary, folder)
    }

    /// Whether the output, its `notices` folder and every folder between it and the folder of the
    /// notice with `slug` are real folders, not links (a link could lead back to the same files
    /// from outside the output). Each such chain is looked at once; the notice's own folder is
    /// its caller's to open.
    private func areRealFolders(above slug: String) -> Bool {
        let parent = slug.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(slug[..<$0]) } ?? ""
        if realFolders.withLock({ $0.contains(parent) }) { return true }
        var folder = output + "/notices"
        var chain = [output, folder]
        for part in parent.split(separator: "/") {
            folder += "/" + part
            chain.append(folder)
        }
        guard areRealFolders(chain) else { return false }
        realFolders.withLock { _ = $0.insert(parent) }
        return true
    }

    /// Whether each of `chain` (the output and folders in it) is a real folder, not a link.
    private func areRealFolders(_ chain: [String]) -> Bool {
        chain.allSatisfy { DirectoryEntries.kind(of: $0) == .folder }
    }

    /// Records a notice just written under `folder` (its folder in the staging site, whose files
    /// become the output's): the identity of its files, nothing read.
    func store(_ key: UInt64, summary: NoticeSummary, from folder: String, source: SourceRecord) {
        var files: [FileIdentity] = []
        let folder = folder.hasSuffix("/") ? folder : folder + "/"
        for name in summary.files {
            guard let identity = FileIdentity(path: folder + name) else { return }
            files.append(identity)
        }
        lock.withLock { current[key] = .entry(Entry(source: source, summary: summary, files: files)) }
    }

    /// The digest recorded for a site-wide file: what it shows, and this build's fingerprint.
    private func pageDigest(_ digest: UInt64) -> UInt64 {
        var hash = Hash64()
        hash.add(fingerprint)
        hash.add(digest)
        return hash.value
    }

    /// Whether the output's file at `relative` (a site-wide file: a listing page, an asset) is the
    /// one the previous build wrote for what `digest` sums up, under real folders: then it is
    /// recorded for this build as it was, and the caller keeps it instead of writing it again.
    func reusesPage(_ relative: String, digest: UInt64) -> Bool {
        guard let record = previousPages[relative], record.digest == pageDigest(digest) else { return false }
        var chain: [String] = []
        var folder = output
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        for part in parts.dropLast() {
            folder += "/" + part
            chain.append(folder)
        }
        guard areRealFolders([output] + chain), FileIdentity(path: output + "/" + relative) == record.file else { return false }
        lock.withLock { currentPages[relative] = record }
        return true
    }

    /// Records a site-wide file just written at `path` (in the staging site) for `relative`, with
    /// the digest of what it shows.
    func storePage(_ relative: String, digest: UInt64, from path: String) {
        guard let identity = FileIdentity(path: path) else { return }
        let record = PageRecord(digest: pageDigest(digest), file: identity)
        lock.withLock { currentPages[relative] = record }
    }

    /// Writes the manifest of this build (after its output was brought in), replacing the last,
    /// and removes whatever else is in the folder (the files of earlier versions).
    func save() {
        let fileManager = FileManager.default
        try? fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(Self.manifestName)
        let temporary = path + ".tmp-\(getpid())"
        do {
            var bytes = ManifestLine.header(started: started)
            bytes.reserveCapacity(manifest.count + 4096)
            lock.withLock {
                for key in current.keys.sorted() {
                    switch current[key]! {
                    case .line(let range):
                        ManifestLine.append(key: key, line: manifest[range], into: &bytes)
                    case .entry(let entry):
                        ManifestLine.write(key: key, entry: entry, into: &bytes)
                    }
                }
                for relative in currentPages.keys.sorted() {
                    ManifestLine.write(page: relative, record: currentPages[relative]!, into: &bytes)
                }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            // A cache that cannot be written only costs speed.
            unlink(temporary)
            unlink(path)
        }
        for (name, _) in DirectoryEntries.list(folder) ?? [] where name != Self.manifestName {
            try? fileManager.removeItem(atPath: folder + "/" + name)
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

    mutating func add(bytes: UnsafeRawBufferPointer) {
        add(buffer: bytes)
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
