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
        var builder = TypographyLayoutBuilder(ordinals: ordinalRanges(context).sorted { $0.start < $1.start })
        // The texts are the file's text, less its markup.
        builder.reserveCapacity(bytes: context.source.text.utf8.count)
        // A paragraph or a head is laid out from the runs of its pieces, which are joined only when
        // a run is empty or reversed (`joinsInPlace`).
        func finish(orJoin join: () -> RichText) {
            if builder.joinsInPlace {
                builder.finishText()
            } else {
                builder.addText(asItIs: join())
            }
        }
        func add(_ paragraph: Paragraph) {
            builder.append(paragraph)
            finish { paragraph.richText }
        }
        func add(_ head: ItemHead) {
            builder.append(head.ordinal)
            builder.append(head.lead)
            if let body = head.body { builder.append(body) }
            finish {
                var joiner = RichTextJoiner()
                joiner.append(RichText(runs: head.ordinal.map { [TextRun(text: $0.text, range: $0.range)] } ?? []))
                joiner.append(head.lead)
                joiner.append(head.body?.richText ?? RichText())
                return joiner.richText
            }
        }
        for line in notice.titleLines { builder.addText(asItIs: line) }
        notice.opening.paragraphs.forEach(add)
        for section in notice.sections {
            if let sectionHead = section.head { add(sectionHead) }
            NoticeBlock.walk(section.children) { block, _ in
                switch block {
                case .paragraph(let paragraph): add(paragraph)
                case .item(let item): add(item.head)
                case .table(let table): for row in table.rows { for cell in row { builder.addText(asItIs: cell) } }
                case .list, .quote, .code, .html, .thematicBreak: break
                }
            }
        }
        notice.closing?.paragraphs.forEach(add)
        return builder.layout()
    }

    /// The ranges of every ordinal as written (`(一)`, `1、`, `一是`): the numbering rules report
    /// their marks.
    package static func ordinalRanges(_ context: CheckContext) -> [SourceRange] {
        var ranges: [SourceRange] = []
        // Heads, paragraphs and segments read in place: iterating copied each.
        context.heads.withUnsafeBufferPointer { heads in
            for index in heads.indices {
                if let range = heads[index].head.ordinal?.range { ranges.append(range) }
            }
        }
        context.paragraphs.withUnsafeBufferPointer { paragraphs in
            for index in paragraphs.indices {
                paragraphs[index].segments.withUnsafeBufferPointer { segments in
                    for segment in segments.indices {
                        if case .measure(let measure) = segments[segment] { ranges.append(measure.ordinal.range) }
                    }
                }
            }
        }
        return ranges
    }

    /// `,` → `，` and the like.
    package static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]
}
