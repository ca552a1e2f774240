import PublishCore

/// The scalars of a text folded into 64 bits, one bit for each value modulo 64: a text whose mask
/// lacks a bit of a word's mask does not hold the word, so most words need not be looked for.
package struct ScalarMask: Equatable, Sendable {
    package var bits: UInt64

    package init(bits: UInt64 = 0) { self.bits = bits }

    /// The mask of the scalars of valid UTF-8. A scalar's value modulo 64 is the low six bits of
    /// its last byte, whatever its length, so no scalar is decoded: the bytes that end one (those
    /// before a byte that is no continuation byte, and the last) are read.
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var bits: UInt64 = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if index == bytes.count || bytes[index] & 0xC0 != 0x80 { bits |= 1 << UInt64(byte & 0x3F) }
        }
        self.bits = bits
    }

    /// The mask of `text`'s scalars.
    package init(_ text: some StringProtocol) {
        if let mask = text.utf8.withContiguousStorageIfAvailable(ScalarMask.init(utf8:)) {
            self = mask
        } else {
            bits = text.unicodeScalars.reduce(0) { $0 | 1 << UInt64($1.value & 0x3F) }
        }
    }

    /// Whether every bit of `other` is set here: false when a text of this mask cannot hold a
    /// word of that one.
    package func covers(_ other: ScalarMask) -> Bool { other.bits & ~bits == 0 }
}
