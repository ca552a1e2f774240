import Foundation
import PublishCore
import PublishReading

/// Finds a byte string in UTF-8 text without Foundation's string search (which folds character
/// clusters through CFString) and without decoding characters: a rule whose marker is absent from
/// a notice can tell so in one pass over the bytes and stop. UTF-8 is self-synchronising, so the
/// bytes of a sequence of scalars occur exactly where those scalars do.
package enum ByteSearch {
    /// Whether `needle` occurs in the UTF-8 bytes of `text`: a string's own bytes, or a copy on
    /// the stack for a small one.
    package static func contains(_ needle: [UInt8], in text: String) -> Bool {
        // A native string's bytes in place; `withUTF8` on a copy of the string cost more than the
        // search in a short run.
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains(needle, in: $0) }) { return found }
        var text = text
        return text.withUTF8 { contains(needle, in: $0) }
    }

    /// Whether `needle` occurs in the UTF-8 bytes of `text`.
    package static func contains(_ needle: [UInt8], in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains(needle, in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { contains(needle, in: $0) }
    }

    /// Whether `needle` occurs in `bytes`.
    package static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard let base = bytes.baseAddress, bytes.count >= needle.count else { return false }
        // memchr scans for one byte of the needle many bytes at a time. The first byte of a
        // Chinese character is one of a few (`E4`–`E9` for most of them) and stops the scan at
        // nearly every character; the scan looks for the needle's last byte, one of 64. (Its
        // second byte was looked for before: `80` for `【`, the second byte of all of `、。《》「」【】`,
        // stopped the scan every few characters.)
        let anchor = needle.count > 1 && needle[0] >= 0xC0 ? needle.count - 1 : 0
        var start = anchor
        let lastStart = bytes.count - needle.count + anchor
        while start <= lastStart {
            guard let hit = memchr(base + start, Int32(needle[anchor]), lastStart - start + 1) else { return false }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
            var matched = 0
            while matched < needle.count, bytes[offset + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
            start = offset + anchor + 1
        }
        return false
    }
}
