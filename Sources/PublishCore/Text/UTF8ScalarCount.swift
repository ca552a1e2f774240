/// The number of Unicode scalars in valid UTF-8, counted sixteen bytes at a time.
///
/// Every byte that is not a continuation byte (`10xxxxxx`) starts a scalar. `UTF8Bytes.scalarCount`
/// reads a word of eight bytes a step; a line of a Chinese paragraph is hundreds of bytes, and the
/// parser counts one for every block and literal it places, so this one compares sixteen bytes at
/// once and adds the continuation bytes up in sixteen byte-wide counters, summed every 255 steps
/// (`UTF8VectorScalarCountTests` holds it to `UTF8Bytes.scalarCount`).
package enum UTF8ScalarCount {
    @inlinable
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var offset = 0
        var continuations = 0
        // As signed bytes, the continuation bytes 0x80–0xBF are the ones below -64.
        let belowContinuation = SIMD16<Int8>(repeating: -64)
        while offset + 16 <= count {
            var counters = SIMD16<UInt8>()
            let steps = min((count - offset) / 16, 255)
            for _ in 0..<steps {
                let vector = UnsafeRawPointer(base + offset).loadUnaligned(as: SIMD16<Int8>.self)
                counters &+= SIMD16<UInt8>().replacing(with: 1, where: vector .< belowContinuation)
                offset += 16
            }
            continuations += Int(SIMD16<UInt16>(truncatingIfNeeded: counters).wrappedSum())
        }
        if offset + 8 <= count {
            continuations += UTF8Bytes.continuationCount(inWord: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            offset += 8
        }
        while offset < count {
            if base[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return count - continuations
    }

    /// The number of scalars in `bytes[range]`.
    @inlinable
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        of(UnsafeBufferPointer(rebasing: bytes[range]))
    }
}
