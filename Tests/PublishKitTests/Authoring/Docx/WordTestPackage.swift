import Foundation
import ZIPFoundation

/// Word packages made in the tests, part by part, with ZIPFoundation: the XML is written here by
/// hand, so each test shows exactly the WordprocessingML it reads.
struct WordTestPackage {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
        xmlns:v="urn:schemas-microsoft-com:vml"
        """

    /// Parts by path, in the order they are written.
    var parts: [(path: String, bytes: Data)] = []

    /// A package with `[Content_Types].xml`, the package relationships, and `word/document.xml`
    /// holding `body` (the content of `w:body`); `documentRelationships` are `<Relationship …/>`
    /// elements of `word/_rels/document.xml.rels`.
    init(body: String, documentRelationships: String = "", extraParts: [(String, String)] = []) {
        add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>
            """)
        add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """)
        add("word/document.xml", Self.document(body))
        if !documentRelationships.isEmpty {
            add(
                "word/_rels/document.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(documentRelationships)</Relationships>
                """)
        }
        for (path, text) in extraParts { add(path, text) }
    }

    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    /// A paragraph of plain runs, with `properties` as its `w:pPr` content.
    static func paragraph(_ text: String, properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    mutating func add(_ path: String, _ text: String) {
        parts.append((path, Data(text.utf8)))
    }

    mutating func add(_ path: String, bytes: Data) {
        parts.append((path, bytes))
    }

    /// The ZIP file.
    var data: Data {
        get throws {
            let archive = try Archive(accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                    provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
            }
            return archive.data!
        }
    }

    // MARK: - A whole notice

    /// The parts of a short sound notice, one paragraph each, in the order they stand.
    static let noticeParagraphs = [
        "根据区委统一部署，2024年3月1日至4月30日，区委第一巡察组对某某街道党工委开展了常规巡察。2024年5月20日，区委巡察组向某某街道党工委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、街道党工委履行整改主体责任情况",
        "（一）提高政治站位。街道党工委召开专题会议，研究部署整改工作。",
        "二、巡察反馈问题整改落实情况",
        "（一）关于落实全面从严治党责任方面",
        "一是压实主体责任。制定责任清单3份。",
        "三、需长期整改事项进展情况",
        "（一）持续推进老旧小区改造。已完成改造12个小区。",
        "四、下一步工作打算",
        "（一）巩固整改成效。持续跟踪督办，防止问题反弹。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年7月26日至8月8日（10个工作日）。联系电话：0431-80798040（工作日8:30-17:00）；电子邮箱：xcb@example.cn。",
    ]
}
