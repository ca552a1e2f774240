import PublishCore

/// A block of a Markdown document with the range it occupies in the file.
public struct MarkdownBlock: Hashable, Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Not `indirect`: the nested cases hold arrays, already references.
    public enum Kind: Hashable, Sendable {
        case paragraph([MarkdownInline])
        case heading(level: Int, [MarkdownInline])
        case blockQuote([MarkdownBlock])
        case list(MarkdownList)
        case codeBlock(info: String, literal: String)
        /// A raw HTML block, kept as written; renderers never emit it as markup.
        case html(String)
        case thematicBreak
        case table(MarkdownTable)
    }
}

/// A bullet or ordered list.
public struct MarkdownList: Hashable, Sendable {
    public var isOrdered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    public var isTight: Bool
    public var items: [Item]

    public struct Item: Hashable, Sendable {
        /// The list marker as written in the file (`1.`, `2)`, `-`), without the spaces after it.
        public var marker: String
        public var markerRange: SourceRange
        /// `true`/`false` for a GFM task-list item, `nil` otherwise.
        public var taskChecked: Bool?
        public var blocks: [MarkdownBlock]
        public var range: SourceRange
    }
}

/// A GFM table.
public struct MarkdownTable: Hashable, Sendable {
    public typealias Alignment = TableAlignment
    public var alignments: [Alignment]
    /// The header row first, then the body rows.
    public var rows: [[[MarkdownInline]]]
}
