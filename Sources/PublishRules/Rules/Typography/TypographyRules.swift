import PublishCore
import PublishReading

/// The `typography/*` rules (docs/rules.md lists every rule).
package enum TypographyRules {
    package static let all: [any Rule] = [
        HalfWidthPunctuationRule(), MixedQuotesRule(), RepeatedPunctuationRule(), MissingFinalPunctuationRule(),
    ]

    /// Every piece of author text of the notice, one per block as the reader sees it: title lines,
    /// headings and item heads (ordinal, lead and the body of a run-in item joined, so that a mark
    /// on the seam between lead and body is seen), paragraphs, table cells. The same text as
    /// `CheckContext.texts`, with run-in heads in one piece.
    package static func texts(_ context: CheckContext) -> [TypographyText] {
        // Four rules ask for the same texts: compute them once per notice.
        context.memo.value(\.typographyTexts) { computeTexts(context) }
    }

    private static func computeTexts(_ context: CheckContext) -> [TypographyText] {
        let notice = context.notice
        var result: [RichText] = notice.titleLines
        // The walk below meets the paragraphs in the order of `context.paragraphs`, whose texts
        // are joined once per notice: take each from there.
        let paragraphs = context.paragraphs
        let paragraphTexts = context.paragraphTexts
        var nextParagraph = 0
        func richText(_ paragraph: Paragraph) -> RichText {
            defer { nextParagraph += 1 }
            guard nextParagraph < paragraphs.count, paragraphs[nextParagraph].range == paragraph.range else {
                assertionFailure("the typography texts walk the paragraphs out of the order of `context.paragraphs`")
                return paragraph.richText
            }
            assert(paragraphs[nextParagraph] == paragraph)
            return paragraphTexts[nextParagraph]
        }
        // `RichTextJoiner` joins as `RichText.+` does, without its copies.
        func head(_ head: ItemHead) -> RichText {
            var joiner = RichTextJoiner()
            joiner.append(RichText(runs: head.ordinal.map { [TextRun(text: $0.text, range: $0.range)] } ?? []))
            joiner.append(head.lead)
            joiner.append(head.body.map(richText) ?? RichText())
            return joiner.richText
        }
        result += notice.opening.paragraphs.map(richText)
        for section in notice.sections {
            if let sectionHead = section.head { result.append(head(sectionHead)) }
            NoticeBlock.walk(section.children) { block, _ in
                switch block {
                case .paragraph(let paragraph): result.append(richText(paragraph))
                case .item(let item): result.append(head(item.head))
                case .table(let table): result += table.rows.flatMap { $0 }
                case .list, .quote, .code, .html, .thematicBreak: break
                }
            }
        }
        result += notice.closing?.paragraphs.map(richText) ?? []
        let ordinals = ordinalRanges(context).sorted { $0.start < $1.start }
        return result.filter { !$0.isEmpty }.map { TypographyText($0, ordinals: ordinals) }
    }

    /// The ranges of every ordinal as written (`(一)`, `1、`, `一是`): the numbering rules report
    /// their marks.
    package static func ordinalRanges(_ context: CheckContext) -> [SourceRange] {
        var ranges = context.heads.compactMap(\.head.ordinal?.range)
        for paragraph in context.paragraphs {
            ranges += paragraph.measures.map(\.ordinal.range)
        }
        return ranges
    }

    /// `,` → `，` and the like.
    package static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]
}
