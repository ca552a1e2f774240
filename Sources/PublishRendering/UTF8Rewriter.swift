import PublishCore
import PublishReading
import PublishRules

/// Rewrites text a UTF-8 byte at a time, for escapers that replace or drop a few characters.
///
/// Working on bytes instead of `Character`s or `Unicode.Scalar`s matters for Chinese text, where
/// every character is three bytes and grapheme breaking is the costly part of a character loop.
/// Bytes outside an escaper's `special` set are copied in runs without asking it; text that needs
/// no change is returned as it is, without a copy. A whole part (the .docx `document.xml`) is
/// written into one rewriter: fixed markup as `StaticString`s, the author's text escaped in place.
package struct UTF8Rewriter: ~Copyable {
    /// What to do with the scalar that starts at a special byte.
    package enum Action {
        /// Keep it.
        case keep
        /// Write this instead of the byte (an ASCII character, or the first byte of a sequence).
        case replace(StaticString)
        /// Leave out this many bytes (the whole scalar).
        case drop(Int)
    }

    /// The bytes an escaper looks at; every other byte is kept without a call.
    package struct ByteSet {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// How eight bytes at a time are known to hold no member (see `firstMember(in:from:)`).
        private var wordTest = WordTest.none
        /// For a set of at most eight members all below 0x40: the members, one a byte (the
        /// first in the low byte), and how many. A word with bytes below 0x40 (digits, spaces,
        /// half-width punctuation) is then tested against each member instead of byte by byte.
        private var few: UInt64 = 0
        private var fewCount = 0

        /// What rules out a member in a whole 8-byte word, decided from the members.
        private enum WordTest {
            /// Nothing: every byte is looked up.
            case none
            /// Every member is below 0x40 (HTML's five and NUL): a word of bytes at 0x40 and
            /// above (Chinese text, letters) has none.
            case belowAt0x40
            /// The members at 0x80 and above are at most these two (0x00 when fewer): a word of
            /// bytes at 0x80 and above, neither of the two among them, has none.
            case highExcept(UInt8, UInt8)
        }

        package init(_ bytes: [UInt8]) {
            for byte in bytes { insert(byte) }
            wordTest = Self.wordTest(for: bytes)
            setFew(bytes)
        }

        package init(_ ranges: ClosedRange<UInt8>..., and bytes: [UInt8] = []) {
            var members = bytes
            for range in ranges { members += Array(range) }
            for byte in members { insert(byte) }
            wordTest = Self.wordTest(for: members)
            setFew(members)
        }

        private mutating func setFew(_ members: [UInt8]) {
            let distinct = Array(Set(members)).sorted()
            guard case .belowAt0x40 = wordTest, !distinct.isEmpty, distinct.count <= 8 else { return }
            for (index, member) in distinct.enumerated() { few |= UInt64(member) << (8 * UInt64(index)) }
            fewCount = distinct.count
        }

        private static func wordTest(for members: [UInt8]) -> WordTest {
            if members.allSatisfy({ $0 < 0x40 }) { return .belowAt0x40 }
            let high = Array(Set(members.filter { $0 >= 0x80 })).sorted()
            guard high.count <= 2 else { return .none }
            return .highExcept(high.first ?? 0, high.last ?? 0)
        }

        /// Whether the eight bytes of `word` are certainly none of the members (false: look at
        /// each).
        @inline(__always)
        private func holdsNoMember(_ word: UInt64) -> Bool {
            let highBits: UInt64 = 0x8080_8080_8080_8080
            switch wordTest {
            case .none:
                return false
            case .belowAt0x40:
                // A byte is at 0x40 or above when bit 7 or bit 6 is set (the shift carries bit 7
                // into the next byte's bit 0, which is not looked at).
                if (word | (word &<< 1)) & highBits == highBits { return true }
                guard fewCount > 0 else { return false }
                var members = few
                for _ in 0..<fewCount {
                    if Self.holds(word, UInt8(truncatingIfNeeded: members)) { return false }
                    members &>>= 8
                }
                return true
            case .highExcept(let first, let second):
                guard word & highBits == highBits else { return false }
                return !Self.holds(word, first) && !Self.holds(word, second)
            }
        }

        /// Whether one of the eight bytes of `word` is `byte` (a zero byte in the exclusive or).
        @inline(__always)
        private static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
            let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
            return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
        }

        /// The index of the first member at or after `start` in `text`, or `text.count`: the
        /// same answer as looking at every byte with `contains`, eight bytes at a time where
        /// the members allow it.
        @inline(__always)
        package func firstMember(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let count = text.count
            guard let base = text.baseAddress else { return count }
            var index = start
            while index < count {
                while index + 8 <= count,
                    holdsNoMember(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                }
                // A word that may hold a member, or the last bytes: one at a time.
                let end = min(index + 8, count)
                while index < end {
                    if contains(base[index]) { return index }
                    index += 1
                }
            }
            return count
        }

        private mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << (byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }

        /// Without a branch on the byte: in Chinese text lead and continuation bytes alternate
        /// between the last two words, and a switch over them mispredicts at every character.
        @inline(__always)
        func contains(_ byte: UInt8) -> Bool {
            let word = withUnsafeBytes(of: words) { $0.load(fromByteOffset: Int(byte >> 6) &* 8, as: UInt64.self) }
            return word & (UInt64(1) << (byte & 63)) != 0
        }
    }

    /// The bytes written (one owner: appending is a capacity check and a copy).
    private var buffer: ByteBuffer

    package init(capacity: Int) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// How many bytes are written.
    package var count: Int { buffer.count }

    /// A copy of the bytes written.
    package var bytes: [UInt8] { buffer.array }

    @inline(__always)
    package mutating func append(_ text: StaticString) {
        buffer.append(text)
    }

    /// Appends a string's UTF-8 bytes. Labelled so that a literal goes to `append(_:)` as a
    /// `StaticString` (unlabelled, a literal would be a `String`, its default type: twice the
    /// instructions for the same bytes).
    package mutating func append(string text: String) {
        buffer.append(utf8Of: text)
    }

    /// Appends UTF-8 bytes as they are.
    @inline(__always)
    package mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) {
        buffer.append(text)
    }

    /// Appends the decimal digits of `value`, with a `-` before a negative number.
    package mutating func append(decimal value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        // Digits from the first, by powers of ten (no slice of the buffer to turn around).
        var power: UInt = 1
        while magnitude / power >= 10 { power &*= 10 }
        repeat {
            buffer.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude / power % 10))
            power /= 10
        } while power > 0
    }

    package var string: String { buffer.string }

    /// The bytes written, as an array.
    package consuming func takeBytes() -> [UInt8] { buffer.takeArray() }

    package mutating func removeLast(_ count: Int) {
        buffer.removeLast(count)
    }

    /// Appends `text` with every special byte `action` does not keep replaced or dropped.
    package mutating func append(
        escaping text: UnsafeBufferPointer<UInt8>, special: ByteSet,
        _ action: (UnsafeBufferPointer<UInt8>, Int) -> Action
    ) {
        var runStart = 0
        var index = 0
        while index < text.count {
            index = special.firstMember(in: text, from: index)
            guard index < text.count else { break }
            let action = action(text, index)
            if case .keep = action {
                index += 1
                continue
            }
            buffer.append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch action {
            case .keep: break
            case .replace(let replacement):
                append(replacement)
                index += 1
            case .drop(let count):
                index += count
            }
            runStart = index
        }
        buffer.append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// `text` with every special byte `action` does not keep replaced or dropped.
    package static func rewrite(
        _ text: String, special: ByteSet, _ action: (UnsafeBufferPointer<UInt8>, Int) -> Action
    ) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // The common case: nothing to change.
            var needsChange = false
            for index in bytes.indices where special.contains(bytes[index]) {
                if case .keep = action(bytes, index) { continue }
                needsChange = true
                break
            }
            guard needsChange else { return nil }
            var out = UTF8Rewriter(capacity: bytes.count + 16)
            out.append(escaping: bytes, special: special, action)
            return out.string
        } ?? text
    }
}
