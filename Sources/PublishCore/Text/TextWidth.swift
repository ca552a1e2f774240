/// Columns of text in a terminal, where a Chinese character takes two: for tables that line up in
/// either language.
public enum TextWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + CharacterClass.displayWidth($1) }
    }

    /// `text` and spaces up to `width` columns (`text` as it is when it is wider).
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces, then `text`, up to `width` columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }
}
