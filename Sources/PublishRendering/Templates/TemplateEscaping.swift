/// The escaping of `{{name}}`: swift-mustache's `htmlEscape`, which replaces the characters
/// `& < > " '` (as whole characters: a `<` that starts a longer grapheme cluster, such as `<` with a
/// combining mark, is not one of them).
enum TemplateEscaping {
    /// Appends `text` escaped to `output`, byte by byte; text where one of the five bytes touches a
    /// non-ASCII byte (and so may belong to a longer grapheme cluster) goes character by character.
    static func append(_ text: String, to output: inout ByteBuffer) {
        var text = text
        let done = text.withUTF8 { appendIfASCIIAround($0, to: &output) }
        if !done { appendByCharacter(text, to: &output) }
    }

    /// Appends UTF-8 `bytes` (an HTML fragment) escaped as the text they are.
    static func append(_ bytes: [UInt8], to output: inout ByteBuffer) {
        let done = bytes.withUnsafeBufferPointer { appendIfASCIIAround($0, to: &output) }
        if !done { appendByCharacter(String(decoding: bytes, as: UTF8.self), to: &output) }
    }

    /// Appends `bytes` escaped byte by byte and says so, or appends nothing and says false when one
    /// of the five touches a non-ASCII byte.
    private static func appendIfASCIIAround(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) -> Bool {
        let mark = output.count
        var runStart = 0
        for index in 0..<bytes.count {
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) {
                output.truncate(to: mark)
                return false
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(replacement)
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        return true
    }

    private static func appendByCharacter(_ text: String, to output: inout ByteBuffer) {
        for character in text {
            switch character {
            case "&": output.append("&amp;")
            case "<": output.append("&lt;")
            case ">": output.append("&gt;")
            case "\"": output.append("&quot;")
            case "'": output.append("&#39;")
            default: output.append(utf8Of: String(character))
            }
        }
    }
}
