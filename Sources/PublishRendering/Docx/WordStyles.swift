import PublishCore
import PublishReading
import PublishRules

/// The named styles of the document (`word/styles.xml`), so that clerks keep editing in Word with
/// the 公文 styles: Enter after a heading continues in 公文正文, and the outline levels fill the
/// navigation pane. Values as measured in `reference/docx.md` §4.
package enum WordStyle: String, CaseIterable {
    case normal = "Normal"
    case title = "GwTitle"
    case body = "GwBody"
    /// The numbering levels of GB/T 9704 §7.3.3 as headings: `一、` `（一）` `1.` `（1）` `①`.
    case heading1 = "GwH1"
    case heading2 = "GwH2"
    case heading3 = "GwH3"
    case heading4 = "GwH4"
    case heading5 = "GwH5"
    case signature = "GwSign"
    case date = "GwDate"
    /// Text in table cells: off the grid, each line the grid's pitch less the ruling between rows,
    /// so that a row of one line takes exactly one line of the page and the text after the table
    /// stays on the grid.
    case tableText = "GwTableText"
    case footer = "Footer"

    /// The paragraph style of a heading at `level` (1 = `一、`).
    package static func heading(level: Int) -> WordStyle {
        [.heading1, .heading2, .heading3, .heading4, .heading5][min(max(level, 1), 5) - 1]
    }
}

/// Character styles: the run-in heads of the numbering levels and the leads of measures.
package enum WordCharacterStyle: String, CaseIterable {
    case heading1 = "GwH1Char"
    case heading2 = "GwH2Char"
    case heading3 = "GwH3Char"
    case heading4 = "GwH4Char"
    case heading5 = "GwH5Char"
    /// `一是……。`: the same face as the body, named so that a unit can restyle every lead at once.
    case measureLead = "GwMeasureLead"

    package static func heading(level: Int) -> WordCharacterStyle {
        [.heading1, .heading2, .heading3, .heading4, .heading5][min(max(level, 1), 5) - 1]
    }
}

