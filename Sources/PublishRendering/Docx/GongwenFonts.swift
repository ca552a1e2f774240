import PublishCore
import PublishReading
import PublishRules

/// The 公文 faces under the names Windows and WPS install them, and the font table that tells Word
/// what to substitute where one is missing (`reference/docx.md` §3).
package enum GongwenFonts {
    /// 正文, `1.`, `（1）`, 署名, 日期. Government PCs have 仿宋_GB2312; stock Windows has 仿宋, named
    /// as the alternative.
    package static let fangsong = "仿宋_GB2312"
    /// The title (二号小标宋).
    package static let xiaobiaosong = "方正小标宋简体"
    /// `一、` headings.
    package static let hei = "黑体"
    /// `（一）` headings.
    package static let kai = "楷体_GB2312"
    /// Page numbers (四号半角宋体).
    package static let song = "宋体"
    /// Digits and Latin letters in every role but the page number, as most units set them.
    package static let latin = "Times New Roman"

    /// `<w:rFonts>` with `face` for Chinese text and Times New Roman for Latin text; `w:hint` makes
    /// “”—… take the Chinese face, so they stay full width.
    package static func runFonts(eastAsia face: String, latin: String = latin) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:eastAsia=\"\(face)\" w:hAnsi=\"\(latin)\" w:hint=\"eastAsia\"/>"
    }

    /// `word/fontTable.xml`: alternative names, PANOSE numbers and the GB 2312 character set, the
    /// values Word itself writes for these faces.
    package static let fontTable: String = {
        struct Entry {
            var name: String
            var altName: String?
            var panose: String?
            var charset: String
            var family: String
            var pitch: String
        }
        let entries = [
            Entry(
                name: fangsong, altName: "仿宋", panose: "02010609030101010101", charset: "86", family: "modern",
                pitch: "fixed"),
            Entry(
                name: xiaobiaosong, altName: "方正小标宋_GBK", panose: nil, charset: "86", family: "roman", pitch: "variable"
            ),
            Entry(
                name: hei, altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern",
                pitch: "fixed"),
            Entry(name: kai, altName: "楷体", panose: nil, charset: "86", family: "modern", pitch: "fixed"),
            Entry(
                name: song, altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto",
                pitch: "variable"),
            Entry(
                name: latin, altName: nil, panose: "02020603050405020304", charset: "00", family: "roman",
                pitch: "variable"),
        ]
        var xml = WordXML.declaration + "<w:fonts xmlns:w=\"\(WordXML.wordNamespace)\">"
        for entry in entries {
            xml += "<w:font w:name=\"\(entry.name)\">"
            if let altName = entry.altName { xml += "<w:altName w:val=\"\(altName)\"/>" }
            if let panose = entry.panose { xml += "<w:panose1 w:val=\"\(panose)\"/>" }
            xml +=
                "<w:charset w:val=\"\(entry.charset)\"/><w:family w:val=\"\(entry.family)\"/><w:pitch w:val=\"\(entry.pitch)\"/>"
            xml += "</w:font>"
        }
        return xml + "</w:fonts>"
    }()
}
