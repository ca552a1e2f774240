import Foundation

package extension String {
    /// The lines, split where `split(separator: "\n")` splits: at every `\n` byte except one after
    /// `\r` (`\r\n` is one `Character`, not a `\n`). Splitting by `Character` would run grapheme
    /// breaking over the whole text, which costs far more than the split for Chinese text.
    package var lineSlices: [Substring] {
        let utf8 = self.utf8
        let newlines = utf8.withContiguousStorageIfAvailable(Self.newlineOffsets)
            ?? Array(utf8).withUnsafeBufferPointer(Self.newlineOffsets)
        var lines: [Substring] = []
        lines.reserveCapacity(newlines.count + 1)
        var lineStart = utf8.startIndex
        for offset in newlines {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(self[lineStart..<newline])
            lineStart = utf8.index(after: newline)
        }
        lines.append(self[lineStart...])
        return lines
    }

    /// The offsets of the `\n` bytes.
    private static func newlineOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let start = bytes.baseAddress else { return [] }
        var offsets: [Int] = []
        var offset = 0
        while offset < bytes.count, let found = memchr(start + offset, 0x0A, bytes.count - offset) {
            let newline = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(found))
            if newline == 0 || bytes[newline - 1] != 0x0D { offsets.append(newline) }
            offset = newline + 1
        }
        return offsets
    }
}
