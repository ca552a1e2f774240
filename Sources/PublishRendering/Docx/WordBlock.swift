import PublishCore
import PublishReading
import PublishRules

/// The body of the document as values — paragraphs of runs, and tables — before it becomes XML.
/// The builder decides what the notice looks like; this file alone knows how WordprocessingML
/// spells it (element order as the schema requires).
package enum WordBlock: Equatable {
    case paragraph(WordParagraph)
    case table(WordTable)

    package var xml: String {
        var xml = UTF8Rewriter(capacity: 1024)
        append(to: &xml)
        return xml.string
    }

    /// Appends the block's XML to the part being written.
    package func append(to xml: inout UTF8Rewriter) {
        switch self {
        case .paragraph(let paragraph): paragraph.append(to: &xml)
        case .table(let table): table.append(to: &xml)
        }
    }
}

/// One run of text with one set of properties.
package struct WordRun: Equatable {
    package var text: String
    package var characterStyle: WordCharacterStyle?
    package var bold = false
    package var strike = false
    /// 着重号, the Chinese form of emphasis: dots under the characters instead of italics, which
    /// Chinese faces do not have.
    package var emphasisMark = false

    package init(_ text: String, style: WordCharacterStyle? = nil) {
        self.text = text
        self.characterStyle = style
    }

    package var xml: String {
        var xml = UTF8Rewriter(capacity: 256)
        append(to: &xml)
        return xml.string
    }

    /// Appends `<w:r>…</w:r>`, or nothing when no printable text is left.
    package func append(to xml: inout UTF8Rewriter) {
        let start = xml.count
        xml.append("<w:r>")
        if characterStyle != nil || bold || strike || emphasisMark {
            xml.append("<w:rPr>")
            if let characterStyle {
                xml.append("<w:rStyle w:val=\"")
                xml.append(string: characterStyle.rawValue)
                xml.append("\"/>")
            }
            if bold { xml.append("<w:b/><w:bCs/>") }
            if strike { xml.append("<w:strike/>") }
            if emphasisMark { xml.append("<w:em w:val=\"dot\"/>") }
            xml.append("</w:rPr>")
        }
        let contentStart = xml.count
        WordText.appendRunContent(text, to: &xml)
        guard xml.count > contentStart else {
            // Nothing printable: no run at all.
            xml.removeLast(xml.count - start)
            return
        }
        xml.append("</w:r>")
    }
}

/// Paragraph indents in characters (written both in twips and in hundredths of a character).
package struct WordIndent: Equatable {
    package var left: Double?
    package var right: Double?
    package var firstLine: Double?

    /// Whether any indent is set: `<w:ind>` is written only then.
    package var isEmpty: Bool { left == nil && right == nil && firstLine == nil }

    package var xml: String {
        var xml = UTF8Rewriter(capacity: 128)
        append(to: &xml)
        return xml.string
    }

    /// Appends `<w:ind …/>`, or nothing when no indent is set.
    package func append(to xml: inout UTF8Rewriter) {
        guard !isEmpty else { return }
        xml.append("<w:ind")
        // Each side in twips and in hundredths of a character.
        func side(_ twips: StaticString, _ chars: StaticString, _ value: Double?) {
            guard let value else { return }
            xml.append(twips)
            xml.append(decimal: GongwenPage.twips(characters: value))
            xml.append(chars)
            xml.append(decimal: GongwenPage.hundredths(characters: value))
            xml.append("\"")
        }
        side(" w:left=\"", "\" w:leftChars=\"", left)
        side(" w:right=\"", "\" w:rightChars=\"", right)
        side(" w:firstLine=\"", "\" w:firstLineChars=\"", firstLine)
        xml.append("/>")
    }
}

package struct WordParagraph: Equatable {
    package enum Alignment: String {
        case left, center, right, both
    }

    package var style: WordStyle
    /// Exact line height in twips, when the style's will not do.
    package var lineHeight: Int?
    package var indent: WordIndent?
    package var alignment: Alignment?
    package var runs: [WordRun]

    package init(style: WordStyle, indent: WordIndent? = nil, alignment: Alignment? = nil, runs: [WordRun] = []) {
        self.style = style
        self.indent = indent
        self.alignment = alignment
        self.runs = runs
    }

    /// A paragraph with nothing in it: 空一行, one slot of the grid.
    package static let blankLine = WordParagraph(style: .normal)

    /// Whether a reader would see any text (control characters do not count).
    package var hasText: Bool { runs.contains { WordText.hasContent($0.text) } }

    package var xml: String {
        var xml = UTF8Rewriter(capacity: 1024)
        append(to: &xml)
        return xml.string
    }

    /// Appends `<w:p>…</w:p>`.
    package func append(to xml: inout UTF8Rewriter) {
        xml.append("<w:p>")
        if style != .normal || lineHeight != nil || indent?.isEmpty == false || alignment != nil {
            xml.append("<w:pPr>")
            if style != .normal {
                xml.append("<w:pStyle w:val=\"")
                xml.append(string: style.rawValue)
                xml.append("\"/>")
            }
            if let lineHeight {
                xml.append("<w:spacing w:line=\"")
                xml.append(decimal: lineHeight)
                xml.append("\" w:lineRule=\"exact\"/>")
            }
            indent?.append(to: &xml)
            if let alignment {
                xml.append("<w:jc w:val=\"")
                xml.append(string: alignment.rawValue)
                xml.append("\"/>")
            }
            xml.append("</w:pPr>")
        }
        for run in runs { run.append(to: &xml) }
        xml.append("</w:p>")
    }
}

/// A table across the 版心, ruled with thin lines; the first row is the header and repeats on
/// every page the table spans. Widths are in `tblGrid` and on every cell, since WPS reads the
/// first and Word the second.
///
/// The rules take room: each row adds its top rule to its lines, and the table one more at the
/// bottom. Cell lines are shorter by a rule (the 表格文字 style) and the header's by two, so a
/// table of one-line rows takes whole lines of the page and the text after it stays on the grid
/// (the grid has only 0.3 mm to spare: half a point more pushes the page's last line over).
package struct WordTable: Equatable {
    package struct Cell: Equatable {
        var paragraph: WordParagraph
    }

    package var rows: [[Cell]]

    /// The ruling between rows: ½ pt (`w:sz` counts eighths of a point), 10 twips.
    package static let ruleWidth = 10

    package var xml: String {
        var xml = UTF8Rewriter(capacity: 4096)
        append(to: &xml)
        return xml.string
    }

    /// Appends `<w:tbl>…</w:tbl>`.
    package func append(to out: inout UTF8Rewriter) {
        let columns = max(1, rows.map(\.count).max() ?? 1)
        let total = GongwenPage.textWidth
        let widths = (0..<columns).map { index in total / columns + (index < total % columns ? 1 : 0) }
        let border = "w:val=\"single\" w:sz=\"\(Self.ruleWidth * 8 / 20)\" w:space=\"0\" w:color=\"000000\""
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        xml += "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
        xml += "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
        xml += "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<w:tr>" + (rowIndex == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            out.append(string: xml)
            xml = ""
            for column in 0..<columns {
                var paragraph = column < row.count ? row[column].paragraph : WordParagraph(style: .tableText)
                if rowIndex == 0 { paragraph.lineHeight = GongwenPage.linePitch - 2 * Self.ruleWidth }
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"")
                out.append(decimal: widths[column])
                out.append("\" w:type=\"dxa\"/></w:tcPr>")
                paragraph.append(to: &out)
                out.append("</w:tc>")
            }
            out.append("</w:tr>")
        }
        out.append("</w:tbl>")
    }
}
