import Foundation
import Testing

@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// `publish import` of a Word document as a library: WordprocessingML written by hand in each test
/// (`WordTestPackage`), read into Markdown in the authoring format.
@Suite struct DocxImporterTests {
    static func imported(_ package: WordTestPackage) throws -> DocxImporter.Result {
        DocxImporter().convert(bytes: [UInt8](try package.data), path: "notice.docx")
    }

    /// The body of the imported Markdown, after the front matter.
    static func body(_ result: DocxImporter.Result) -> String {
        guard let end = result.markdown.range(of: "\n---\n") else { return result.markdown }
        return String(result.markdown[end.upperBound...])
    }

    static func paragraphs(_ texts: [String]) -> String {
        texts.map { WordTestPackage.paragraph($0) }.joined()
    }

    // MARK: - Runs wherever Word puts them

    @Test func runsInsideLinksTagsFieldsControlsAndTrackedChangesAreReadInOrder() throws {
        let body = """
            <w:p>\
            <w:r><w:t>甲</w:t></w:r>\
            <w:hyperlink r:id="rIdLink"><w:r><w:t>乙</w:t></w:r></w:hyperlink>\
            <w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>丙</w:t></w:r></w:smartTag>\
            <w:fldSimple w:instr=" DATE "><w:r><w:t>丁</w:t></w:r></w:fldSimple>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x.cn" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>戊</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:sdt><w:sdtPr><w:alias w:val="不读"/></w:sdtPr><w:sdtContent><w:r><w:t>己</w:t></w:r></w:sdtContent></w:sdt>\
            <w:customXml w:element="x"><w:r><w:t>庚</w:t></w:r></w:customXml>\
            <w:ins w:id="1" w:author="a"><w:r><w:t>辛</w:t></w:r></w:ins>\
            <w:del w:id="2" w:author="a"><w:r><w:delText>删去的字</w:delText></w:r></w:del>\
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走的字</w:t></w:r></w:moveFrom>\
            <w:moveTo w:id="4" w:author="a"><w:r><w:t>壬</w:t></w:r></w:moveTo>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>\
            <w:r><w:t>癸。</w:t></w:r>\
            </w:p>
            """
        let result = try Self.imported(
            WordTestPackage(
                body: body,
                documentRelationships: #"<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://x.cn" TargetMode="External"/>"#
            ))
        #expect(result.refusal == nil)
        #expect(Self.body(result) == "\n甲乙丙丁戊己庚辛壬癸。\n")
        #expect(
            result.report.notes.contains(
                "tracked changes accepted: 2 insertions kept, 2 deletions dropped; check the text against the approved version"))
        #expect(result.report.notes.contains("1 run of hidden text left out"))
    }

    @Test func tabsBreaksHyphensAndSymbolsBecomeText() throws {
        let body = """
            <w:p><w:r><w:t>联系电话</w:t><w:tab/><w:t>0431</w:t><w:noBreakHyphen/><w:t>80798040</w:t>\
            <w:softHyphen/><w:sym w:font="SimSun" w:char="2014"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>转。</w:t>\
            <w:br/><w:t>第二行。</w:t><w:cr/><w:t>第三行。</w:t></w:r></w:p>
            """
        let result = try Self.imported(WordTestPackage(body: body))
        #expect(Self.body(result) == "\n联系电话\t0431-80798040—转。\n\n第二行。\n\n第三行。\n")
        #expect(result.report.notes.contains("symbols of symbol fonts left out: Wingdings U+F0FC"))
    }

    @Test func aDeletedParagraphMarkJoinsTheParagraphToTheNext() throws {
        let body = """
            <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>上一段的前半，</w:t></w:r></w:p>\
            <w:p><w:r><w:t>接着下一段。</w:t></w:r></w:p>
            """
        let result = try Self.imported(WordTestPackage(body: body))
        #expect(Self.body(result) == "\n上一段的前半，接着下一段。\n")
    }

    @Test func aTextBoxStoredTwiceIsReadOnceBeforeItsParagraph() throws {
        // Word writes a text box as DrawingML with a VML copy for older readers.
        let box = """
            <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>\
            <wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>框中的字。</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>\
            </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框中的字。</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r>
            """
        let picture = "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        let body = "<w:p><w:r><w:t>锚定的段落。</w:t></w:r>\(box)\(picture)</w:p>"
        let result = try Self.imported(WordTestPackage(body: body))
        #expect(Self.body(result) == "\n框中的字。\n\n锚定的段落。\n")
        #expect(result.report.notes.contains("1 text box read as paragraphs before the paragraph each is anchored in"))
        #expect(result.report.notes.contains("1 picture left out"))
    }

    @Test func commentsFootnotesAndObjectsAreCountedNotImported() throws {
        let body = """
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id="0"/>\
            <w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r>\
            <w:r><w:endnoteReference w:id="2"/></w:r><w:r><w:object/></w:r><w:r><w:t>。</w:t></w:r></w:p>
            """
        let result = try Self.imported(WordTestPackage(body: body))
        #expect(Self.body(result) == "\n正文。\n")
        #expect(
            result.report.notes == [
                "1 comment left out (read them in Word)",
                "2 footnotes and endnotes left out with their reference marks; put what the public must read into the text",
                "1 embedded object left out",
            ])
    }

    // MARK: - Automatic numbering

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:abstractNum w:abstractNumId="7">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>\
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="9"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>\
        </w:numbering>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Big"><w:name w:val="大字"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="44"/></w:rPr></w:style>\
        </w:styles>
        """

    static let partRelationships = """
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/word/styles.xml"/>
        """

    static func numbered(_ text: String, list: Int, level: Int) -> String {
        WordTestPackage.paragraph(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr>")
    }

    @Test func automaticNumbersBecomeTheOrdinalsTheyShow() throws {
        let body = [
            WordTestPackage.paragraph("根据部署，开展巡察。"),
            WordTestPackage.paragraph("履行整改主体责任情况", properties: "<w:pStyle w:val=\"Heading1\"/>"),
            Self.numbered("提高站位", list: 1, level: 1),
            Self.numbered("学习不深入", list: 1, level: 2),
            Self.numbered("组织专题学习。正文。", list: 1, level: 3),
            Self.numbered("健全机制。正文。", list: 1, level: 3),
            Self.numbered("工作不扎实", list: 1, level: 2),
            Self.numbered("反馈问题整改落实情况", list: 1, level: 0),
            Self.numbered("关于落实决策部署方面", list: 1, level: 1),
            Self.numbered("不编号的要点", list: 2, level: 0),
            Self.numbered("从三起的圈码。正文。", list: 3, level: 0),
            WordTestPackage.paragraph("不再编号的段落", properties: "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
        ].joined()
        let result = try Self.imported(
            WordTestPackage(
                body: body, documentRelationships: Self.partRelationships,
                extraParts: [("word/numbering.xml", Self.numbering), ("word/styles.xml", Self.styles)]))
        #expect(
            Self.body(result) == """

                根据部署，开展巡察。

                ## 一、履行整改主体责任情况

                ### （一）提高站位

                #### 1.学习不深入

                （1）组织专题学习。正文。

                （2）健全机制。正文。

                #### 2.工作不扎实

                ## 二、反馈问题整改落实情况

                ### （一）关于落实决策部署方面

                - 不编号的要点

                ③从三起的圈码。正文。

                不再编号的段落

                """)
        #expect(result.report.headings == [.hanzi: 2, .parenthesizedHanzi: 2, .arabic: 2])
    }

    @Test(arguments: [
        ("chineseCounting", 11, "十一"), ("chineseCountingThousand", 20, "二十"), ("taiwaneseCountingThousand", 3, "三"), ("decimal", 12, "12"),
        ("decimalEnclosedCircle", 3, "③"), ("decimalEnclosedParen", 2, "⑵"), ("decimalFullWidth", 10, "１０"),
        ("upperLetter", 28, "BB"), ("lowerRoman", 14, "xiv"), ("ideographTraditional", 3, "丙"),
        ("decimalZero", 7, "07"), ("somethingNew", 5, "5"),
    ])
    func numberFormatsWriteTheirNumerals(_ format: String, _ value: Int, _ expected: String) {
        #expect(WordNumbering.format(value, as: format) == expected)
    }

    // MARK: - Title, signature, tables, properties

    @Test func aThreeLineTitleTheSignatureAndTheDateGoIntoTheFrontMatter() throws {
        let centred = "<w:jc w:val=\"center\"/>"
        let title = [
            WordTestPackage.paragraph("中共某某区委员会", properties: centred),
            // A long title line broken by hand.
            "<w:p><w:pPr>\(centred)</w:pPr><w:r><w:t>关于区委第一轮巡察</w:t><w:br/><w:t>集中整改</w:t></w:r></w:p>",
            WordTestPackage.paragraph("进展情况的通报", properties: centred),
            WordTestPackage.paragraph(""),
        ].joined()
        let right = "<w:jc w:val=\"right\"/>"
        let end = [
            WordTestPackage.paragraph("— 2 —", properties: centred),
            WordTestPackage.paragraph("中共某某区委员会", properties: right),
            WordTestPackage.paragraph("2024年7月26日", properties: right),
        ].joined()
        let result = try Self.imported(
            WordTestPackage(body: title + Self.paragraphs(WordTestPackage.noticeParagraphs) + end))
        #expect(result.refusal == nil)
        #expect(result.markdown.hasPrefix("---\nissuer: 中共某某区委员会\ndate: 2024-07-26\n---\n\n# 中共某某区委员会\n\n# 关于区委第一轮巡察集中整改进展情况的通报\n\n根据区委统一部署"))
        #expect(result.markdown.hasSuffix("电子邮箱：xcb@example.cn。\n"))
        #expect(result.report.titleSourceLines == [1, 2, 3])
        #expect(result.report.issuerSource == "the signature")
        #expect(result.report.notes.contains("page numbers typed into the text left out: paragraph 16"))
        let loaded = Fixtures.load(result.markdown, path: "content/notice.md")
        #expect(loaded.notice.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
        #expect(Checker().check(loaded).filter { $0.severity == .error }.isEmpty)
    }

    @Test func aTitleOfOneLineSetLargeIsTheFrontMatterTitleWhateverItsWording() throws {
        let title = "<w:p><w:r><w:rPr><w:sz w:val=\"44\"/></w:rPr><w:t>某某街道巡察整改工作说明</w:t></w:r></w:p>"
        let package = WordTestPackage(
            body: title + Self.paragraphs(WordTestPackage.noticeParagraphs), documentRelationships: Self.partRelationships,
            extraParts: [("word/styles.xml", Self.styles)])
        let result = try Self.imported(package)
        #expect(result.markdown.hasPrefix("---\ntitle: 某某街道巡察整改工作说明\nissuer: 【待填写：发文机关】\ndate: 2024-07-26"))
    }

    @Test func tablesBecomeGFMTablesWithMergedCellsPadded() throws {
        func cell(_ text: String, _ properties: String = "", jc: String? = nil) -> String {
            "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p>" + (jc.map { "<w:pPr><w:jc w:val=\"\($0)\"/></w:pPr>" } ?? "")
                + "<w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let table = """
            <w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\
            <w:tr>\(cell("项目"))\(cell("进度"))\(cell("备注"))</w:tr>\
            <w:tr>\(cell("规划|修编", jc: "center"))\(cell("已完成", jc: "right"))\(cell("1. 无"))</w:tr>\
            <w:tr>\(cell("审批", jc: "center"))\(cell("推进中，见附表", "<w:gridSpan w:val=\"2\"/>", jc: "right"))</w:tr>\
            </w:tbl>
            """
        let result = try Self.imported(WordTestPackage(body: WordTestPackage.paragraph("根据部署，开展巡察。") + table))
        #expect(
            Self.body(result) == """

                根据部署，开展巡察。

                | 项目 | 进度 | 备注 |
                | :-: | --: | --- |
                | 规划\\|修编 | 已完成 | 1\\. 无 |
                | 审批 | 推进中，见附表 |  |

                """)
        let parsed = try #require(Fixtures.load(result.markdown).markdown.blocks.compactMap { block -> MarkdownTable? in
            if case .table(let table) = block.kind { table } else { nil }
        }.first)
        func plain(_ inlines: [MarkdownInline]) -> String {
            inlines.map { if case .text(let text, _) = $0 { text } else { "" } }.joined()
        }
        #expect(parsed.rows.map { $0.map(plain) } == [["项目", "进度", "备注"], ["规划|修编", "已完成", "1. 无"], ["审批", "推进中，见附表", ""]])
        #expect(parsed.alignments == [.center, .right, .none])
    }

    @Test func theDocumentsKeywordsAreTheTags() throws {
        let core = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>不用</dc:title><cp:keywords>巡察整改；街道, 巡察整改、民生</cp:keywords></cp:coreProperties>
            """
        let result = try Self.imported(
            WordTestPackage(body: Self.paragraphs(WordTestPackage.noticeParagraphs), extraParts: [("docProps/core.xml", core)]))
        #expect(result.markdown.contains("\ntags: [巡察整改, 街道, 民生]\n"))
        #expect(Fixtures.load(result.markdown).notice.frontMatter.tags == ["巡察整改", "街道", "民生"])
    }

    @Test func aChineseNumeralDateIsTheDate() {
        #expect(ChineseDate.value(of: "二〇二四年七月二十六日") == CalendarDate(year: 2024, month: 7, day: 26))
        #expect(ChineseDate.value(of: "二〇二四年二月三十日") == nil)
    }
}
