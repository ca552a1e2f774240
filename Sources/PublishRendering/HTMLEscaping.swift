import PublishCore
import PublishReading
import PublishRules

/// Escaping for HTML text and attribute values, and the URL schemes a published page may link to.
public enum HTMLEscaping {
    /// Escapes `& < > " '` so the text can stand in element content or a quoted attribute.
    public static func escape(_ text: String) -> String {
        UTF8Rewriter.rewrite(text, special: special, action)
    }

    /// Appends `escape(text)` to `html`, without making a string of it first.
    package static func append(escaping text: String, to html: inout UTF8Rewriter) {
        // A native string is read in place; any other is made contiguous first.
        guard text.utf8.withContiguousStorageIfAvailable({ html.append(escaping: $0, special: special, action) }) != nil
        else {
            var text = text
            text.withUTF8 { html.append(escaping: $0, special: special, action) }
            return
        }
    }

    private static func action(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UTF8Rewriter.Action {
        switch bytes[index] {
        case UInt8(ascii: "&"): .replace("&amp;")
        case UInt8(ascii: "<"): .replace("&lt;")
        case UInt8(ascii: ">"): .replace("&gt;")
        case UInt8(ascii: "\""): .replace("&quot;")
        case UInt8(ascii: "'"): .replace("&#39;")
        case 0: .replace("\u{FFFD}")
        default: .keep
        }
    }

    private static let special = UTF8Rewriter.ByteSet(Array("&<>\"'\u{0}".utf8))

    /// The schemes a link may use; anything else (`javascript:`, `data:`, `vbscript:`, …) is not
    /// linked. Relative links and fragments are allowed.
    package static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    package static let imageSchemes: Set<String> = ["http", "https"]

    /// Whether `url` is safe as a link (`image` false) or an image source (`image` true).
    public static func isSafe(url: String, image: Bool = false) -> Bool {
        // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
        let compact = String(String.UnicodeScalarView(url.unicodeScalars.filter {
            $0.value > 0x20 && $0.value != 0x7F
        })).lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let beforeColon = compact[..<colon]
        if beforeColon.contains("/") || beforeColon.contains("?") || beforeColon.contains("#") { return true }
        return (image ? imageSchemes : linkSchemes).contains(String(beforeColon))
    }
}
