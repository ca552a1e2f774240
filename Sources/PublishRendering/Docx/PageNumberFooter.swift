import PublishCore
import PublishReading
import PublishRules

/// The page number of GB/T 9704 §7.5: `— 1 —` in 四号半角宋体 below the 版心, one 字 in from the
/// right edge on odd pages and from the left edge on even pages. Two footer parts, chosen by
/// `<w:evenAndOddHeaders/>` in the settings.
package enum PageNumberFooter: CaseIterable {
    /// The `default` footer, which Word and LibreOffice use on odd pages.
    case odd
    case even

    package var partName: String {
        switch self {
        case .odd: "footer1.xml"
        case .even: "footer2.xml"
        }
    }

    /// The footer part. The number is a complete PAGE field (begin, instruction, separate, cached
    /// result, end), the form Word writes; WPS showed no number for a field without the cached
    /// result.
    package var part: String {
        let one = GongwenPage.twips(characters: 1)
        let placement =
            switch self {
            case .odd:
                "<w:ind w:right=\"\(one)\" w:rightChars=\"\(GongwenPage.hundredths(characters: 1))\"/><w:jc w:val=\"right\"/>"
            case .even:
                "<w:ind w:left=\"\(one)\" w:leftChars=\"\(GongwenPage.hundredths(characters: 1))\"/><w:jc w:val=\"left\"/>"
            }
        return WordXML.declaration + "<w:ftr \(WordXML.rootNamespaces)><w:p>"
            + "<w:pPr><w:pStyle w:val=\"\(WordStyle.footer.rawValue)\"/>\(placement)</w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>"
            + "</w:p></w:ftr>"
    }
}
