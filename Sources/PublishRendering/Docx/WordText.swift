import PublishCore
import PublishReading
import PublishRules

/// The author's text made safe for WordprocessingML: XML-escaped, with the characters XML and Word
/// refuse taken out.
///
/// Word reports "unreadable content" for a literal line break inside `<w:t>`, and XML 1.0 forbids
/// most control characters outright, so text is never copied into a part as it is: line breaks
/// become `<w:br/>`, tabs `<w:tab/>`, other control characters (C0, DEL, C1) and the non-characters
/// U+FFFE/U+FFFF are dropped, and `& < > " '` are escaped everywhere (`>` too, so that `]]>` in the
/// text can never end anything).
package enum WordText {
    /// The content of one `<w:r>`: `<w:t>` pieces split by `<w:br/>` and `<w:tab/>`. Empty when
    /// nothing printable is left.
    package static func runContent(_ text: String) -> String {
        var xml = UTF8Rewriter(capacity: text.utf8.count + 64)
        appendRunContent(text, to: &xml)
        return xml.string
    }

    /// Appends `runContent(text)` to `xml`, without making a string of it first: the document
    /// part is written into one buffer.
    package static func appendRunContent(_ text: String, to xml: inout UTF8Rewriter) {
        // A native string is read in place; any other is made contiguous first.
        guard text.utf8.withContiguousStorageIfAvailable({ appendRunContent(utf8: $0, to: &xml) }) != nil else {
            var text = text
            text.withUTF8 { appendRunContent(utf8: $0, to: &xml) }
            return
        }
    }

    /// One pass over the bytes: each piece between breaks is escaped as it is found, in a
    /// `<w:t>` opened before it and taken back when nothing of the piece was kept.
    private static func appendRunContent(utf8 bytes: UnsafeBufferPointer<UInt8>, to xml: inout UTF8Rewriter) {
        let special = Self.special
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if isBreak(byte) {
                // A CRLF pair is one break.
                if !(byte == 0x0A && index > 0 && bytes[index - 1] == 0x0D) {
                    xml.append(byte == 0x09 ? "<w:tab/>" : "<w:br/>")
                }
                index += 1
                continue
            }
            // Text up to the next line break or tab is one piece.
            let opened = xml.count
            xml.append("<w:t xml:space=\"preserve\">")
            let textStart = xml.count
            var runStart = index
            while true {
                index = special.firstMember(in: bytes, from: index)
                guard index < count, !isBreak(bytes[index]) else { break }
                switch action(bytes, index) {
                case .keep:
                    index += 1
                    continue
                case .replace(let replacement):
                    xml.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    xml.append(replacement)
                    index += 1
                case .drop(let length):
                    xml.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    index += length
                }
                runStart = index
            }
            xml.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            if xml.count == textStart {
                // Nothing printable: no element at all.
                xml.removeLast(xml.count - opened)
            } else {
                xml.append("</w:t>")
            }
        }
    }

    /// A line break or a tab: `<w:br/>` or `<w:tab/>` between pieces of text.
    @inline(__always)
    private static func isBreak(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Whether `runContent(text)` is not empty: whether anything is left once dropped characters
    /// are (a line break or a tab is, as `<w:br/>` or `<w:tab/>`).
    package static func hasContent(_ text: String) -> Bool {
        // Usually the first scalar answers.
        return text.unicodeScalars.contains { !isDropped($0) }
    }

    /// Text for element content or a quoted attribute value, on one line: line breaks and tabs
    /// become spaces, other control characters are dropped.
    package static func escape(_ text: String) -> String {
        UTF8Rewriter.rewrite(text, special: special) { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): .replace(" ")
            default: action(bytes, index)
            }
        }
    }

    /// The bytes `action` looks at: ASCII controls and XML's five, and the lead bytes of the C1
    /// controls and of U+FFFE/U+FFFF.
    private static let special = UTF8Rewriter.ByteSet(0x00...0x1F, and: Array("&<>\"'".utf8) + [0x7F, 0xC2, 0xEF])

    /// The XML escape, or the drop, of the scalar that starts at `index`.
    private static func action(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UTF8Rewriter.Action {
        switch bytes[index] {
        case UInt8(ascii: "&"): return .replace("&amp;")
        case UInt8(ascii: "<"): return .replace("&lt;")
        case UInt8(ascii: ">"): return .replace("&gt;")
        case UInt8(ascii: "\""): return .replace("&quot;")
        case UInt8(ascii: "'"): return .replace("&apos;")
        case 0x00...0x1F, 0x7F: return .drop(1)
        // C1 controls, U+0080–U+009F, are C2 80 … C2 9F.
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return .drop(2)
        // The non-characters U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: return .drop(3)
        default: return .keep
        }
    }

    /// The text as a reader of the file sees it: what `runContent` keeps, line breaks as `\n`, tabs
    /// as `\t`. Tests and layout arithmetic use it.
    package static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) { result.append(scalar) }
        return String(result)
    }

    /// Control characters other than tab and line breaks, and what XML 1.0 cannot hold.
    package static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0...0x8, 0xB, 0xC, 0xE...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
