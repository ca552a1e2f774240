import Foundation
import ZIPFoundation
import PublishCore
import PublishReading
import PublishRules

/// One file of a ZIP package, deflated, with what the ZIP headers say about it.
///
/// Most parts of a .docx are the same in every notice (styles, theme, settings, fonts, footers,
/// relationships); deflating one costs more than writing it, so a shared part's entry is made once
/// and reused by every later package (see `PackageEntry.shared(path:text:)`).
package struct PackageEntry: Sendable, Equatable {
    package var path: String
    package var crc32: UInt32
    package var uncompressedSize: Int
    /// The raw deflate stream (bytes, as the ZIP file is put together: no bridging into `Data`
    /// and back for each entry).
    package var compressed: [UInt8]

    /// ZIPFoundation's own chunk size, so the bytes are those its `Archive` writes.
    package static let chunkSize = defaultWriteChunkSize

    /// The entry for a shared part: taken from an earlier package when that had the same bytes at
    /// `path`, else deflated now (and remembered, if it is the first seen at `path`).
    package static func shared(path: String, text: String) throws -> PackageEntry {
        if let known = EntryMemo.shared.entry(path: path, text: text) { return known }
        // Deflated by one thread while the others wait: the first notices of a build start on
        // every core at once, and each used to deflate every shared part itself.
        return try EntryMemo.shared.deflateOnce {
            if let known = EntryMemo.shared.entry(path: path, text: text) { return known }
            let entry = try deflated(path: path, text: text)
            EntryMemo.shared.remember(entry, text: text)
            return entry
        }
    }

    /// libdeflate's level for the parts made for each notice (`word/document.xml`, the document
    /// properties). Measured on the as-published sample's 37 KB `document.xml`
    /// (docs/performance.md): libdeflate's level 1 deflates it in about a third of zlib's level-1
    /// time, to 11.5 KB against zlib's 11.9 KB (10.7 KB at zlib's default); shared parts, deflated
    /// once per process, keep zlib's default.
    package static let noticeLevel: Int32 = 1

    /// The entry for `text` at `path`, deflated now at libdeflate's `level` (nil: ZIPFoundation's
    /// own deflate, zlib's default level, byte for byte what its `Archive` writes).
    package static func deflated(path: String, text: String, level: Int32?) throws -> PackageEntry {
        guard let level else { return try deflated(path: path, text: text) }
        var text = text
        return try text.withUTF8 { try deflated(path: path, raw: UnsafeRawBufferPointer($0), level: level) }
    }

    /// The entry for a notice's own part `text` at `path`, deflated at libdeflate's `level`, or
    /// taken from an earlier package that had the same bytes at `path` deflated at the notice
    /// level: `docProps/app.xml` is the same in every notice, and deflating its 225 bytes cost
    /// about 47,000 instructions a notice. The first text seen at a path is the one remembered.
    package static func deflatedOrKnown(path: String, text: String, level: Int32?) throws -> PackageEntry {
        guard level == noticeLevel else { return try deflated(path: path, text: text, level: level) }
        if let known = EntryMemo.noticeLevel.entry(path: path, text: text) { return known }
        let entry = try deflated(path: path, text: text, level: level)
        EntryMemo.noticeLevel.remember(entry, text: text)
        return entry
    }

    /// The entry for the UTF-8 text `utf8` at `path`, deflated now at libdeflate's `level`.
    package static func deflated(path: String, utf8: [UInt8], level: Int32) throws -> PackageEntry {
        try utf8.withUnsafeBytes { try deflated(path: path, raw: $0, level: level) }
    }

    private static func deflated(path: String, raw: UnsafeRawBufferPointer, level: Int32) throws -> PackageEntry {
        guard let compressed = RawDeflate.compress(raw, level: level) else {
            throw DocxError.packaging(Message("docx.deflate-failed", path))
        }
        return PackageEntry(
            path: path, crc32: RawDeflate.crc32(raw), uncompressedSize: raw.count, compressed: compressed)
    }

    /// The entry for `text` at `path`, deflated now.
    package static func deflated(path: String, text: String) throws -> PackageEntry {
        let bytes = Data(text.utf8)
        var compressed: [UInt8] = []
        let crc = try Data.compress(size: Int64(bytes.count), bufferSize: chunkSize, provider: { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { compressed.append(contentsOf: $0) })
        return PackageEntry(path: path, crc32: crc, uncompressedSize: bytes.count, compressed: compressed)
    }
}

/// Entries already deflated, by path, with the text they hold; the first text seen at a path is
/// kept (a later package with another text at that path deflates its own). One memo per level.
private final class EntryMemo: @unchecked Sendable {
    package static let shared = EntryMemo()
    /// Notice parts deflated at `PackageEntry.noticeLevel` (not the shared parts' level).
    package static let noticeLevel = EntryMemo()

    private let lock = NSLock()
    /// Held while a shared part is deflated (not `lock`, which `entry` and `remember` take).
    private let deflating = NSLock()
    private var entries: [String: (text: String, entry: PackageEntry)] = [:]

    package func entry(path: String, text: String) -> PackageEntry? {
        lock.withLock {
            // Bytes, not `==`: canonically equivalent texts (U+F900 and U+8C48) are equal strings.
            guard let known = entries[path], Self.sameBytes(known.text, text) else { return nil }
            return known.entry
        }
    }

    /// Whether `a` and `b` hold the same UTF-8 bytes. The shared parts are the same `static`
    /// strings in every package, so the storage is usually the same and no byte is compared.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let same = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second in
                first.count == second.count
                    && (first.count == 0 || first.baseAddress == second.baseAddress
                        || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
            }
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Runs `body` while no other thread runs a `body` of its own.
    package func deflateOnce(_ body: () throws -> PackageEntry) throws -> PackageEntry {
        try deflating.withLock(body)
    }

    package func remember(_ entry: PackageEntry, text: String) {
        lock.withLock {
            if entries[entry.path] == nil { entries[entry.path] = (text, entry) }
        }
    }
}
