import PublishCore
import PublishReading

/// The `typography/*` rules (docs/rules.md lists every rule).
package enum TypographyRules {
    package static let all: [any Rule] = [
        HalfWidthPunctuationRule(), MixedQuotesRule(), RepeatedPunctuationRule(), MissingFinalPunctuationRule(),
    ]

    /// Every piece of author text of the notice, one per block as the reader sees it: title lines,
    /// headings and item heads (ordinal, lead and the body of a run-in item joined, so that a mark
    /// on the seam between lead and body is seen), paragraphs, table cells; the same text as
    /// `CheckContext.texts`, with run-in heads in one piece. Laid out in one buffer with the marks
    /// the rules look for: what the typography rules read.
    package static func layout(_ context: CheckContext) -> TypographyLayout {
        context.memo.value(\.typographyLayout) { computeLayout(context) }
    }

    private static func computeLayout(_ context: CheckContext) -> TypographyLayout {
        let notice = context.notice
        // The ordinals of heads and measures gathered as they are laid out (the walk below visits
        // every head and every paragraph of `CheckContext.heads` and `CheckContext.paragraphs`).
        var builder = TypographyLayoutBuilder(collectingOrdinals: ())
        // The texts are the file's text, less its markup.
        builder.reserveCapacity(bytes: context.source.text.utf8.count)
        // The model read where it is (no block, paragraph or head copied), in the order of
        // `NoticeBlock.walk`.
        notice.titleLines.withUnsafeBufferPointer { lines in
            for index in lines.indices { builder.addText(asItIs: lines[index]) }
        }
        notice.opening.paragraphs.withUnsafeBufferPointer { paragraphs in
            for index in paragraphs.indices {
                add(paragraphs[index], to: &builder)
                MissingFinalPunctuationRule.problems(in: paragraphs[index], item: nil, into: &builder.unfinishedParagraphs)
            }
        }
        notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                if let head = sections[index].head {
                    add(head, to: &builder)
                    if head.form == .runIn, let body = head.body {
                        MissingFinalPunctuationRule.problems(in: body, item: head.ordinal, into: &builder.unfinishedParagraphs)
                    }
                }
                // Whether the section has a head, matched rather than compared with nil: `== nil`
                // copied the head (its texts retained) into a pair of optionals to compare them.
                let hasHead = if case .some = sections[index].head { true } else { false }
                add(
                    sections[index].children, to: &builder, NumberingShape.Siblings(parentLevel: hasHead ? .hanzi : nil),
                    inList: false)
            }
        }
        if let closing = notice.closing {
            closing.paragraphs.withUnsafeBufferPointer { paragraphs in
                for index in paragraphs.indices { add(paragraphs[index], to: &builder) }
            }
        }
        return builder.layout()
    }

    /// Lays out the texts of `blocks` and of the blocks inside them, in document order; notes the
    /// levels of their numbered items, which are `siblings` (`NumberingShape`), and, outside lists,
    /// the paragraphs and run-in items that end without a stop
    /// (`MissingFinalPunctuationRule.problems`, in the order of its walk).
    private static func add(
        _ blocks: [NoticeBlock], to builder: inout TypographyLayoutBuilder, _ siblings: NumberingShape.Siblings,
        inList: Bool
    ) {
        var siblings = siblings
        blocks.withUnsafeBufferPointer { blocks in
            for index in blocks.indices {
                switch blocks[index] {
                case .paragraph(let paragraph):
                    add(paragraph, to: &builder)
                    if !inList {
                        MissingFinalPunctuationRule.problems(in: paragraph, item: nil, into: &builder.unfinishedParagraphs)
                    }
                case .item(let item):
                    // Read where the block stands: `item.head.ordinal?.level` copied the ordinal.
                    let level = blocks[index].itemOrdinalLevel
                    builder.numberingShape.add(level, to: &siblings)
                    add(item.head, to: &builder)
                    if !inList, item.head.form == .runIn, let body = item.head.body {
                        MissingFinalPunctuationRule.problems(
                            in: body, item: item.head.ordinal, into: &builder.unfinishedParagraphs)
                    }
                    add(item.children, to: &builder, NumberingShape.Siblings(parentLevel: level), inList: inList)
                case .table(let table):
                    for row in table.rows { for cell in row { builder.addText(asItIs: cell) } }
                case .list(let items, _):
                    for item in items { add(item, to: &builder, .uncounted, inList: true) }
                case .quote(let children, _): add(children, to: &builder, .uncounted, inList: inList)
                case .code, .html, .thematicBreak: break
                }
            }
        }
    }

    /// A paragraph is laid out from the runs of its pieces, which are joined only when a run is
    /// empty or reversed (`joinsInPlace`).
    private static func add(_ paragraph: Paragraph, to builder: inout TypographyLayoutBuilder) {
        builder.append(paragraph)
        if builder.joinsInPlace {
            builder.finishText()
        } else {
            builder.addText(asItIs: paragraph.richText)
        }
    }

    /// A head: its ordinal, lead and the body of a run-in item as one text, laid out from their
    /// runs, and joined only when a run is empty or reversed.
    private static func add(_ head: ItemHead, to builder: inout TypographyLayoutBuilder) {
        builder.append(head.ordinal)
        builder.append(head.lead)
        if let body = head.body { builder.append(body) }
        if builder.joinsInPlace {
            builder.finishText()
        } else {
            var joiner = RichTextJoiner()
            joiner.append(RichText(runs: head.ordinal.map { [TextRun(text: $0.text, range: $0.range)] } ?? []))
            joiner.append(head.lead)
            joiner.append(head.body?.richText ?? RichText())
            builder.addText(asItIs: joiner.richText)
        }
    }

    /// The ranges of every ordinal as written (`(一)`, `1、`, `一是`): the numbering rules report
    /// their marks.
    package static func ordinalRanges(_ context: CheckContext) -> [SourceRange] {
        layout(context).ordinals
    }

    /// `,` → `，` and the like.
    package static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]
}

extension NoticeBlock {
    /// The level of an item's ordinal, nil for an unnumbered item or another block: read where the
    /// block stands, the ordinal not copied out of it.
    fileprivate var itemOrdinalLevel: Ordinal.Level? {
        guard case .item(let item) = self else { return nil }
        return item.head.ordinal?.level
    }
}
