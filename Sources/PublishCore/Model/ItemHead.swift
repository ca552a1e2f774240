/// The numbered start of a section or an item: its ordinal and its heading text.
public struct ItemHead: Hashable, Sendable, Codable {
    public enum Form: String, Hashable, Sendable, Codable {
        /// A Markdown heading (`### （一）关于……方面`).
        case heading
        /// A paragraph that is only a heading line, with no `。` (`1、主动对接国家重大发展战略规划`).
        case line
        /// A paragraph that starts with an ordinal: the lead runs to the first `。`, the body follows.
        case runIn
    }

    public var ordinal: Ordinal?
    public var form: Form
    /// The heading text after the ordinal; for a run-in item, up to and including its first `。`.
    public var lead: RichText
    /// The rest of a run-in paragraph (it may hold measures); empty for headings and lines.
    public var body: Paragraph?
    public var range: SourceRange

    public init(ordinal: Ordinal?, form: Form, lead: RichText, body: Paragraph?, range: SourceRange) {
        self.ordinal = ordinal
        self.form = form
        self.lead = lead
        self.body = body
        self.range = range
    }

    /// Ordinal, lead and body as written, without styles.
    public var plain: String { (ordinal?.text ?? "") + lead.plain + (body?.plain ?? "") }
}
