import Foundation

/// A source text's UTF-8 bytes and where each of its lines starts: lines and positions read off
/// the bytes, with no `Substring` (a retain and a release) per line looked at.
///
/// Valid only inside `SourceText.withLineBytes(_:)`, which lends the text's own storage.
package struct SourceLineBytes {
    /// The normalised text's UTF-8 (`SourceText.text`).
    package let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset where each line starts (`SourceText.lineStarts`): at least one line.
    package let lineStarts: UnsafeBufferPointer<Int>

    package init(bytes: UnsafeBufferPointer<UInt8>, lineStarts: UnsafeBufferPointer<Int>) {
        self.bytes = bytes
        self.lineStarts = lineStarts
    }

    package var lineCount: Int { lineStarts.count }

    /// Where line `line` (1-based) starts and ends in `bytes`, its `\n` excluded; nil past the end.
    @inline(__always)
    package func bounds(ofLine line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return lineStarts[line - 1]..<end
    }

    /// The bytes of line `line` (1-based), without its `\n`; empty past the end of the file.
    @inline(__always)
    package func line(_ line: Int) -> UnsafeBufferPointer<UInt8> {
        guard let bounds = bounds(ofLine: line) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: bytes[bounds])
    }

    /// `SourceText.scalarColumn(line:byteColumn:)`.
    package func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1 else { return 1 }
        let bytes = self.line(line)
        // Count the scalars that start before the byte: every byte that is not a continuation
        // byte starts one. A column inside a multi-byte scalar rounds down to that scalar.
        let before = min(byteColumn - 1, bytes.count)
        let column = UTF8ScalarCount.of(bytes, in: 0..<before)
        let pointsInsideScalar = byteColumn - 1 < bytes.count && bytes[byteColumn - 1] & 0xC0 == 0x80
        return pointsInsideScalar ? column : column + 1
    }

    /// `SourceText.byteOffset(line:scalarColumn:)`.
    package func byteOffset(line: Int, scalarColumn: Int) -> Int? {
        let bytes = self.line(line)
        var scalars = 0
        var offset = 0
        while scalars < scalarColumn - 1 {
            guard offset < bytes.count else { return nil }
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return offset
    }

    /// The offsets where the lines of `bytes` start: 0, and one past every `\n`. (A source text
    /// holds no `\r`: decoding made every line end a `\n`.)
    package static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts: [Int] = [0]
        guard let base = bytes.baseAddress else { return starts }
        // About one line in 60 bytes of a notice: one growth or none.
        starts.reserveCapacity(bytes.count / 48 + 2)
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
            offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
            starts.append(offset)
        }
        return starts
    }
}
