import Foundation
import PublishCore
import PublishReading
import PublishRules

/// Walks a notice and lays it out as the paragraphs of a GB/T 9704 document: the title, one blank
/// line, the opening, the sections with their numbered items, the closing as written, then
/// 署名 and 成文日期. Every level's face comes from a style, so the document stays editable.
package struct WordDocumentBuilder {
    package var titleLayout = TitleLayout()

    package func blocks(for notice: Notice) -> [WordBlock] {
        var blocks: [WordBlock] = []
        let title = titleParagraphs(notice)
        if !title.isEmpty {
            blocks += title.map(WordBlock.paragraph)
            blocks.append(.paragraph(.blankLine))
        }
        for paragraph in notice.opening.paragraphs { append(body(paragraph), to: &blocks) }
        for section in notice.sections {
            if let head = section.head { append(heading(head, level: 1), to: &blocks) }
            append(section.children, to: &blocks)
        }
        for paragraph in notice.closing?.paragraphs ?? [] { append(body(paragraph), to: &blocks) }
        blocks += signature(notice)
        return blocks
    }

    /// `word/document.xml` holding `blocks`, ended by the section properties that point at the
    /// two footers.
    package func documentPart(_ blocks: [WordBlock], oddFooter: String, evenFooter: String) -> String {
        String(decoding: documentPartUTF8(blocks, oddFooter: oddFooter, evenFooter: evenFooter), as: UTF8.self)
    }

    /// The same part as `documentPart`, as UTF-8 bytes written into one buffer.
    package func documentPartUTF8(_ blocks: [WordBlock], oddFooter: String, evenFooter: String) -> [UInt8] {
        var xml = UTF8Rewriter(capacity: blocks.count * 512 + 1024)
        xml.append(string: Self.documentHead)
        for block in blocks { block.append(to: &xml) }
        // The section properties of the footers every package has are made once.
        if oddFooter == Self.usualFooters.odd, evenFooter == Self.usualFooters.even {
            xml.append(string: Self.usualDocumentTail)
        } else {
            xml.append(string: GongwenPage.sectionProperties(oddFooter: oddFooter, evenFooter: evenFooter))
            xml.append("</w:body></w:document>")
        }
        return xml.takeBytes()
    }

    /// What comes before the blocks: the declaration and the root with its namespaces.
    private static let documentHead = WordXML.declaration + "<w:document " + WordXML.rootNamespaces + "><w:body>"
    /// The footers' relationship ids in every package `DocxRenderer` makes, and what comes after
    /// the blocks with them.
    package static let usualFooters = (odd: "rId5", even: "rId6")
    private static let usualDocumentTail =
        GongwenPage.sectionProperties(oddFooter: usualFooters.odd, evenFooter: usualFooters.even) + "</w:body></w:document>"


    // MARK: - Title, signature

    /// The body's title lines (a title shown twice counts once), else the front matter's title;
    /// one paragraph per line as written, broken further where a line is longer than the 版心.
    package func titleParagraphs(_ notice: Notice) -> [WordParagraph] {
        var lines: [String] = []
        for line in notice.titleLines.map(\.plain) where lines.last != line { lines.append(line) }
        if lines.isEmpty, let title = notice.frontMatter.title { lines = [title] }
        return lines.map(WordText.visible).filter { !Self.isBlank($0) }.map { line in
            WordParagraph(style: .title, runs: [WordRun(titleLayout.lines(line).joined(separator: "\n"))])
        }
    }

    /// A blank line, the issuer and the date (`2025年3月7日`), as far as the front matter gives them.
    package func signature(_ notice: Notice) -> [WordBlock] {
        let issuer = notice.frontMatter.issuer.map(WordText.visible).flatMap { $0.isEmpty ? nil : $0 }
        let date = notice.frontMatter.date?.chinese
        guard issuer != nil || date != nil else { return [] }
        let layout = SignatureLayout(issuer: issuer, date: date, lineCharacters: Double(GongwenPage.charactersPerLine))
        func paragraph(_ text: String, style: WordStyle, placement: SignatureLayout.Placement) -> WordBlock {
            switch placement {
            case .fromRight(let padding):
                .paragraph(WordParagraph(style: style, indent: WordIndent(right: padding), runs: [WordRun(text)]))
            case .fromLeft(let indent):
                .paragraph(
                    WordParagraph(
                        style: style, indent: WordIndent(left: indent, right: 0), alignment: .left,
                        runs: [WordRun(text)]))
            }
        }
        var blocks: [WordBlock] = [.paragraph(.blankLine)]
        if let issuer { blocks.append(paragraph(issuer, style: .signature, placement: layout.issuer)) }
        if let date { blocks.append(paragraph(date, style: .date, placement: layout.date)) }
        return blocks
    }

    // MARK: - Blocks

    package func blocks(_ list: [NoticeBlock]) -> [WordBlock] {
        var blocks: [WordBlock] = []
        append(list, to: &blocks)
        return blocks
    }

    /// Appends the blocks of `list` to `blocks`: nested lists and quotes go into the same array.
    private func append(_ list: [NoticeBlock], to blocks: inout [WordBlock]) {
        for block in list {
            switch block {
            case .paragraph(let paragraph):
                append(body(paragraph), to: &blocks)
            case .item(let item):
                append(heading(item.head, level: Self.level(of: item.head)), to: &blocks)
                append(item.children, to: &blocks)
            case .list(let items, _):
                // As in the plain text, which is the published form: each item starts with `- `.
                for item in items {
                    let start = blocks.count
                    append(item, to: &blocks)
                    if let first = blocks[start...].firstIndex(where: { if case .paragraph = $0 { true } else { false } }),
                        case .paragraph(var paragraph) = blocks[first]
                    {
                        paragraph.runs.insert(WordRun("- "), at: 0)
                        blocks[first] = .paragraph(paragraph)
                    }
                }
            case .quote(let children, _):
                let start = blocks.count
                append(children, to: &blocks)
                for index in start..<blocks.count {
                    guard case .paragraph(var paragraph) = blocks[index] else { continue }
                    paragraph.indent = WordIndent(
                        left: (paragraph.indent?.left ?? 0) + 2, right: paragraph.indent?.right)
                    blocks[index] = .paragraph(paragraph)
                }
            case .code(_, let literal, _):
                var text = literal
                if text.hasSuffix("\n") { text.removeLast() }
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    blocks.append(
                        .paragraph(WordParagraph(style: .normal, alignment: .left, runs: [WordRun(String(line))])))
                }
            case .table(let table):
                blocks.append(.table(self.table(table)))
            case .html(let html, _):
                // Raw HTML is text, never markup; comments are notes to the author.
                let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
                if !(trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) {
                    append(WordParagraph(style: .body, runs: [WordRun(trimmed)]), to: &blocks)
                }
            case .thematicBreak:
                break
            }
        }
    }

    /// A paragraph of body text; measures keep their ordinal and lead in a run of their own.
    package func body(_ paragraph: Paragraph) -> WordParagraph {
        WordParagraph(style: .body, runs: runs(paragraph))
    }

    /// A heading line in its level's paragraph style, or a run-in head: a body paragraph whose
    /// ordinal and lead are runs in the level's character style.
    package func heading(_ head: ItemHead, level: Int) -> WordParagraph {
        switch head.form {
        case .heading, .line:
            return WordParagraph(style: .heading(level: level), runs: headRuns(head, style: nil))
        case .runIn:
            let style = WordCharacterStyle.heading(level: level)
            var runs = headRuns(head, style: style)
            if let body = head.body { append(runsOf: body, to: &runs) }
            return WordParagraph(style: .body, runs: runs)
        }
    }

    package func table(_ table: NoticeTable) -> WordTable {
        WordTable(
            rows: table.rows.enumerated().map { rowIndex, row in
                row.enumerated().map { column, cell in
                    let alignment: WordParagraph.Alignment? =
                        switch column < table.alignments.count ? table.alignments[column] : .none {
                        case .left: .left
                        case .center: .center
                        case .right: .right
                        default: rowIndex == 0 ? .center : nil
                        }
                    var cellRuns = runs(cell)
                    if rowIndex == 0 {
                        cellRuns = cellRuns.map {
                            var run = $0
                            run.bold = true
                            return run
                        }
                    }
                    return WordTable.Cell(
                        paragraph: WordParagraph(style: .tableText, alignment: alignment, runs: cellRuns))
                }
            })
    }

    // MARK: - Runs

    private func headRuns(_ head: ItemHead, style: WordCharacterStyle?) -> [WordRun] {
        var result: [WordRun] = []
        if let ordinal = head.ordinal { result.append(WordRun(ordinal.text, style: style)) }
        append(runsOf: head.lead, style: style, to: &result)
        return result
    }

    package func runs(_ paragraph: Paragraph) -> [WordRun] {
        var result: [WordRun] = []
        append(runsOf: paragraph, to: &result)
        return result
    }

    private func append(runsOf paragraph: Paragraph, to result: inout [WordRun]) {
        for segment in paragraph.segments {
            switch segment {
            case .text(let text):
                append(runsOf: text, to: &result)
            case .measure(let measure):
                result.append(WordRun(measure.ordinal.text, style: .measureLead))
                append(runsOf: measure.lead, style: .measureLead, to: &result)
                append(runsOf: measure.body, to: &result)
            }
        }
    }

    /// Rich text as runs: strong text bold, emphasis with 着重号, links as their text (a link
    /// would be an external relationship), images as their alternative text, inline raw HTML as
    /// text except comments.
    package func runs(_ text: RichText, style: WordCharacterStyle? = nil) -> [WordRun] {
        var result: [WordRun] = []
        append(runsOf: text, style: style, to: &result)
        return result
    }

    private func append(runsOf text: RichText, style: WordCharacterStyle? = nil, to result: inout [WordRun]) {
        for run in text.runs {
            if run.kind == .html, run.text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<!--") {
                continue
            }
            var wordRun = WordRun(run.text, style: style)
            wordRun.bold = run.strong
            wordRun.emphasisMark = run.emphasis
            wordRun.strike = run.strikethrough
            result.append(wordRun)
        }
    }

    // MARK: - Helpers

    /// `.whitespaces`, made once: the set's getter builds it anew on every call.
    private static let whitespaces = CharacterSet.whitespaces

    /// Whether `text` trims to nothing with `.whitespaces`: whether every scalar is one of them.
    /// Usually the first scalar of a title answers, where trimming a copy of the whole line
    /// through Foundation cost some fifty thousand instructions.
    package static func isBlank(_ text: String) -> Bool {
        !text.unicodeScalars.contains { !whitespaces.contains($0) }
    }

    /// 1 for `一、` … 5 for `①` and below; an item with no ordinal takes the `（一）` level, as on
    /// the notice page.
    package static func level(of head: ItemHead) -> Int {
        min((head.ordinal?.level ?? .parenthesizedHanzi).depth, 5)
    }

    private func append(_ paragraph: WordParagraph, to blocks: inout [WordBlock]) {
        if paragraph.hasText { blocks.append(.paragraph(paragraph)) }
    }
}
