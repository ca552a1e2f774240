import PublishCore

/// Front matter of the one shape notices have, read without Yams: every line `key: value` at the
/// line's start, each value a plain scalar or a flow sequence of plain scalars, no key twice.
///
/// Composing four lines with Yams (libyaml's events, a tree of nodes, their marks) cost more than
/// the rest of reading the front matter. The shape is kept narrow enough that what Yams composes
/// from it is known: a mapping of plain scalars (their text as written, implicit tag), their marks
/// at the first character of each. Any line outside it (a comment, a quote, an indented line, a
/// tab, a `:` or `#` in a value, a character YAML treats specially) sends the whole front matter
/// to Yams (`FrontMatterShortcutTests` and `PlainFrontMatterTests` hold the two to each other).
package struct PlainFrontMatter {
    package struct Entry {
        package var key: String
        package var keyRange: SourceRange
        package var value: Value
        /// The range `Reader.range(of:)` gives the value's node.
        package var valueRange: SourceRange
    }

    package enum Value {
        case scalar(String)
        case sequence([String])
    }

    package var entries: [Entry]

    /// The entries of `lines` (the lines between the delimiters; the first is line 2 of the
    /// file), or nil when any line is outside the shape.
    package static func read<Lines: Collection>(_ lines: Lines) -> PlainFrontMatter? where Lines.Element == Substring {
        guard !lines.isEmpty else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let fileLine = index + 2
            let entry: Entry?? = line.utf8.withContiguousStorageIfAvailable { bytes in
                PlainFrontMatter.entry(bytes, line: fileLine)
            }
            guard let entry = entry ?? nil else { return nil }
            guard !entries.contains(where: { $0.key == entry.key }) else { return nil }
            entries.append(entry)
        }
        return PlainFrontMatter(entries: entries)
    }

    /// One `key: value` line, or nil.
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Entry? {
        var offset = 0
        while offset < bytes.count, isKeyByte(bytes[offset]) { offset += 1 }
        let keyEnd = offset
        guard keyEnd > 0, offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return nil }
        offset += 1
        let colonEnd = offset
        while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        guard offset > colonEnd, offset < bytes.count else { return nil }
        let valueStart = offset
        let key = UTF8Validation.string(unchecked: UnsafeBufferPointer(rebasing: bytes[0..<keyEnd]), isASCII: true)
        let keyRange = SourceRange(
            start: SourceLocation(line: line, column: 1), end: SourceLocation(line: line, column: 1 + keyEnd))
        // Columns in scalars: the key and the spaces before the value are ASCII.
        let valueColumn = valueStart + 1
        let value: Value
        let valueRange: SourceRange
        if bytes[valueStart] == UInt8(ascii: "[") {
            guard let items = sequence(bytes, from: valueStart + 1) else { return nil }
            value = .sequence(items)
            valueRange = SourceRange(
                start: SourceLocation(line: line, column: valueColumn),
                end: SourceLocation(line: line, column: valueColumn + 1))
        } else {
            let text = UnsafeBufferPointer(rebasing: bytes[valueStart...])
            guard isPlain(text, inFlow: false) else { return nil }
            value = .scalar(UTF8Validation.string(unchecked: text))
            valueRange = SourceRange(
                start: SourceLocation(line: line, column: valueColumn),
                end: SourceLocation(line: line, column: valueColumn + max(UTF8Bytes.scalarCount(text), 1)))
        }
        return Entry(key: key, keyRange: keyRange, value: value, valueRange: valueRange)
    }

    /// `a, b, c]` to the line's end: items separated by a comma and spaces, nothing after `]`.
    private static func sequence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [String]? {
        guard bytes.last == UInt8(ascii: "]") else { return nil }
        let end = bytes.count - 1
        var items: [String] = []
        var offset = start
        if offset == end { return items }
        while true {
            while offset < end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            let itemStart = offset
            while offset < end, bytes[offset] != UInt8(ascii: ",") { offset += 1 }
            var itemEnd = offset
            while itemEnd > itemStart, bytes[itemEnd - 1] == UInt8(ascii: " ") { itemEnd -= 1 }
            let item = UnsafeBufferPointer(rebasing: bytes[itemStart..<itemEnd])
            guard isPlain(item, inFlow: true) else { return nil }
            items.append(UTF8Validation.string(unchecked: item))
            if offset == end { return items }
            offset += 1  // the comma
        }
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// Whether `text` is a plain scalar whose value is its text as written: not empty, not
    /// starting with an indicator, no `:` `#` or quote anywhere (no comment, no mapping), no
    /// brackets or braces (and, in a flow sequence, no comma), no space at either end, no tab, and
    /// only characters libyaml prints (no control characters, no NEL, line or paragraph separator,
    /// byte-order mark or noncharacter U+FFFE/U+FFFF).
    private static func isPlain(_ text: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last, first != UInt8(ascii: " "), last != UInt8(ascii: " ")
        else { return false }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"),
            UInt8(ascii: ","):
            return false
        default: break
        }
        var offset = 0
        while offset < text.count {
            let byte = text[offset]
            switch byte {
            case 0x00..<0x20, 0x7F, UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "'"), UInt8(ascii: "\""),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\\"):
                return false
            case UInt8(ascii: ","):
                if inFlow { return false }
            case 0xC2:
                // U+0080–U+009F: C1 controls and NEL.
                if offset + 1 < text.count, text[offset + 1] < 0xA0 { return false }
            case 0xE2:
                // U+2028, U+2029: line and paragraph separators.
                if offset + 2 < text.count, text[offset + 1] == 0x80, text[offset + 2] == 0xA8 || text[offset + 2] == 0xA9 {
                    return false
                }
            case 0xEF:
                // U+FEFF, U+FFFE, U+FFFF.
                if offset + 2 < text.count,
                    (text[offset + 1] == 0xBB && text[offset + 2] == 0xBF)
                        || (text[offset + 1] == 0xBF && text[offset + 2] >= 0xBE)
                {
                    return false
                }
            default: break
            }
            offset += 1
        }
        return true
    }
}
