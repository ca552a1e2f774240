import PublishCore

/// A block of the body on its way to the model: Markdown blocks flattened to the level where
/// numbering decides structure. An ordered Markdown list (`1. 关于……`) becomes one paragraph per item
/// with its marker in front, so it numbers like any `1.` paragraph.
package struct Unit {
    package enum Content {
        case heading(Int, RichText, SourceRange)
        case paragraph(RichText, SourceRange)
        case other(NoticeBlock)
    }

    package let content: Content
    /// The ordinal at the start, measures excluded (they stay inside paragraphs). Read once: the
    /// interpreter asks for it many times.
    package let ordinal: OrdinalParser.Match?
    /// Whether a top-level ordinal (`一、`) opens an item inside a part rather than a part: it
    /// restarts the numbering inside a part, or stands under a deeper Markdown heading than the
    /// parts do.
    package var isNested = false

    package init(_ content: Content) {
        switch content {
        case .heading(_, let text, _), .paragraph(let text, _):
            self.init(content, ordinal: Unit.ordinal(of: text))
        case .other:
            self.init(content, ordinal: nil)
        }
    }

    /// The unit of `content` whose text's ordinal (`ordinal(of:)`) is found already: read off the
    /// text before it is wrapped, not taken out of the content again.
    private init(_ content: Content, ordinal: OrdinalParser.Match?) {
        self.content = content
        self.ordinal = ordinal
    }

    /// A heading or paragraph unit of `text`.
    private static func text(_ text: RichText, heading level: Int?, range: SourceRange) -> Unit {
        let ordinal = Unit.ordinal(of: text)
        if let level { return Unit(.heading(level, text, range), ordinal: ordinal) }
        return Unit(.paragraph(text, range), ordinal: ordinal)
    }

    /// The ordinal at the start of a heading's or paragraph's text, measures excluded. Most
    /// paragraphs start with a scalar no ordinal starts with: no scalars are decoded for them.
    /// The first scalar is read by index (no run is copied to look at it); the others are decoded
    /// onto the stack and parsed there, no array made.
    package static func ordinal(of text: RichText) -> OrdinalParser.Match? {
        guard let first = Unit.firstScalar(of: text), OrdinalParser.mayStartOrdinal(first),
            let match = Unit.leadingOrdinal(of: text), match.level != .measure
        else { return nil }
        return match
    }

    package static func heading(_ level: Int, _ text: RichText, _ range: SourceRange) -> Unit {
        Unit(.heading(level, text, range))
    }

    package static func paragraph(_ text: RichText, _ range: SourceRange) -> Unit { Unit(.paragraph(text, range)) }

    package static func other(_ block: NoticeBlock) -> Unit { Unit(.other(block)) }

    package static func units(from blocks: [MarkdownBlock]) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(blocks.count)
        for block in blocks { append(block, to: &units) }
        return units
    }

    /// The units of `block` appended in place (no array per block to flatten).
    private static func append(_ block: MarkdownBlock, to units: inout [Unit]) {
        switch block.kind {
        case .heading(let level, let inlines):
            units.append(Unit.text(RichTextBuilder.build(inlines), heading: level, range: block.range))
        case .paragraph(let inlines):
            units.append(Unit.text(RichTextBuilder.build(inlines), heading: nil, range: block.range))
        case .list(let list) where list.isOrdered:
            for item in list.items {
                let marker = RichText(runs: [TextRun(text: item.marker, range: item.markerRange)])
                guard case .paragraph(let inlines)? = item.blocks.first?.kind else {
                    units.append(Unit.text(marker, heading: nil, range: item.markerRange))
                    for block in item.blocks { append(block, to: &units) }
                    continue
                }
                let text = marker + RichTextBuilder.build(inlines)
                units.append(Unit.text(text, heading: nil, range: item.range))
                for block in item.blocks.dropFirst() { append(block, to: &units) }
            }
        default:
            units.append(Unit(.other(noticeBlock(block))))
        }
    }

    /// Blocks inside quotes and bullet lists keep their shape.
    package static func noticeBlock(_ block: MarkdownBlock) -> NoticeBlock {
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

    package var text: RichText {
        switch content {
        case .heading(_, let text, _), .paragraph(let text, _): text
        case .other: RichText()
        }
    }

    package var range: SourceRange {
        switch content {
        case .heading(_, _, let range), .paragraph(_, let range): range
        case .other(let block): block.range
        }
    }

    /// An HTML comment block (`<!-- … -->`): a note or a directive, not content.
    package var isComment: Bool {
        guard case .other(.html(let html, _)) = content else { return false }
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }

    package var isThematicBreak: Bool {
        if case .other(.thematicBreak) = content { true } else { false }
    }

    /// The first scalar of `text`'s first run with text, looked at in place.
    package static func firstScalar(of text: RichText) -> Unicode.Scalar? {
        for index in text.runs.indices where !text.runs[index].text.isEmpty {
            return RichTextBuilder.firstScalar(of: text.runs[index].text)
        }
        return nil
    }

    /// The first scalars of `text`, as many as `OrdinalParser.parse(_:)` reads of a string, without
    /// joining the whole text.
    package static func leadingScalars(of text: RichText) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        return leadingScalars(of: text, into: &scalars)
    }

    /// `leadingScalars(of:)` read into `scalars`, emptied first and kept with its capacity.
    package static func leadingScalars(of text: RichText, into scalars: inout [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.removeAll(keepingCapacity: true)
        withLeadingScalars(of: text) { scalars.append(contentsOf: $0) }
        return scalars
    }

    /// `OrdinalParser.parse(leadingScalars(of: text))`: the first `OrdinalParser.decisiveLength`
    /// scalars parsed, all 16 only when whitespace after the ordinal may go on past them.
    package static func leadingOrdinal(of text: RichText) -> OrdinalParser.Match? {
        let (match, count) = withLeadingScalars(of: text, limit: OrdinalParser.decisiveLength) {
            (OrdinalParser.parse($0), $0.count)
        }
        guard OrdinalParser.needsMoreScalars(match, count: count) else { return match }
        return withLeadingScalars(of: text, OrdinalParser.parse)
    }

    /// Calls `body` with the first `limit` (at most 16) scalars of `text` (`leadingScalars(of:)`
    /// when 16) in a buffer on the stack. Decoded off each run's UTF-8 where it is contiguous (a
    /// native string's always is); the runs looked at by index, none copied.
    package static func withLeadingScalars<Result>(
        of text: RichText, limit: Int = 16, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> Result
    ) -> Result {
        let limit = min(max(limit, 0), 16)
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 16) { buffer in
            var count = 0
            runs: for index in text.runs.indices {
                let full: Bool? = text.runs[index].text.utf8.withContiguousStorageIfAvailable { bytes in
                    var offset = 0
                    while offset < bytes.count {
                        if count == limit { return true }
                        // ASCII and three-byte scalars (CJK and its punctuation) decoded here,
                        // the rest by `UTF8Bytes.decode`.
                        let lead = bytes[offset]
                        if lead < 0x80 {
                            buffer.initializeElement(at: count, to: Unicode.Scalar(lead))
                            offset += 1
                        } else if lead & 0xF0 == 0xE0 {
                            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
                                | UInt32(bytes[offset + 2] & 0x3F)
                            // Valid UTF-8 decodes to valid scalars only.
                            buffer.initializeElement(at: count, to: Unicode.Scalar(value).unsafelyUnwrapped)
                            offset += 3
                        } else {
                            let (scalar, length) = UTF8Bytes.decode(bytes, at: offset)
                            buffer.initializeElement(at: count, to: scalar)
                            offset += length
                        }
                        count += 1
                    }
                    return false
                }
                if full == true { break runs }
                if full == nil {
                    for scalar in text.runs[index].text.unicodeScalars {
                        if count == limit { break runs }
                        buffer.initializeElement(at: count, to: scalar)
                        count += 1
                    }
                }
            }
            // Unicode scalars are trivial: the buffer needs no deinitializing.
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The level at which the unit opens an item, or nil when it is content.
    package var itemLevel: Ordinal.Level? {
        if let ordinal { return ordinal.level }
        if case .heading(let depth, _, _) = content {
            return Unit.level(ofDepth: depth)
        }
        return nil
    }

    /// The level a Markdown heading of `depth` stands for (`##` = `一、`, `###` = `（一）` …).
    package static func level(ofDepth depth: Int) -> Ordinal.Level {
        let levels: [Ordinal.Level] = [.hanzi, .hanzi, .parenthesizedHanzi, .arabic, .parenthesizedArabic, .circled]
        return levels[min(max(depth, 1), 6) - 1]
    }

    /// The Markdown depth of a heading unit.
    package var headingDepth: Int? {
        if case .heading(let depth, _, _) = content { depth } else { nil }
    }

    package var startsSection: Bool { itemLevel == .hanzi && !isNested }

    /// The head of the item the unit opens.
    package var itemHead: ItemHead? {
        guard itemLevel != nil else { return nil }
        return Unit.itemHead(of: text, range: range, ordinal: ordinal, isHeading: headingDepth != nil)
    }

    /// `itemHead` of a unit that opens an item, given its text, range and ordinal and whether it
    /// is a heading: for a caller that has taken them out of a unit read in place, so that the
    /// unit is not copied whole to keep them alive while its text is cut.
    package static func itemHead(
        of text: RichText, range: SourceRange, ordinal match: OrdinalParser.Match?, isHeading: Bool
    ) -> ItemHead {
        // The text's parts as slices of the whole (the same runs and ranges as cutting off the
        // ordinal and then cutting the rest), cut where they are found in its UTF-8.
        return text.withJoinedUTF8 { bytes in
            // Several runs are counted once each, their sum the whole.
            let layout = text.runs.count == 1
                ? RunLayout(text, scalarCount: UTF8Bytes.scalarCount(bytes)) : RunLayout(text, joinedUTF8: bytes)
            let count = layout.scalarCount
            let length = match?.length ?? 0
            var lengthBytes = 0
            for _ in 0..<length where lengthBytes < bytes.count { lengthBytes += UTF8Bytes.length(ofLead: bytes[lengthBytes]) }
            let ordinal = match.map { match in
                Ordinal(
                    level: match.level, value: match.value,
                    text: UTF8Validation.string(unchecked: UnsafeBufferPointer(rebasing: bytes[..<lengthBytes])),
                    deviations: match.deviations, range: text.range(of: 0..<match.length, offsets: layout.offsets) ?? range)
            }
            func rest() -> RichText {
                length > 0 ? text.slice(length..<count, bytes: lengthBytes..<bytes.count, layout: layout, joined: bytes) : text
            }
            if isHeading {
                return ItemHead(ordinal: ordinal, form: .heading, lead: rest(), body: nil, range: range)
            }
            var fullStop = "。"
            guard let found = fullStop.withUTF8({ UTF8Bytes.firstOffset(of: $0, in: bytes, from: 0) }), found >= lengthBytes else {
                // No full stop after the ordinal (the ordinal holds none).
                return ItemHead(ordinal: ordinal, form: .line, lead: rest(), body: nil, range: range)
            }
            let leadEnd = length + UTF8Bytes.scalarCount(bytes, in: lengthBytes..<found) + 1
            let lead = text.slice(length..<leadEnd, bytes: lengthBytes..<(found + 3), layout: layout, joined: bytes)
            let bodyText = text.slice(leadEnd..<count, bytes: (found + 3)..<bytes.count, layout: layout, joined: bytes)
            // The body's UTF-8 is the rest of the text's: it is split without joining its runs again.
            let body = bodyText.isEmpty ? nil : MeasureSplitter.paragraph(
                bodyText, joinedUTF8: UnsafeBufferPointer(rebasing: bytes[(found + 3)...]), range: bodyText.range ?? range)
            return ItemHead(ordinal: ordinal, form: .runIn, lead: lead, body: body, range: range)
        }
    }

    /// `itemHead?.lead.plain`, without cutting the runs or splitting the body into measures.
    package var itemLeadPlain: String? {
        guard itemLevel != nil else { return nil }
        let length = ordinal?.length ?? 0
        let isHeading = headingDepth != nil
        return text.withJoinedUTF8 { bytes in
            var start = 0
            for _ in 0..<length where start < bytes.count { start += UTF8Bytes.length(ofLead: bytes[start]) }
            var end = bytes.count
            var fullStop = "。"
            if !isHeading, let stop = fullStop.withUTF8({ UTF8Bytes.firstOffset(of: $0, in: bytes, from: start) }) {
                end = stop + 3
            }
            return UTF8Validation.string(unchecked: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// The unit as a block of content (for units that open no item).
    package var block: NoticeBlock? {
        switch content {
        case .paragraph(let text, let range): .paragraph(MeasureSplitter.paragraph(text, range: range))
        case .heading(_, let text, let range): .paragraph(MeasureSplitter.paragraph(text, range: range))
        case .other(let block): block
        }
    }

    package var paragraph: Paragraph? {
        if case .paragraph(let text, let range) = content { MeasureSplitter.paragraph(text, range: range) } else { nil }
    }

    /// A field of the closing set as a numbered line (`1.联系电话：……`): the closing's, not a part's.
    package var isNumberedField: Bool {
        ordinal != nil && ClosingInterpreter.isNumberedField(text.plain)
    }

    /// The unit as a paragraph of the closing: a paragraph, or a numbered field set as a heading.
    package var closingParagraph: Paragraph? {
        switch content {
        case .paragraph(let text, let range), .heading(_, let text, let range): MeasureSplitter.paragraph(text, range: range)
        case .other: nil
        }
    }

    /// Whether the unit is a paragraph (`paragraph` is not nil), without splitting it into measures.
    package var isParagraph: Bool {
        if case .paragraph = content { true } else { false }
    }
}
