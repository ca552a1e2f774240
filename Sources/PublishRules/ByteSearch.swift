import Foundation
import PublishCore
import PublishReading

/// Finds a byte string in UTF-8 text without Foundation's string search (which folds character
/// clusters through CFString) and without decoding characters: a rule whose marker is absent from
/// a notice can tell so in one pass over the bytes and stop. UTF-8 is self-synchronising, so the
/// bytes of a sequence of scalars occur exactly where those scalars do.
package enum ByteSearch {
    /// Whether `needle` occurs in the UTF-8 bytes of `text`.
    package static func contains(_ needle: [UInt8], in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains(needle, in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { contains(needle, in: $0) }
    }

    /// Whether `needle` occurs in `bytes`.
    package static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = bytes.baseAddress, bytes.count >= needle.count else { return false }
        var start = 0
        let lastStart = bytes.count - needle.count
        while start <= lastStart {
            // memchr scans for the first byte many bytes at a time.
            guard let hit = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var matched = 1
            while matched < needle.count, bytes[offset + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
            start = offset + 1
        }
        return false
    }
}
