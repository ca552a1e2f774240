import Foundation
import Testing
import ZIPFoundation
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Word export: a deterministic, valid package whose text is the author's text and whose
/// paragraphs carry the GB/T 9704 styles. (Layout in LibreOffice, python-docx and the schema
/// check are in Tests/DocxChecks/docx-checks.)
@Suite struct DocxRendererTests {
    // MARK: - Package

    @Test func theSameNoticeGivesTheSameBytes() throws {
        let notice = try Fixtures.referenceNotice().notice
        let first = try DocxRenderer().render(notice)
        let second = try DocxRenderer().render(notice)
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func thePackageHoldsItsPartsInAFixedOrderWithFixedDates() throws {
        let data = try DocxRenderer().render(try Fixtures.referenceNotice().notice)
        let archive = try Archive(data: data, accessMode: .read)
        #expect(
            archive.map(\.path) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
                "word/theme/theme1.xml", "word/footer1.xml", "word/footer2.xml",
            ])
        #expect(archive.allSatisfy { $0.fileAttributes[.modificationDate] as? Date == DocxPackage.entryDate })
        let types = try Self.part("[Content_Types].xml", of: data)
        for part in [
            "/word/document.xml", "/word/styles.xml", "/word/footer1.xml", "/word/footer2.xml", "/docProps/core.xml",
        ] {
            #expect(types.contains("<Override PartName=\"\(part)\""), "no content type for \(part)")
        }
        #expect(!types.contains("macroEnabled"))
        #expect(!archive.contains { $0.path.contains("vbaProject") })
    }

    @Test(arguments: ["_rels/.rels", "word/_rels/document.xml.rels"])
    func everyRelationshipStaysInsideThePackage(part: String) throws {
        let data = try DocxRenderer().render(
            Fixtures.load(
                """
                ---
                title: 通报
                ---
                正文有[外部链接](https://example.cn/x)和![图](https://example.cn/a.png)。
                """
            ).notice)
        let relationships = try Self.part(part, of: data)
        #expect(!relationships.contains("TargetMode"))
        #expect(!relationships.contains("http://example") && !relationships.contains("https://"))
        let document = try Self.paragraphs(of: data)
        #expect(document.map(\.text).contains("正文有外部链接和图。"))
    }

    @Test func thePageIsA4WithTheGridAndAlternatingPageNumbers() throws {
        let data = try DocxRenderer().render(try Fixtures.referenceNotice().notice)
        let document = try Self.part("word/document.xml", of: data)
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(document.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
        #expect(!document.contains("charSpace"))
        #expect(try Self.part("word/settings.xml", of: data).contains("<w:evenAndOddHeaders/>"))
        let odd = try Self.part("word/footer1.xml", of: data)
        let even = try Self.part("word/footer2.xml", of: data)
        #expect(odd.contains("<w:jc w:val=\"right\"/>") && even.contains("<w:jc w:val=\"left\"/>"))
        #expect(odd.contains(" PAGE ") && odd.contains("— ") && odd.contains(" —"))
        let styles = try Self.part("word/styles.xml", of: data)
        for font in ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"] {
            #expect(styles.contains("w:eastAsia=\"\(font)\""), "no style uses \(font)")
        }
        #expect(styles.contains("<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/>"))
    }

    // MARK: - Text

    @Test func hostileTextStaysText() throws {
        let data = try DocxRenderer().render(
            Fixtures.load(
                """
                ---
                title: 关于<w:p>与]]>的通报
                issuer: 某某<w:r>委&
                date: 2025-01-09
                ---
                正文含<w:p><w:r><w:t>注入</w:t></w:r></w:p>、]]>、&amp;与&、"引号'，控制\u{1}\u{B}\u{1B}\u{7F}\u{85}字符和表情😀。

                <w:body><w:sectPr/></w:body>
                """
            ).notice)
        let paragraphs = try Self.paragraphs(of: data)
        let text = paragraphs.map(\.text)
        #expect(text.contains("正文含<w:p><w:r><w:t>注入</w:t></w:r></w:p>、]]>、&与&、\"引号'，控制字符和表情😀。"))
        #expect(text.contains("<w:body><w:sectPr/></w:body>"))
        #expect(text.contains("关于<w:p>与]]>的通报"))
        #expect(text.contains("某某<w:r>委&"))
        // The markup the author wrote made no element: one section, no paragraph from the text.
        let document = try Self.part("word/document.xml", of: data)
        #expect(document.components(separatedBy: "<w:sectPr>").count == 2)
        #expect(paragraphs.count == 7)  // title, blank line, two paragraphs, blank line, issuer, date
        #expect(!document.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        // Every part is well-formed XML.
        let archive = try Archive(data: data, accessMode: .read)
        for entry in archive {
            #expect(XMLParser(data: try Self.part(entry.path, of: data).data(using: .utf8)!).parse(), "\(entry.path)")
        }
    }

    @Test func lineBreaksAndTabsBecomeElementsNotCharacters() throws {
        #expect(
            WordText.runContent("甲\n乙\r\n丙\t丁") == """
                <w:t xml:space="preserve">甲</w:t><w:br/><w:t xml:space="preserve">乙</w:t><w:br/>\
                <w:t xml:space="preserve">丙</w:t><w:tab/><w:t xml:space="preserve">丁</w:t>
                """)
        #expect(WordText.runContent("\u{0}\u{1F}\u{FFFE}") == "")
        #expect(WordText.escape("a<b>&\"c'\n") == "a&lt;b&gt;&amp;&quot;c&apos; ")
    }

    // MARK: - Layout

    @Test func theReferenceNoticeTakesTheGongwenStyles() throws {
        let paragraphs = try Self.paragraphs(of: DocxRenderer().render(try Fixtures.referenceNotice().notice))
        // The front matter's title, broken before 关于 into two centred lines, then a blank line.
        #expect(paragraphs[0].style == "GwTitle")
        #expect(paragraphs[0].text == "中共长春新区工作委员会\n关于省委巡视整改进展情况的通报")
        #expect(paragraphs[1].style == nil && paragraphs[1].text.isEmpty)
        #expect(paragraphs[2].style == "GwBody" && paragraphs[2].text.hasPrefix("根据省委统一部署"))
        let heading = try #require(paragraphs.first { $0.text == "一、党工委履行整改主体责任情况" })
        #expect(heading.style == "GwH1")
        // A run-in （一） item: its lead in the 楷体 character style, the rest plain.
        let runIn = try #require(paragraphs.first { $0.text.hasPrefix("(一)提高思想认识") })
        #expect(runIn.style == "GwBody")
        #expect(runIn.runs.filter { $0.style == "GwH2Char" }.map(\.text).joined() == "(一)提高思想认识,强化政治担当。")
        #expect(runIn.runs.last?.style == nil)
        let subheading = try #require(paragraphs.first { $0.text == "1、主动对接国家重大发展战略规划" })
        #expect(subheading.style == "GwH3")
        let measure = try #require(paragraphs.first { $0.text.hasPrefix("一是对接“一带一路”规划") })
        #expect(measure.runs.first?.style == "GwMeasureLead")
        #expect(
            measure.runs.filter { $0.style == "GwMeasureLead" }.map(\.text).joined() == "一是对接“一带一路”规划不断深化开放性国际合作平台作用。")
        // The closing as written, then 署名 and 成文日期 (no zero padding).
        #expect(paragraphs[paragraphs.count - 4].text.hasPrefix("欢迎广大干部群众"))
        #expect(paragraphs[paragraphs.count - 3].text.isEmpty)
        #expect(
            paragraphs[paragraphs.count - 2].style == "GwSign" && paragraphs[paragraphs.count - 2].text == "中共长春新区工作委员会"
        )
        #expect(
            paragraphs[paragraphs.count - 1].style == "GwDate" && paragraphs[paragraphs.count - 1].text == "2025年3月7日")
    }

    @Test func bodyTitleLinesComeFirstAndTablesBecomeTables() throws {
        let data = try DocxRenderer().render(
            Fixtures.load(
                """
                ---
                title: 不用的标题
                ---
                # 中共某某县委员会

                # 关于县委巡察整改进展情况的通报

                正文。

                | 类别 | 数量 |
                |---|--:|
                | 政策 | 12 |
                """
            ).notice)
        let paragraphs = try Self.paragraphs(of: data)
        #expect(paragraphs.prefix(2).map(\.text) == ["中共某某县委员会", "关于县委巡察整改进展情况的通报"])
        #expect(paragraphs.prefix(2).allSatisfy { $0.style == "GwTitle" })
        #expect(!paragraphs.map(\.text).contains("不用的标题"))
        let document = try Self.part("word/document.xml", of: data)
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.components(separatedBy: "<w:gridCol w:w=").count == 3)
        #expect(paragraphs.contains { $0.style == "GwTableText" && $0.text == "12" })
    }

    @Test(arguments: [
        ("中共长春新区工作委员会关于省委巡视整改进展情况的通报", ["中共长春新区工作委员会", "关于省委巡视整改进展情况的通报"]),
        ("关于巡视整改进展情况的通报", ["关于巡视整改进展情况的通报"]),
        // No 关于: two even lines, the shorter on top.
        ("中共某某市委第五巡察组专项巡察反馈意见整改落实情况通报", ["中共某某市委第五巡察组专项", "巡察反馈意见整改落实情况通报"]),
        // Numbers stay whole.
        ("某某区2024年第二轮巡察整改落实情况和2025年工作安排通报", ["某某区2024年第二轮巡察整改", "落实情况和2025年工作安排通报"]),
    ])
    func titlesBreakAsTheStandardAsks(title: String, lines: [String]) {
        #expect(TitleLayout().lines(title) == lines)
        #expect(lines.allSatisfy { SignatureLayout.width($0) <= 20 })
    }

    @Test func aTitleTooLongForTwoLinesTakesThreeNoneWiderThanTheTypeArea() {
        let title = "中共某某市生态环境局党组关于市委第五巡察组专项巡察反馈意见整改落实情况暨长效机制建设进展情况的通报"
        let lines = TitleLayout().lines(title)
        #expect(lines.count == 3)
        #expect(lines.first == "中共某某市生态环境局党组")
        #expect(lines.joined() == title)
        #expect(lines.allSatisfy { SignatureLayout.width($0) <= 20 })
    }

    @Test(arguments: [
        // 署名 two in from the right; 日期 starts two right of the 署名's first character.
        ("中共长春新区工作委员会", "2025年3月7日", SignatureLayout.Placement.fromRight(2), SignatureLayout.Placement.fromLeft(17)),
        // 日期 longer than 署名 less two: 日期 two in from the right, 署名 moved left.
        ("中共某某区委", "2025年9月15日", .fromRight(4.5), .fromRight(2)),
        ("中共某某县委员会", "2024年11月5日", .fromRight(2.5), .fromRight(2)),
    ])
    func issuerAndDateFollowTheUnsealedLayout(
        issuer: String, date: String, issuerPlacement: SignatureLayout.Placement,
        datePlacement: SignatureLayout.Placement
    ) {
        let layout = SignatureLayout(issuer: issuer, date: date)
        #expect(layout.issuer == issuerPlacement)
        #expect(layout.date == datePlacement)
    }

    // MARK: - Through the binary

    @Test func renderWritesTheSameFileTwiceAndNeedsAnOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for name in ["a.docx", "b.docx"] {
            let path = folder.appendingPathComponent(name).path
            let result = try PublishBinary.run(["render", Fixtures.referencePath, "--format", "docx", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutBytes.isEmpty)
            files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(files[0] == files[1])
        #expect(files[0] == (try DocxRenderer().render(try Fixtures.referenceNotice().notice)))
        // Nothing but the two files: the temporary file was renamed into place.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.docx", "b.docx"])

        let toStandardOutput = try PublishBinary.run(["render", Fixtures.referencePath, "--format", "docx", "-o", "-"])
        #expect(toStandardOutput.status == 0)
        #expect(Data(toStandardOutput.stdoutBytes) == files[0])

        let withoutOutput = try PublishBinary.run(["render", Fixtures.referencePath, "--format", "docx"])
        #expect(withoutOutput.status == 2)
        #expect(withoutOutput.stdoutBytes.isEmpty)
        #expect(withoutOutput.stderr.contains("-o"))

        let intoMissingFolder = try PublishBinary.run(
            [
                "render", Fixtures.referencePath, "--format", "docx", "-o",
                folder.appendingPathComponent("no/such.docx").path,
            ])
        #expect(intoMissingFolder.status == 2)
    }

    // MARK: - Reading the package back

    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path], "no part \(path)")
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    struct ParsedParagraph {
        struct Run {
            var style: String?
            var text: String
        }

        var style: String?
        var runs: [Run] = []
        /// The paragraph's text as a reader sees it, `<w:br/>` as a line break.
        var text: String { runs.map(\.text).joined() }
    }

    /// The paragraphs of `word/document.xml` (table cells included) as an XML parser reads them.
    static func paragraphs(of data: Data) throws -> [ParsedParagraph] {
        let reader = ParagraphReader()
        let parser = XMLParser(data: Data(try part("word/document.xml", of: data).utf8))
        parser.delegate = reader
        #expect(parser.parse(), "document.xml does not parse: \(String(describing: parser.parserError))")
        return reader.paragraphs
    }

    final class ParagraphReader: NSObject, XMLParserDelegate {
        var paragraphs: [ParsedParagraph] = []
        private var current: ParsedParagraph?
        private var runStyle: String?
        private var inText = false

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "w:p": current = ParsedParagraph()
            case "w:pStyle": current?.style = attributes["w:val"]
            case "w:r": runStyle = nil
            case "w:rStyle": runStyle = attributes["w:val"]
            case "w:t": inText = true
            case "w:br": current?.runs.append(.init(style: runStyle, text: "\n"))
            case "w:tab": current?.runs.append(.init(style: runStyle, text: "\t"))
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inText, var paragraph = current else { return }
            if let last = paragraph.runs.last, last.style == runStyle, last.text != "\n", last.text != "\t" {
                paragraph.runs[paragraph.runs.count - 1].text += string
            } else {
                paragraph.runs.append(.init(style: runStyle, text: string))
            }
            current = paragraph
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "w:t": inText = false
            case "w:p":
                if let current { paragraphs.append(current) }
                current = nil
            default: break
            }
        }
    }
}
