/// One block of a notice's body below the opening.
public indirect enum NoticeBlock: Hashable, Sendable, Codable {
    case paragraph(Paragraph)
    case item(Item)
    /// A bullet list (Markdown `-`); each element holds the item's blocks.
    case list(items: [[NoticeBlock]], range: SourceRange)
    case quote([NoticeBlock], range: SourceRange)
    case code(info: String, literal: String, range: SourceRange)
    case table(NoticeTable)
    /// An HTML comment or other raw HTML block: kept, never rendered as markup.
    case html(String, range: SourceRange)
    case thematicBreak(range: SourceRange)

    public var item: Item? {
        if case .item(let item) = self { item } else { nil }
    }

    public var range: SourceRange {
        switch self {
        case .paragraph(let p): p.range
        case .item(let i): i.range
        case .list(_, let r), .quote(_, let r), .code(_, _, let r), .html(_, let r), .thematicBreak(let r): r
        case .table(let t): t.range
        }
    }
}

/// A GFM table with its cells as rich text; the first row is the header.
public struct NoticeTable: Hashable, Sendable, Codable {
    public var alignments: [TableAlignment]
    public var rows: [[RichText]]
    public var range: SourceRange

    package init(alignments: [TableAlignment], rows: [[RichText]], range: SourceRange) {
        self.alignments = alignments
        self.rows = rows
        self.range = range
    }
}
