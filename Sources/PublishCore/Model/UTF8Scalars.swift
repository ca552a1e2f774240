import Foundation

package extension StringProtocol {
    /// The number of Unicode scalars, counted on the UTF-8 bytes: every byte that is not a
    /// continuation byte starts a scalar. Faster than `unicodeScalars.count`, which decodes them.
    var utf8ScalarCount: Int {
        let counted = utf8.withContiguousStorageIfAvailable(UTF8Bytes.scalarCount)
        return counted ?? unicodeScalars.count
    }

    /// `Array(unicodeScalars)`, decoded straight off the UTF-8 bytes into an array of the right
    /// size.
    var scalarArray: [Unicode.Scalar] {
        let decoded = utf8.withContiguousStorageIfAvailable(UTF8Bytes.scalars)
        return decoded ?? Array(unicodeScalars)
    }
}

package extension String {
    /// The string of these scalars: `String(String.UnicodeScalarView(scalars))`, encoded straight
    /// into the string's UTF-8 storage. Inlinable, so that each caller's collection type is
    /// specialised: called generically from another module, every scalar went through witness
    /// calls.
    @inlinable
    init(scalars: some Collection<Unicode.Scalar>) {
        // Made at its length in UTF-8, counted first: a string of up to 15 bytes is then made in
        // place, with no storage allocated for four bytes a scalar.
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[offset] = UInt8(value)
                    offset += 1
                } else if value < 0x800 {
                    buffer[offset] = UInt8(0xC0 | value >> 6)
                    buffer[offset + 1] = UInt8(0x80 | value & 0x3F)
                    offset += 2
                } else if value < 0x10000 {
                    buffer[offset] = UInt8(0xE0 | value >> 12)
                    buffer[offset + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[offset + 2] = UInt8(0x80 | value & 0x3F)
                    offset += 3
                } else {
                    buffer[offset] = UInt8(0xF0 | value >> 18)
                    buffer[offset + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[offset + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[offset + 3] = UInt8(0x80 | value & 0x3F)
                    offset += 4
                }
            }
            return offset
        }
    }
}

/// Facts about valid UTF-8 (a Swift string's bytes) read off its bytes.
package enum UTF8Bytes {
    /// The number of scalars in `bytes`: the bytes that are not continuation bytes.
    @inlinable
    package static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        var continuations = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            continuations &+= continuationCount(inWord: UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self))
            offset += 8
        }
        while offset < bytes.count {
            if start[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return bytes.count - continuations
    }

    /// The continuation bytes among the eight bytes of `word`: a continuation byte has its top
    /// bit set and the next one clear; one flag bit per byte, moved to the byte's lowest bit, and
    /// the eight summed into the top byte with one multiplication (`nonzeroBitCount` costs a dozen
    /// instructions a word on the baseline x86-64 target, which has no `popcnt`).
    @inlinable @inline(__always)
    package static func continuationCount(inWord word: UInt64) -> Int {
        let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        return Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The number of scalars in `bytes[range]`.
    @inlinable
    package static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        scalarCount(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// The scalar that starts at `offset` of valid UTF-8, and its length in bytes. Only for a Swift
    /// string's bytes: it does not check continuation bytes or bounds (raw file bytes go through
    /// `SourceText`'s decoding first).
    // Inlinable: the rules decode every scalar of the notice with it, from another module.
    @inlinable @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        let length: Int
        if lead < 0x80 {
            value = lead
            length = 1
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            length = 3
        } else {
            value =
                (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            length = 4
        }
        // Valid UTF-8 decodes to valid scalars only.
        return (Unicode.Scalar(value).unsafelyUnwrapped, length)
    }

    /// The scalars of valid UTF-8.
    @inlinable
    package static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        // There are at most as many scalars as bytes.
        guard !bytes.isEmpty else { return [] }
        return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            // The runs of CJK and of ASCII decoded in loops of their own (`ScalarDecoder`).
            var sawAddressMark = false
            initialized = ScalarDecoder.decode(bytes, into: buffer.baseAddress!, sawAddressMark: &sawAddressMark)
        }
    }

    /// Where `needle` (not empty) first occurs in `haystack` at byte `from` or later. For valid
    /// UTF-8 both, that is where its scalars first occur.
    @inlinable
    package static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int)
        -> Int?
    {
        guard from >= 0, !needle.isEmpty, needle.count <= haystack.count - from,
            let haystackStart = haystack.baseAddress, let needleStart = needle.baseAddress
        else { return nil }
        let lastStart = haystack.count - needle.count
        let last = needle.count - 1
        var start = from
        // Each place the needle's last byte occurs (`memchr`), then the rest compared at once
        // (`memcmp`). The last byte of a CJK word is one of 64 continuation bytes; its first, one
        // of the few lead bytes every ideograph has, stood at nearly every third byte of Chinese
        // text. Places are found in order, so the first found is the first occurrence.
        while start <= lastStart {
            guard let found = memchr(haystackStart + start + last, Int32(needleStart[last]), lastStart - start + 1) else {
                return nil
            }
            let candidate = UnsafeRawPointer(haystackStart).distance(to: UnsafeRawPointer(found)) - last
            if last == 0 || memcmp(haystackStart + candidate, needleStart, last) == 0 {
                return candidate
            }
            start = candidate + 1
        }
        return nil
    }
}
