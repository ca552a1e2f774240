/// A block of the body on its way to the model: Markdown blocks flattened to the level where
/// numbering decides structure. An ordered Markdown list (`1. 关于……`) becomes one paragraph per item
/// with its marker in front, so it numbers like any `1.` paragraph.
enum Unit {
    case heading(Int, RichText, SourceRange)
    case paragraph(RichText, SourceRange)
    case other(NoticeBlock)

    static func units(from blocks: [MarkdownBlock]) -> [Unit] {
        blocks.flatMap(units(from:))
    }

    private static func units(from block: MarkdownBlock) -> [Unit] {
        switch block.kind {
        case .heading(let level, let inlines):
            return [.heading(level, RichTextBuilder.build(inlines), block.range)]
        case .paragraph(let inlines):
            return [.paragraph(RichTextBuilder.build(inlines), block.range)]
        case .list(let list) where list.isOrdered:
            return list.items.flatMap { item -> [Unit] in
                let marker = RichText(runs: [TextRun(text: item.marker, range: item.markerRange)])
                guard case .paragraph(let inlines)? = item.blocks.first?.kind else {
                    return [.paragraph(marker, item.markerRange)] + units(from: item.blocks)
                }
                let text = marker + RichTextBuilder.build(inlines)
                return [.paragraph(text, item.range)] + units(from: Array(item.blocks.dropFirst()))
            }
        default:
            return [.other(noticeBlock(block))]
        }
    }

    /// Blocks inside quotes and bullet lists keep their shape.
    static func noticeBlock(_ block: MarkdownBlock) -> NoticeBlock {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            return .paragraph(MeasureSplitter.paragraph(RichTextBuilder.build(inlines), range: block.range))
        case .blockQuote(let children):
            return .quote(children.map(noticeBlock), range: block.range)
        case .list(let list):
            return .list(items: list.items.map { item in
                let blocks = item.blocks.map(noticeBlock)
                guard list.isOrdered, case .paragraph(var paragraph)? = blocks.first else { return blocks }
                paragraph.segments.insert(.text(RichText(runs: [TextRun(text: item.marker + " ", range: item.markerRange)])), at: 0)
                return [.paragraph(paragraph)] + blocks.dropFirst()
            }, range: block.range)
        case .codeBlock(let info, let literal):
            return .code(info: info, literal: literal, range: block.range)
        case .html(let html):
            return .html(html, range: block.range)
        case .thematicBreak:
            return .thematicBreak(range: block.range)
        case .table(let table):
            return .table(NoticeTable(
                alignments: table.alignments, rows: table.rows.map { $0.map(RichTextBuilder.build) }, range: block.range))
        }
    }

    // MARK: - Reading a unit

    var text: RichText {
        switch self {
        case .heading(_, let text, _), .paragraph(let text, _): text
        case .other: RichText()
        }
    }

    var range: SourceRange {
        switch self {
        case .heading(_, _, let range), .paragraph(_, let range): range
        case .other(let block): block.range
        }
    }

    /// An HTML comment block (`<!-- … -->`): a note or a directive, not content.
    var isComment: Bool {
        guard case .other(.html(let html, _)) = self else { return false }
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }

    var isThematicBreak: Bool {
        if case .other(.thematicBreak) = self { true } else { false }
    }

    /// The ordinal at the start, measures excluded (they stay inside paragraphs).
    var ordinal: OrdinalParser.Match? {
        switch self {
        case .heading(_, let text, _), .paragraph(let text, _):
            guard let match = OrdinalParser.parse(text.plain), match.level != .measure else { return nil }
            return match
        case .other:
            return nil
        }
    }

    /// The level at which the unit opens an item, or nil when it is content.
    var itemLevel: Ordinal.Level? {
        if let ordinal { return ordinal.level }
        if case .heading(let depth, _, _) = self {
            let levels: [Ordinal.Level] = [.hanzi, .hanzi, .parenthesizedHanzi, .arabic, .parenthesizedArabic, .circled]
            return levels[min(max(depth, 1), 6) - 1]
        }
        return nil
    }

    var startsSection: Bool { itemLevel == .hanzi }

    /// The head of the item the unit opens.
    var itemHead: ItemHead? {
        guard itemLevel != nil else { return nil }
        let text = self.text
        var ordinal: Ordinal? = nil
        var rest = text
        if let match = self.ordinal {
            let written = String(String.UnicodeScalarView(text.plain.unicodeScalars.prefix(match.length)))
            ordinal = Ordinal(
                level: match.level, value: match.value, text: written, deviations: match.deviations,
                range: text.range(of: 0..<match.length) ?? range)
            rest = text.dropping(match.length)
        }
        if case .heading = self {
            return ItemHead(ordinal: ordinal, form: .heading, lead: rest, body: nil, range: range)
        }
        let scalars = Array(rest.plain.unicodeScalars)
        guard let stop = scalars.firstIndex(of: "。") else {
            return ItemHead(ordinal: ordinal, form: .line, lead: rest, body: nil, range: range)
        }
        let (lead, bodyText) = rest.split(at: stop + 1)
        let body = bodyText.isEmpty ? nil : MeasureSplitter.paragraph(bodyText, range: bodyText.range ?? range)
        return ItemHead(ordinal: ordinal, form: .runIn, lead: lead, body: body, range: range)
    }

    /// The unit as a block of content (for units that open no item).
    var block: NoticeBlock? {
        switch self {
        case .paragraph(let text, let range): .paragraph(MeasureSplitter.paragraph(text, range: range))
        case .heading(_, let text, let range): .paragraph(MeasureSplitter.paragraph(text, range: range))
        case .other(let block): block
        }
    }

    var paragraph: Paragraph? {
        if case .paragraph(let text, let range) = self { MeasureSplitter.paragraph(text, range: range) } else { nil }
    }
}
