import Foundation
import PublishCore
import PublishReading
import PublishRules

/// The ZIP file around deflated entries: a local header before each entry's bytes, then the
/// central directory and its end record, in one pass in memory.
///
/// The fields are those ZIPFoundation's `Archive` writes for a file entry (UTF-8 names, version
/// 2.0 needed, made by Unix 2.1, permissions 0644), so a package written here is byte for byte the
/// one `Archive` would write; a test holds the two together. Every entry has the same date, the
/// first ZIP can hold (1980-01-01 00:00), so the same parts always give the same file.
package enum ZIPContainer {
    /// The ZIP file, or nil when it would need ZIP64 (a part of 4 GiB, or 65,535 parts) or a name
    /// is longer than ZIP allows.
    package static func file(_ entries: [PackageEntry]) -> Data? {
        bytes(entries).map { Data($0) }
    }

    /// The same file as `file(_:)`, as bytes.
    package static func bytes(_ entries: [PackageEntry]) -> [UInt8]? {
        guard entries.count < 0xFFFF else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(22) { $0 + $1.compressed.count + 2 * ($1.path.utf8.count + 46) })
        var offsets: [UInt32] = []
        for entry in entries {
            guard let offset = UInt32(exactly: out.count), entry.uncompressedSize < 0xFFFF_FFFF,
                entry.compressed.count < 0xFFFF_FFFF, entry.path.utf8.count <= 0xFFFF
            else { return nil }
            offsets.append(offset)
            out.append(le32: 0x0403_4B50)
            appendCommonFields(entry, to: &out)
            out.append(le16: 0)  // extra field length
            out.append(contentsOf: entry.path.utf8)
            out.append(contentsOf: entry.compressed)
        }
        guard let directoryStart = UInt32(exactly: out.count) else { return nil }
        for (entry, offset) in zip(entries, offsets) {
            out.append(le32: 0x0201_4B50)
            out.append(le16: 0x0315)  // made by: Unix (3), ZIP 2.1
            appendCommonFields(entry, to: &out)
            out.append(le16: 0)  // extra field length
            out.append(le16: 0)  // comment length
            out.append(le16: 0)  // disk number
            out.append(le16: 0)  // internal attributes
            out.append(le32: 0o100644 << 16)  // external attributes: a regular file, rw-r--r--
            out.append(le32: offset)
            out.append(contentsOf: entry.path.utf8)
        }
        guard let directorySize = UInt32(exactly: out.count - Int(directoryStart)) else { return nil }
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)  // this disk
        out.append(le16: 0)  // the disk the directory starts on
        out.append(le16: UInt16(entries.count))
        out.append(le16: UInt16(entries.count))
        out.append(le32: directorySize)
        out.append(le32: directoryStart)
        out.append(le16: 0)  // comment length
        return out
    }

    /// The fields a local header and a central directory record share, from "version needed" to
    /// the file name length.
    private static func appendCommonFields(_ entry: PackageEntry, to out: inout [UInt8]) {
        out.append(le16: 20)  // version needed: 2.0 (deflate)
        out.append(le16: 0x0800)  // flags: the name is UTF-8
        out.append(le16: 8)  // deflate
        out.append(le16: 0)  // time 00:00:00
        out.append(le16: 0x0021)  // date 1980-01-01
        out.append(le32: entry.crc32)
        out.append(le32: UInt32(entry.compressed.count))
        out.append(le32: UInt32(entry.uncompressedSize))
        out.append(le16: UInt16(entry.path.utf8.count))
    }
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        append(le16: UInt16(truncatingIfNeeded: value))
        append(le16: UInt16(truncatingIfNeeded: value >> 16))
    }
}
