import CLibdeflate
import Synchronization

/// Raw deflate streams (RFC 1951, as a ZIP entry holds them) and CRC-32s, made with libdeflate:
/// the only file that calls it.
///
/// libdeflate compresses a whole buffer at once, which is all a .docx part needs, about three times
/// as fast as zlib at level 1 and a little smaller (docs/performance.md). Compressors are kept for
/// reuse, one per level, as many as run at once.
package enum RawDeflate {
    /// The raw deflate stream of `bytes` at libdeflate's `level` (1–12), or nil if libdeflate
    /// cannot start (out of memory).
    package static func compress(_ bytes: UnsafeRawBufferPointer, level: Int32) -> [UInt8]? {
        guard let compressor = pool.take(level: level) else { return nil }
        defer { pool.give(compressor, level: level) }
        let bound = libdeflate_deflate_compress_bound(compressor, bytes.count)
        // Written into uninitialised room: only the stream's bytes are ever set.
        let out = [UInt8](unsafeUninitializedCapacity: bound) { output, initialized in
            initialized = libdeflate_deflate_compress(
                compressor, bytes.baseAddress, bytes.count, output.baseAddress, output.count)
        }
        // The bound is enough by definition; zero would mean it was not.
        guard !out.isEmpty else { return nil }
        return out
    }

    /// The CRC-32 of `bytes` (the ZIP one: ISO-HDLC, as zlib computes it).
    package static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        libdeflate_crc32(0, bytes.baseAddress, bytes.count)
    }

    private static let pool = CompressorPool()

    /// Compressors not in use, by level. libdeflate's compressors are not for two threads at once.
    private final class CompressorPool: Sendable {
        private let idle = Mutex<[Int32: [Compressor]]>([:])

        /// Wraps the pointer so the pool can be `Sendable`: a compressor is used by one thread at a
        /// time, between `take` and `give`.
        private struct Compressor: @unchecked Sendable {
            let pointer: OpaquePointer
        }

        func take(level: Int32) -> OpaquePointer? {
            if let idle = idle.withLock({ $0[level]?.popLast() }) { return idle.pointer }
            return libdeflate_alloc_compressor(level)
        }

        func give(_ compressor: OpaquePointer, level: Int32) {
            idle.withLock { $0[level, default: []].append(Compressor(pointer: compressor)) }
        }
    }
}
