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

    // MARK: - JSON: styles that are off and the default kind are left out.

    private enum CodingKeys: String, CodingKey {
        case kind, text, emphasis, strong, strikethrough, link, source, range
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .text
        text = try c.decode(String.self, forKey: .text)
        emphasis = try c.decodeIfPresent(Bool.self, forKey: .emphasis) ?? false
        strong = try c.decodeIfPresent(Bool.self, forKey: .strong) ?? false
        strikethrough = try c.decodeIfPresent(Bool.self, forKey: .strikethrough) ?? false
        link = try c.decodeIfPresent(String.self, forKey: .link)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        range = try c.decode(SourceRange.self, forKey: .range)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if kind != .text { try c.encode(kind, forKey: .kind) }
        try c.encode(text, forKey: .text)
        if emphasis { try c.encode(true, forKey: .emphasis) }
        if strong { try c.encode(true, forKey: .strong) }
        if strikethrough { try c.encode(true, forKey: .strikethrough) }
        try c.encodeIfPresent(link, forKey: .link)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(range, forKey: .range)
    }

    /// Whether two runs can be one: same kind and styles.
    package func hasSameStyle(as other: TextRun) -> Bool {
        kind == other.kind && emphasis == other.emphasis && strong == other.strong
            && strikethrough == other.strikethrough && link == other.link && source == other.source
    }
}