package extension WordStyle {
    /// `word/styles.xml`.
    package static let part: String = {
        let fonts = GongwenFonts.self
        let page = GongwenPage.self
        let indent =
            "<w:ind w:firstLineChars=\"\(page.hundredths(characters: 2))\" w:firstLine=\"\(page.twips(characters: 2))\"/>"
        let exactLine = "<w:spacing w:line=\"\(page.linePitch)\" w:lineRule=\"exact\"/>"
        let bodySize = "<w:sz w:val=\"\(page.bodySize)\"/><w:szCs w:val=\"\(page.bodySize)\"/>"
        var xml = WordXML.declaration + "<w:styles \(WordXML.rootNamespaces)>"

        xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
        xml += fonts.runFonts(eastAsia: fonts.fangsong)
        xml += "<w:kern w:val=\"2\"/>\(bodySize)<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
        xml += "</w:rPr></w:rPrDefault>"
        xml += "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault>"
        xml += "</w:docDefaults>"

        // Widow control off so that every page fills its 22 lines. `overflowPunct 1` is Word's
        // default (a closing mark may hang past the margin), written out because LibreOffice reads
        // the switch inverted: with it LibreOffice keeps punctuation inside the 版心, and without
        // it LibreOffice hangs a half-width comma at a line's end and does not print it.
        // Automatic spacing between Chinese and Latin text is off so that digits keep the
        // 28-character arithmetic in Word (LibreOffice ignores that switch).
        xml += paragraphStyle(
            .normal, name: "Normal", basedOn: nil, next: nil, isDefault: true,
            properties: "<w:widowControl w:val=\"0\"/><w:overflowPunct w:val=\"1\"/><w:autoSpaceDE w:val=\"0\"/>"
                + "<w:autoSpaceDN w:val=\"0\"/>\(exactLine)<w:jc w:val=\"both\"/>",
            runProperties: fonts.runFonts(eastAsia: fonts.fangsong) + "<w:spacing w:val=\"\(page.characterSpacing)\"/>"
                + bodySize)
        // The title neither snaps to the grid (a 22 pt line would take two slots) nor narrows its
        // characters: 20 of them fill a line.
        xml += paragraphStyle(
            .title, name: "公文标题", next: .body,
            properties:
                "<w:snapToGrid w:val=\"0\"/>\(exactLine)<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
            runProperties: fonts.runFonts(eastAsia: fonts.xiaobiaosong) + "<w:spacing w:val=\"0\"/>"
                + "<w:sz w:val=\"\(page.titleSize)\"/><w:szCs w:val=\"\(page.titleSize)\"/>")
        xml += paragraphStyle(.body, name: "公文正文", next: .body, properties: indent)
        let headingFaces = [fonts.hei, fonts.kai, fonts.fangsong, fonts.fangsong, fonts.fangsong]
        let headingNames = ["一级标题", "二级标题", "三级标题", "四级标题", "五级标题"]
        for level in 1...5 {
            xml += paragraphStyle(
                .heading(level: level), name: headingNames[level - 1], next: .body,
                properties: indent + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
                runProperties: fonts.runFonts(eastAsia: headingFaces[level - 1]))
        }
        xml += paragraphStyle(
            .signature, name: "署名", next: .date,
            properties:
                "<w:ind w:right=\"\(page.twips(characters: 2))\" w:rightChars=\"\(page.hundredths(characters: 2))\"/><w:jc w:val=\"right\"/>"
        )
        xml += paragraphStyle(
            .date, name: "成文日期", next: .body,
            properties:
                "<w:ind w:right=\"\(page.twips(characters: 4))\" w:rightChars=\"\(page.hundredths(characters: 4))\"/><w:jc w:val=\"right\"/>"
        )
        let rule = WordTable.ruleWidth
        xml += paragraphStyle(
            .tableText, name: "表格文字", next: nil,
            properties:
                "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"\(page.linePitch - rule)\" w:lineRule=\"exact\"/>")
        // Page numbers: 四号半角宋体, off the grid, not narrowed.
        xml += paragraphStyle(
            .footer, name: "footer", next: nil,
            properties: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>",
            runProperties: fonts.runFonts(eastAsia: fonts.song, latin: fonts.song) + "<w:spacing w:val=\"0\"/>"
                + "<w:sz w:val=\"\(page.pageNumberSize)\"/><w:szCs w:val=\"\(page.pageNumberSize)\"/>")

        xml +=
            "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        for level in 1...5 {
            xml += characterStyle(
                .heading(level: level), name: headingNames[level - 1] + "字符",
                runProperties: fonts.runFonts(eastAsia: headingFaces[level - 1]))
        }
        xml += characterStyle(.measureLead, name: "措施要点", runProperties: nil)

        xml +=
            "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }()

    private static func paragraphStyle(
        _ style: WordStyle, name: String, basedOn: WordStyle? = .normal, next: WordStyle?, isDefault: Bool = false,
        properties: String, runProperties: String? = nil
    ) -> String {
        var xml = "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "")
        xml += style == .normal || style == .footer ? "" : " w:customStyle=\"1\""
        xml += " w:styleId=\"\(style.rawValue)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn.rawValue)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next.rawValue)\"/>" }
        xml += "<w:qFormat/><w:pPr>\(properties)</w:pPr>"
        if let runProperties { xml += "<w:rPr>\(runProperties)</w:rPr>" }
        return xml + "</w:style>"
    }

    private static func characterStyle(_ style: WordCharacterStyle, name: String, runProperties: String?) -> String {
        var xml =
            "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"\(style.rawValue)\"><w:name w:val=\"\(name)\"/>"
        xml += "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/>"
        if let runProperties { xml += "<w:rPr>\(runProperties)</w:rPr>" }
        return xml + "</w:style>"
    }
}
