/// The author's text made safe for WordprocessingML: XML-escaped, with the characters XML and Word
/// refuse taken out.
///
/// Word reports "unreadable content" for a literal line break inside `<w:t>`, and XML 1.0 forbids
/// most control characters outright, so text is never copied into a part as it is: line breaks
/// become `<w:br/>`, tabs `<w:tab/>`, other control characters (C0, DEL, C1) and the non-characters
/// U+FFFE/U+FFFF are dropped, and `& < > " '` are escaped everywhere (`>` too, so that `]]>` in the
/// text can never end anything).
enum WordText {
    /// The content of one `<w:r>`: `<w:t>` pieces split by `<w:br/>` and `<w:tab/>`. Empty when
    /// nothing printable is left.
    static func runContent(_ text: String) -> String {
        var xml = ""
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            xml += "<w:t xml:space=\"preserve\">\(pending)</w:t>"
            pending = ""
        }
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n":
                // A CRLF pair is one break.
                if previousWasCR { continue }
                flush()
                xml += "<w:br/>"
            case "\r":
                flush()
                xml += "<w:br/>"
            case "\t":
                flush()
                xml += "<w:tab/>"
            default:
                if isDropped(scalar) { continue }
                appendEscaped(scalar, to: &pending)
            }
        }
        flush()
        return xml
    }

    /// Text for element content or a quoted attribute value, on one line: line breaks and tabs
    /// become spaces, other control characters are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": result += " "
            default:
                if isDropped(scalar) { continue }
                appendEscaped(scalar, to: &result)
            }
        }
        return result
    }

    /// The text as a reader of the file sees it: what `runContent` keeps, line breaks as `\n`, tabs
    /// as `\t`. Tests and layout arithmetic use it.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) { result.append(scalar) }
        return String(result)
    }

    /// Control characters other than tab and line breaks, and what XML 1.0 cannot hold.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0...0x8, 0xB, 0xC, 0xE...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to result: inout String) {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&apos;"
        default: result.unicodeScalars.append(scalar)
        }
    }
}
