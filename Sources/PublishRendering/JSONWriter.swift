import Foundation
import PublishCore
import PublishReading
import PublishRules

/// Writes JSON text into a byte buffer, laid out byte for byte as Foundation's `JSONEncoder` lays
/// it out with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`),
/// with `<` inside strings written `\u003c` (see `string(_:)`).
///
/// The writer does not sort: callers write each object's keys in ascending order of their UTF-8
/// bytes, the order `.sortedKeys` gives. Pretty output indents by two spaces, separates a key from
/// its value with `" : "`, and writes an empty array or object on three lines (`[`, an empty line,
/// `]`), as Foundation does.
///
package struct JSONWriter: ~Copyable {
    /// The UTF-8 text written so far (one owner: appending is a capacity check and a copy).
    private var buffer: ByteBuffer
    package let pretty: Bool
    /// How many arrays and objects are open.
    private var depth = 0
    /// Whether the innermost open array or object has no element yet.
    private var containerIsEmpty = false
    /// Whether a key was just written, so the next value is its value rather than a new element.
    private var afterKey = false

    /// Whether `<` in a string is written `\u003c` (the renderer's JSON, which pages may inline);
    /// `JSONEncoder` writes it as it is.
    package var escapesLessThan = true

    package init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        buffer = ByteBuffer(capacity: capacity)
    }

    /// A writer that continues inside `depth` open containers with no element yet: what it writes
    /// are elements of the innermost, laid out as at that depth (the first begins with the line
    /// break before it).
    package init(pretty: Bool, insideContainersAtDepth depth: Int, capacity: Int = 4096) {
        self.init(pretty: pretty, capacity: capacity)
        self.depth = depth
        containerIsEmpty = true
    }

    /// The text written so far.
    package var text: String { buffer.string }

    /// A copy of the UTF-8 text written so far.
    package var bytes: [UInt8] { buffer.array }

    /// The UTF-8 text written, as an array.
    package consuming func takeBytes() -> [UInt8] { buffer.takeArray() }

    // MARK: - The buffer

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        buffer.append(byte)
    }

    @inline(__always)
    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        buffer.append(run)
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8, times: Int) {
        buffer.append(byte, times: times)
    }

    @inline(__always)
    private mutating func append(_ text: StaticString) {
        buffer.append(text)
    }

    // MARK: - Containers

    package mutating func beginObject() { open(UInt8(ascii: "{")) }
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    package mutating func beginArray() { open(UInt8(ascii: "[")) }
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member whose key is fixed ASCII text that needs no escaping.
    package mutating func key(_ name: StaticString) {
        assert(name.withUTF8Buffer { $0.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x3C && $0 != 0x5C } })
        if !pretty {
            // The compact layout in one piece: `,"name":` (no comma before the first member).
            let comma = !containerIsEmpty
            containerIsEmpty = false
            let length = name.utf8CodeUnitCount
            buffer.appendInPlace(maximum: length + 4) { start in
                var out = start
                if comma {
                    out.pointee = UInt8(ascii: ",")
                    out += 1
                }
                out.pointee = UInt8(ascii: "\"")
                (out + 1).initialize(from: name.utf8Start, count: length)
                out += length + 1
                out[0] = UInt8(ascii: "\"")
                out[1] = UInt8(ascii: ":")
                return start.distance(to: out) + 2
            }
            afterKey = true
            return
        }
        beginElement()
        append(UInt8(ascii: "\""))
        append(name)
        append(UInt8(ascii: "\""))
        writeKeySeparator()
    }

    /// Starts an object member whose key comes from the content, escaped as any string.
    package mutating func key(_ name: String) {
        beginElement()
        writeQuoted(name)
        writeKeySeparator()
    }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        append(bracket)
        depth += 1
        containerIsEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if containerIsEmpty { append(UInt8(ascii: "\n")) }
            append(UInt8(ascii: "\n"))
            writeIndent()
        }
        append(bracket)
        // The container was an element of its parent, which therefore is not empty.
        containerIsEmpty = false
    }

    /// Before a value: nothing after a key, else the separator of a new array element.
    @inline(__always)
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            beginElement()
        }
    }

    /// Before an array element or an object member: the comma, then the line break and indent.
    @inline(__always)
    private mutating func beginElement() {
        if containerIsEmpty {
            containerIsEmpty = false
        } else {
            append(UInt8(ascii: ","))
        }
        if pretty {
            append(UInt8(ascii: "\n"))
            writeIndent()
        }
    }

    @inline(__always)
    private mutating func writeKeySeparator() {
        if pretty {
            append(" : ")
        } else {
            append(UInt8(ascii: ":"))
        }
        afterKey = true
    }

    private mutating func writeIndent() {
        append(UInt8(ascii: " "), times: 2 * depth)
    }

    // MARK: - Scalars

    package mutating func bool(_ value: Bool) {
        beginValue()
        append(value ? "true" : "false")
    }

    /// The decimal digits, with a `-` before a negative number.
    package mutating func int(_ value: Int) {
        beginValue()
        appendDecimal(value)
    }

    @inline(__always)
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        // Digits from the first, by powers of ten: turning a written slice around would go through
        // an `ArraySlice` of the whole buffer.
        var power: UInt = 1
        while magnitude / power >= 10 { power &*= 10 }
        repeat {
            append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude / power % 10))
            power /= 10
        } while power > 0
    }

    // MARK: - Source ranges

    /// A source range, `{"end":{"column":…,"line":…},"start":{"column":…,"line":…}}`: every node
    /// has one or more, so the compact layout is written in one go instead of as two nested objects
    /// of two members; pretty output takes the general path.
    package mutating func sourceRange(_ range: SourceRange) {
        guard !pretty else {
            beginObject()
            key("end")
            sourceLocation(range.end)
            key("start")
            sourceLocation(range.start)
            endObject()
            return
        }
        beginValue()
        // 55 bytes of markup and four numbers of at most 20 bytes each, written in place.
        buffer.appendInPlace(maximum: 55 + 4 * 20) { start in
            var out = start
            func put(_ text: StaticString) {
                out.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
                out += text.utf8CodeUnitCount
            }
            func put(_ value: Int) {
                if value < 0 {
                    out.pointee = UInt8(ascii: "-")
                    out += 1
                }
                let magnitude = value.magnitude
                var power: UInt = 1
                while magnitude / power >= 10 { power &*= 10 }
                repeat {
                    out.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude / power % 10)
                    out += 1
                    power /= 10
                } while power > 0
            }
            put(#"{"end":{"column":"#)
            put(range.end.column)
            put(#","line":"#)
            put(range.end.line)
            put(#"},"start":{"column":"#)
            put(range.start.column)
            put(#","line":"#)
            put(range.start.line)
            put("}}")
            return start.distance(to: out)
        }
        // As `close` leaves it: the range was an element of its parent.
        containerIsEmpty = false
    }

    /// A source location, `{"column":…,"line":…}`.
    package mutating func sourceLocation(_ location: SourceLocation) {
        beginObject()
        key("column")
        int(location.column)
        key("line")
        int(location.line)
        endObject()
    }

    /// A string in quotes, escaped as `JSONEncoder` escapes it: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
    /// `\t`, the other control characters as `\u00XX` (lowercase hex), everything else (`/`, U+007F,
    /// U+2028, any non-ASCII) as it is; and `<` as `\u003c`, so that an author's `</script>` or `<!--`
    /// stays inert when a page inlines the JSON in a `<script>` element.
    package mutating func string(_ value: String) {
        beginValue()
        writeQuoted(value)
    }

    private mutating func writeQuoted(_ value: String) {
        append(UInt8(ascii: "\""))
        // A native string is contiguous: read in place, without a mutable copy.
        guard let _ = value.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) else {
            var value = value
            value.withUTF8 { writeEscaped($0) }
            append(UInt8(ascii: "\""))
            return
        }
        append(UInt8(ascii: "\""))
    }

    /// The string's bytes with the escapes `string(_:)` describes, without the quotes.
    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Bytes that need no escape are copied in runs.
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            // Eight bytes at a time while none is below `]`: Chinese text and lowercase letters.
            if let base = utf8.baseAddress {
                while index + 8 <= count, Self.allAbove92(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                }
                guard index < count else { break }
            }
            let byte = utf8[index]
            // One comparison passes every byte above `\` (all of non-ASCII text).
            if byte > UInt8(ascii: "\\")
                || (byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "\\")) {
                index += 1
                continue
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): append(#"\""#)
            case UInt8(ascii: "\\"): append(#"\\"#)
            case UInt8(ascii: "<"):
                if escapesLessThan { append(#"\u003c"#) } else { append(byte) }
            case 0x08: append(#"\b"#)
            case 0x0C: append(#"\f"#)
            case UInt8(ascii: "\n"): append(#"\n"#)
            case UInt8(ascii: "\r"): append(#"\r"#)
            case UInt8(ascii: "\t"): append(#"\t"#)
            default: appendUnicodeEscape(byte)
            }
            index += 1
            runStart = index
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Whether every byte of `word` is above `\` (0x5C), so none needs an escape: a byte below
    /// 0x5D has its top bit set after subtracting 0x5D unless it was at 0x80 or above already
    /// (the classic test for a byte less than n, n ≤ 128).
    @inline(__always)
    static func allAbove92(_ word: UInt64) -> Bool {
        (word &- 0x5D5D_5D5D_5D5D_5D5D) & ~word & 0x8080_8080_8080_8080 == 0
    }

    /// `\u00XX` for a control character, in lowercase hex as `JSONEncoder` writes it.
    private mutating func appendUnicodeEscape(_ byte: UInt8) {
        let hexDigits: StaticString = "0123456789abcdef"
        append(#"\u00"#)
        append(hexDigits.utf8Start[Int(byte >> 4)])
        append(hexDigits.utf8Start[Int(byte & 0xF)])
    }
}
