/// Counts the Unicode scalars of valid UTF-8 (the bytes that are not continuation bytes) eight
/// bytes at a time, summing the continuation-byte flags of a word with one multiplication.
///
/// `UTF8Bytes.scalarCount` counts them with `nonzeroBitCount`, which the baseline x86-64 target
/// (no `popcnt`) computes with a dozen instructions a word; the reading side counts every line
/// that ends a block and every gap the inline locator steps over. `UTF8ScalarCountTests` holds the
/// two to each other.
package enum UTF8ScalarCount {
    /// The number of scalars in `bytes`.
    @inlinable
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        var continuations = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear: one flag bit per
            // byte, moved to the byte's lowest bit, and the eight bytes summed into the top one.
            let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            continuations &+= Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
            offset += 8
        }
        while offset < bytes.count {
            if start[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return bytes.count - continuations
    }

    /// The number of scalars in `bytes[range]`.
    @inlinable
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        of(UnsafeBufferPointer(rebasing: bytes[range]))
    }
}
