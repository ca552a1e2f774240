/// Rewrites text a UTF-8 byte at a time, for escapers that replace or drop a few characters.
///
/// Working on bytes instead of `Character`s or `Unicode.Scalar`s matters for Chinese text, where
/// every character is three bytes and grapheme breaking is the costly part of a character loop.
/// Text that needs no change is returned as it is, without a copy.
struct UTF8Rewriter {
    /// What to do with the scalar that starts at a byte.
    enum Action {
        /// Keep it.
        case keep
        /// Write this instead of the byte (an ASCII character, or the first byte of a sequence).
        case replace(StaticString)
        /// Leave out this many bytes (the whole scalar).
        case drop(Int)
    }

    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `text` with every byte `action` does not keep replaced or dropped. `action` sees the whole
    /// text and an index, so that it can look at the bytes after a lead byte (`C2 85` for U+0085).
    static func rewrite(_ text: String, extra: Int = 16, _ action: (UnsafeBufferPointer<UInt8>, Int) -> Action) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var index = 0
            // The common case: nothing to change.
            while index < bytes.count, case .keep = action(bytes, index) { index += 1 }
            if index == bytes.count { return nil }
            var out = UTF8Rewriter(capacity: bytes.count + extra)
            out.append(UnsafeBufferPointer(rebasing: bytes[..<index]))
            while index < bytes.count {
                switch action(bytes, index) {
                case .keep:
                    out.bytes.append(bytes[index])
                    index += 1
                case .replace(let replacement):
                    out.append(replacement)
                    index += 1
                case .drop(let count):
                    index += count
                }
            }
            return out.string
        } ?? text
    }
}
