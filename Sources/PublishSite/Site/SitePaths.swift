import Foundation

/// The paths of a new site that a patch keeps or brings into the output (relative to the site,
/// `/` between parts), as their UTF-8 bytes in one buffer with an open-addressing table over
/// them: a rebuild of 2,000 notices keeps some 8,000 files, and a `String`, an array and a
/// Unicode-aware hash per path cost more than the walk of the output they are looked up in.
/// Paths are compared byte for byte (a name is never taken for a canonically equivalent one).
struct SitePaths: Sendable {
    /// What a path is in the new site.
    enum Kind: UInt8, Sendable {
        /// A file the patch brings (staged).
        case file
        /// A file of the output the new site keeps as it is.
        case kept
        /// A folder on the way to a file.
        case folder
    }

    private struct Entry: Sendable {
        var start: Int32
        var count: Int32
        var hash: UInt32
        var kind: Kind
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Indices into `entries`, -1 where free; its size a power of two, at most half full.
    private var table = [Int32](repeating: -1, count: 64)
    /// Set when a path is both a file and a folder of another file's way (`withFolders`).
    private(set) var hasConflict = false
    private(set) var keptCount = 0

    init() {}

    var count: Int { entries.count }

    /// Adds `path` as `kind` (`.file` or `.kept`); a path added as both is kept.
    mutating func insert(_ path: String, kind: Kind) {
        var path = path
        path.withUTF8 { insert(bytes: $0, kind: kind) }
    }

    /// Adds the files `names` of `folder` as `kind`, without making their paths.
    mutating func insert(folder: String, names: [String], kind: Kind) {
        var folder = folder
        folder.withUTF8 { folder in
            for var name in names {
                let start = bytes.count
                bytes.append(contentsOf: folder)
                bytes.append(UInt8(ascii: "/"))
                name.withUTF8 { bytes.append(contentsOf: $0) }
                insertLast(from: start, kind: kind)
            }
        }
    }

    private mutating func insert(bytes path: UnsafeBufferPointer<UInt8>, kind: Kind) {
        let start = bytes.count
        bytes.append(contentsOf: path)
        insertLast(from: start, kind: kind)
    }

    /// Enters the bytes from `start` to the end of `bytes` as a path of `kind`, or, when the path is
    /// there already, drops them again and merges the kinds.
    private mutating func insertLast(from start: Int, kind: Kind) {
        let (found, hash) = bytes.withUnsafeBufferPointer { all in
            let path = UnsafeBufferPointer(rebasing: all[start...])
            let hash = Self.hash(path)
            return (find(path, hash: hash, in: all), hash)
        }
        if let found {
            bytes.removeSubrange(start...)
            merge(kind, into: found)
            return
        }
        entries.append(Entry(start: Int32(start), count: Int32(bytes.count - start), hash: hash, kind: kind))
        if kind == .kept { keptCount += 1 }
        place(Int32(entries.count - 1))
        if entries.count * 2 > table.count { grow() }
    }

    private mutating func merge(_ kind: Kind, into index: Int) {
        let old = entries[index].kind
        guard old != kind else { return }
        switch (old, kind) {
        case (.file, .kept):
            entries[index].kind = .kept
            keptCount += 1
        case (.kept, .file):
            break
        default:
            hasConflict = true
        }
    }

    /// The index in `entries` of `path`, if it is there.
    private func find(_ path: UnsafeBufferPointer<UInt8>, hash: UInt32, in all: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = table.count - 1
        var slot = Int(hash) & mask
        while true {
            let index = table[slot]
            if index < 0 { return nil }
            let entry = entries[Int(index)]
            if entry.hash == hash, Int(entry.count) == path.count,
               path.count == 0 || memcmp(all.baseAddress! + Int(entry.start), path.baseAddress!, path.count) == 0 {
                return Int(index)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ index: Int32) {
        let mask = table.count - 1
        var slot = Int(entries[Int(index)].hash) & mask
        while table[slot] >= 0 { slot = (slot + 1) & mask }
        table[slot] = index
    }

    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        for index in entries.indices { place(Int32(index)) }
    }

    /// What `path` is in the new site; nil when it is not part of it.
    func kind(of path: UnsafeBufferPointer<UInt8>) -> Kind? {
        bytes.withUnsafeBufferPointer { all in
            find(path, hash: Self.hash(path), in: all).map { entries[$0].kind }
        }
    }

    /// Adds every folder on the way to a file (the site's root, the empty path, among them);
    /// `hasConflict` when a file's path is another's folder.
    mutating func addFolders() {
        insert(bytes: UnsafeBufferPointer(start: nil, count: 0), kind: .folder)
        for index in entries.indices where entries[index].kind != .folder {
            let entry = entries[index]
            // The folders on the way, cut at each `/` byte from the end (a `/` is never part of
            // a longer UTF-8 sequence), until one is known.
            var end = Int(entry.start + entry.count)
            while let slash = bytes[Int(entry.start)..<end].lastIndex(of: UInt8(ascii: "/")) {
                end = slash
                // Looked up where the bytes are; copied only when the folder is new.
                let known = bytes.withUnsafeBufferPointer { all in
                    let folder = UnsafeBufferPointer(rebasing: all[Int(entry.start)..<end])
                    return find(folder, hash: Self.hash(folder), in: all)
                }
                if let known {
                    merge(.folder, into: known)
                    break
                }
                let start = bytes.count
                // Byte by byte: a slice of the buffer appended to itself would copy it whole.
                for offset in Int(entry.start)..<end { bytes.append(bytes[offset]) }
                insertLast(from: start, kind: .folder)
            }
        }
    }

    /// The paths of `kind`, as strings.
    func paths(_ kind: Kind) -> [String] {
        entries.filter { $0.kind == kind }.map {
            String(decoding: bytes[Int($0.start)..<Int($0.start + $0.count)], as: UTF8.self)
        }
    }

    /// FNV-1a over eight bytes at a time, folded to 32 bits.
    private static func hash(_ path: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var offset = 0
        if let base = path.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= path.count {
                value = (value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
                value ^= value >> 29
                offset += 8
            }
            while offset < path.count {
                value = (value ^ UInt64(path[offset])) &* 0x100_0000_01b3
                offset += 1
            }
        }
        value ^= UInt64(path.count)
        value = (value ^ (value >> 32)) &* 0x9e37_79b9_7f4a_7c15
        return UInt32(truncatingIfNeeded: value >> 32)
    }
}
