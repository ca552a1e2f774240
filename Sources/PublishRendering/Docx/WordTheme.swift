import PublishCore
import PublishReading
import PublishRules

/// `word/theme/theme1.xml`: a small Office theme. Neither Word nor LibreOffice needs it to lay the
/// page out, but strict validators (openxml-audit's strict policy) expect the relationship, and a
/// theme whose East Asian fonts are the 公文 faces keeps Word's theme-font menus consistent.
package enum WordTheme {
    package static let part: String = {
        let colours: [(String, String)] = [
            ("dk1", "<a:sysClr val=\"windowText\" lastClr=\"000000\"/>"),
            ("lt1", "<a:sysClr val=\"window\" lastClr=\"FFFFFF\"/>"),
            ("dk2", "<a:srgbClr val=\"44546A\"/>"), ("lt2", "<a:srgbClr val=\"E7E6E6\"/>"),
            ("accent1", "<a:srgbClr val=\"4472C4\"/>"), ("accent2", "<a:srgbClr val=\"ED7D31\"/>"),
            ("accent3", "<a:srgbClr val=\"A5A5A5\"/>"), ("accent4", "<a:srgbClr val=\"FFC000\"/>"),
            ("accent5", "<a:srgbClr val=\"5B9BD5\"/>"), ("accent6", "<a:srgbClr val=\"70AD47\"/>"),
            ("hlink", "<a:srgbClr val=\"0563C1\"/>"), ("folHlink", "<a:srgbClr val=\"954F72\"/>"),
        ]
        let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        let line = "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
        var xml = WordXML.declaration + "<a:theme xmlns:a=\"\(WordXML.drawingNamespace)\" name=\"公文\"><a:themeElements>"
        xml +=
            "<a:clrScheme name=\"公文\">" + colours.map { "<a:\($0.0)>\($0.1)</a:\($0.0)>" }.joined() + "</a:clrScheme>"
        xml += "<a:fontScheme name=\"公文\">"
        xml +=
            "<a:majorFont><a:latin typeface=\"\(GongwenFonts.latin)\"/><a:ea typeface=\"\(GongwenFonts.hei)\"/><a:cs typeface=\"\"/></a:majorFont>"
        xml +=
            "<a:minorFont><a:latin typeface=\"\(GongwenFonts.latin)\"/><a:ea typeface=\"\(GongwenFonts.fangsong)\"/><a:cs typeface=\"\"/></a:minorFont>"
        xml += "</a:fontScheme>"
        xml += "<a:fmtScheme name=\"公文\">"
        xml += "<a:fillStyleLst>\(solid)\(solid)\(solid)</a:fillStyleLst>"
        xml += "<a:lnStyleLst>\(line)\(line)\(line)</a:lnStyleLst>"
        xml +=
            "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3)
            + "</a:effectStyleLst>"
        xml += "<a:bgFillStyleLst>\(solid)\(solid)\(solid)</a:bgFillStyleLst>"
        xml += "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
        return xml
    }()
}
