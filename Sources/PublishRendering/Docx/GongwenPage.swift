import PublishCore
import PublishReading
import PublishRules

/// The GB/T 9704 page in WordprocessingML units (twips, 1/20 pt), as measured in
/// `reference/docx.md` §2: A4, margins 37/26/35/28 mm, a 版心 of 156 × 225 mm holding 22 lines of
/// 28 characters.
package enum GongwenPage {
    // MARK: - Paper and margins

    /// A4 as Word writes it.
    package static let width = 11906
    package static let height = 16838
    /// 天头 37 mm.
    package static let topMargin = 2098
    /// 35 mm: 297 − 37 − 225.
    package static let bottomMargin = 1984
    /// 订口 28 mm.
    package static let leftMargin = 1587
    /// 26 mm: 210 − 28 − 156.
    package static let rightMargin = 1474
    /// Word's zh-CN default; there is no header part, so it places nothing.
    package static let headerDistance = 851
    /// The footer's last line ends 25 mm above the paper's edge, which puts the page number's
    /// 一字线 7 mm below the 版心 (GB/T 9704 §7.5 read literally; measured 7.1 mm in LibreOffice).
    package static let footerDistance = 1417

    /// The 版心's width: 8845 twips = 156 mm.
    package static let textWidth = width - leftMargin - rightMargin

    // MARK: - The grid

    /// 22 lines fit in 12756 twips only with a pitch of at most 579 (580 gives 21 lines).
    package static let linePitch = 579
    /// Each 16 pt character is narrowed by 5 twips (紧缩 0.25 pt): 28 × 315 = 8820 ≤ 8845 < 29 × 315.
    /// Word's character grid (`charSpace`) would do the same in Word, but LibreOffice then sets 14
    /// characters a line, so the grid is for lines only.
    package static let characterSpacing = -5
    /// 每行28字.
    package static let charactersPerLine = 28
    /// One 字: the advance of a 16 pt character with that spacing.
    package static let character = 320 + characterSpacing

    /// Twips for `count` characters, and the same in Word's hundredths of a character (`*Chars`
    /// attributes). Both are always written: Word prefers the second, LibreOffice reads only the
    /// first.
    package static func twips(characters count: Double) -> Int { Int((count * Double(character)).rounded()) }
    package static func hundredths(characters count: Double) -> Int { Int((count * 100).rounded()) }

    // MARK: - Font sizes in half-points

    /// 三号 16 pt: body, headings, 署名, 日期.
    package static let bodySize = 32
    /// 二号 22 pt: the title.
    package static let titleSize = 44
    /// 四号 14 pt: page numbers.
    package static let pageNumberSize = 28
    /// Full-width characters of the 22 pt title on one line: 20 × 22 pt = 440 ≤ 442.25 pt.
    package static let titleCharactersPerLine = 20

    /// The section properties: the footers for odd (`default`) and even pages, paper, margins and
    /// the line grid, in the order the schema asks for.
    package static func sectionProperties(oddFooter: String, evenFooter: String) -> String {
        """
        <w:sectPr>\
        <w:footerReference w:type="default" r:id="\(oddFooter)"/>\
        <w:footerReference w:type="even" r:id="\(evenFooter)"/>\
        <w:pgSz w:w="\(width)" w:h="\(height)"/>\
        <w:pgMar w:top="\(topMargin)" w:right="\(rightMargin)" w:bottom="\(bottomMargin)" w:left="\(leftMargin)" \
        w:header="\(headerDistance)" w:footer="\(footerDistance)" w:gutter="0"/>\
        <w:pgNumType w:fmt="decimal"/>\
        <w:cols w:space="425"/>\
        <w:docGrid w:type="lines" w:linePitch="\(linePitch)"/>\
        </w:sectPr>
        """
    }
}
