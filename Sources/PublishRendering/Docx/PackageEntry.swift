import CZlib
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
    /// The raw deflate stream.
    package var compressed: Data

    /// ZIPFoundation's own chunk size, so the bytes are those its `Archive` writes.
    package static let chunkSize = defaultWriteChunkSize

    /// The entry for a shared part: taken from an earlier package when that had the same bytes at
    /// `path`, else deflated now (and remembered, if it is the first seen at `path`).
    package static func shared(path: String, text: String) throws -> PackageEntry {
        if let known = EntryMemo.shared.entry(path: path, text: text) { return known }
        let entry = try deflated(path: path, text: text)
        EntryMemo.shared.remember(entry, text: text)
        return entry
    }

    /// zlib's level for the parts made for each notice (`word/document.xml`, the document
    /// properties). Measured on the as-published sample's 37 KB `document.xml` (docs/performance.md):
    /// level 1 deflates in 57 % of level 6's time for 11 % more bytes (11.9 KB against 10.7 KB);
    /// shared parts, deflated once per process, keep zlib's default.
    package static let noticeLevel: Int32 = 1

    /// The entry for `text` at `path`, deflated now at zlib's `level` (nil: ZIPFoundation's own
    /// deflate, zlib's default level, byte for byte what its `Archive` writes).
    package static func deflated(path: String, text: String, level: Int32?) throws -> PackageEntry {
        guard let level else { return try deflated(path: path, text: text) }
        var bytes = Array(text.utf8)
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw DocxError.packaging(Message("docx.zlib-start")) }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 16)
        let result = bytes.withUnsafeMutableBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = input.baseAddress
                stream.avail_in = UInt32(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = UInt32(output.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { throw DocxError.packaging(Message("docx.zlib-failed", path)) }
        out.removeSubrange(Int(stream.total_out)...)
        let crc = bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
        return PackageEntry(path: path, crc32: crc, uncompressedSize: bytes.count, compressed: Data(out))
    }

    /// The entry for `text` at `path`, deflated now.
    package static func deflated(path: String, text: String) throws -> PackageEntry {
        let bytes = Data(text.utf8)
        var compressed = Data()
        let crc = try Data.compress(size: Int64(bytes.count), bufferSize: chunkSize, provider: { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { compressed.append($0) })
        return PackageEntry(path: path, crc32: crc, uncompressedSize: bytes.count, compressed: compressed)
    }
}

/// Entries already deflated, by path, with the text they hold; the first text seen at a path is
/// kept (a later package with another text at that path deflates its own).
private final class EntryMemo: @unchecked Sendable {
    package static let shared = EntryMemo()

    private let lock = NSLock()
    private var entries: [String: (text: String, entry: PackageEntry)] = [:]

    package func entry(path: String, text: String) -> PackageEntry? {
        lock.withLock {
            // Bytes, not `==`: canonically equivalent texts (U+F900 and U+8C48) are equal strings.
            guard let known = entries[path], known.text.utf8.elementsEqual(text.utf8) else { return nil }
            return known.entry
        }
    }

    package func remember(_ entry: PackageEntry, text: String) {
        lock.withLock {
            if entries[entry.path] == nil { entries[entry.path] = (text, entry) }
        }
    }
}
