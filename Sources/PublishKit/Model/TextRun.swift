/// A stretch of inline text with one set of styles: the unit `RichText` is made of.
public struct TextRun: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case text
        /// An inline code span.
        case code
        /// Inline raw HTML as the author wrote it; shown as text, never as markup.
        case html
        /// A hard line break the author asked for; `text` is `"\n"`.
        case lineBreak
        /// An image; `text` is its alternative text and `source` its address.
        case image
    }

    public var kind: Kind
    public var text: String
    public var emphasis: Bool
    public var strong: Bool
    public var strikethrough: Bool
    /// The link destination when the run is (inside) a link.
    public var link: String?
    /// The image address for `.image` runs.
    public var source: String?
    public var range: SourceRange

    public init(
        kind: Kind = .text, text: String, emphasis: Bool = false, strong: Bool = false,
        strikethrough: Bool = false, link: String? = nil, source: String? = nil, range: SourceRange
    ) {
        self.kind = kind
        self.text = text
        self.emphasis = emphasis
        self.strong = strong
        self.strikethrough = strikethrough
        self.link = link
        self.source = source
        self.range = range
    }

    /// Whether two runs can be one: same kind and styles.
    func hasSameStyle(as other: TextRun) -> Bool {
        kind == other.kind && emphasis == other.emphasis && strong == other.strong
            && strikethrough == other.strikethrough && link == other.link && source == other.source
    }
}
