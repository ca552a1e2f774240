import Foundation
import Testing

@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Files made to hurt a reader of Word documents, each refused by `publish import` with exit 1, a
/// finding that says why, and nothing written — in time, and without a crash.
@Suite(.serialized) struct DocxHostileInputTests {
    /// A short notice's document, the part the attacks below are put beside or into.
    static var sound: WordTestPackage {
        WordTestPackage(body: WordTestPackage.noticeParagraphs.map { WordTestPackage.paragraph($0) }.joined())
    }

    /// Little-endian bytes of `value`.
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// `zip` with the unpacked size of the entry `path` declared as `size`, in its local header and
    /// in the central directory, as a hand-made ZIP bomb declares what it likes.
    static func declaring(_ size: UInt32, for path: String, in zip: Data) -> Data {
        var bytes = [UInt8](zip)
        let name = Array(path.utf8)
        func patch(signature: UInt32, nameOffset: Int, sizeOffset: Int) {
            let marker = le32(signature)
            var index = 0
            while index + nameOffset + name.count <= bytes.count {
                if Array(bytes[index..<index + 4]) == marker,
                    Array(bytes[index + nameOffset..<index + nameOffset + name.count]) == name
                {
                    bytes.replaceSubrange(index + sizeOffset..<index + sizeOffset + 4, with: le32(size))
                }
                index += 1
            }
        }
        patch(signature: 0x0403_4B50, nameOffset: 30, sizeOffset: 22)
        patch(signature: 0x0201_4B50, nameOffset: 46, sizeOffset: 24)
        return Data(bytes)
    }

    static var cases: [(name: String, rule: String, message: String, bytes: () throws -> Data)] {
        [
            (
                "an encrypted or old binary document (OLE compound file)", "import/not-docx", "password-protected",
                { Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)) }
            ),
            ("RTF saved as .doc", "import/not-docx", "RTF", { Data(#"{\rtf1\ansi 通报}"#.utf8) }),
            (
                "an entry declared at 3 GB", "import/unsafe-package", "ZIP bomb",
                { declaring(3_000_000_000, for: "word/media/big.bin", in: try add(sound, "word/media/big.bin", Data(count: 1000))) }
            ),
            (
                "entries declared at 1.2 GB together", "import/unsafe-package", "ZIP bomb",
                {
                    var package = sound
                    for index in 0..<6 { package.add("word/media/\(index).bin", bytes: Data(count: 100)) }
                    var data = try package.data
                    for index in 0..<6 { data = declaring(200_000_000, for: "word/media/\(index).bin", in: data) }
                    return data
                }
            ),
            (
                "a document that unpacks to 80 MB while it declares 1 KB", "import/unsafe-package", "ZIP bomb",
                {
                    let document = WordTestPackage.document(String(repeating: " ", count: 80_000_000))
                    var package = sound
                    package.parts.removeAll { $0.path == "word/document.xml" }
                    package.add("word/document.xml", document)
                    return declaring(1024, for: "word/document.xml", in: try package.data)
                }
            ),
            ("an entry whose path climbs out", "import/unsafe-package", "../../evil.sh", { try add(sound, "../../evil.sh", Data("x".utf8)) }),
            ("an absolute entry path", "import/unsafe-package", "/etc/cron.d/evil", { try add(sound, "/etc/cron.d/evil", Data("x".utf8)) }),
            (
                "a relationship that points out of the package", "import/unsafe-package", "../../../etc/passwd",
                {
                    var package = sound
                    package.parts.removeAll { $0.path == "_rels/.rels" }
                    package.add(
                        "_rels/.rels",
                        #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../../etc/passwd"/></Relationships>"#
                    )
                    return try package.data
                }
            ),
            (
                "an external entity in the document", "import/unsafe-xml", "<!DOCTYPE",
                {
                    try replacingDocument(
                        #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"#
                    )
                }
            ),
            (
                "a billion laughs in the styles", "import/unsafe-xml", "word/styles.xml",
                {
                    var package = sound
                    let laughs = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
                    package.add(
                        "word/styles.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY l0 \"哈\">\(laughs)]><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&l9;</w:styles>"
                    )
                    return try package.data
                }
            ),
            (
                "a document type in UTF-16", "import/unsafe-xml", "<!DOCTYPE",
                {
                    let text = #"<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"#
                    var package = sound
                    package.parts.removeAll { $0.path == "word/document.xml" }
                    package.add("word/document.xml", bytes: Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
                    return try package.data
                }
            ),
            (
                "elements nested 100,000 deep", "import/malformed-docx", "nested more than 256 deep",
                {
                    try replacingDocument(
                        WordTestPackage.document(
                            String(repeating: "<w:sdt><w:sdtContent>", count: 100_000)
                                + String(repeating: "</w:sdtContent></w:sdt>", count: 100_000)))
                }
            ),
            ("XML that is not well-formed", "import/malformed-docx", "not well-formed", { try replacingDocument("<w:document><w:body>") }),
            (
                "a ZIP without a document", "import/not-docx", "no main document part",
                {
                    var package = sound
                    package.parts.removeAll { $0.path == "word/document.xml" }
                    return try package.data
                }
            ),
            (
                "a spreadsheet", "import/not-docx", "not a WordprocessingML document",
                {
                    try replacingDocument(#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"#)
                }
            ),
            (
                "an OpenDocument text", "import/not-docx", "OpenDocument",
                { try add(sound, "mimetype", Data("application/vnd.oasis.opendocument.text".utf8)) }
            ),
            ("a truncated ZIP", "import/not-docx", "ZIP structure", { Data(try sound.data.prefix(200)) }),
        ]
    }

    static func add(_ package: WordTestPackage, _ path: String, _ bytes: Data) throws -> Data {
        var package = package
        package.add(path, bytes: bytes)
        return try package.data
    }

    static func replacingDocument(_ xml: String) throws -> Data {
        var package = sound
        package.parts.removeAll { $0.path == "word/document.xml" }
        package.add("word/document.xml", xml)
        return try package.data
    }

    @Test(arguments: cases.indices)
    func isRefusedWithNothingWritten(_ index: Int) throws {
        let hostile = Self.cases[index]
        try CheckCommandTests.withFolder([:]) { folder in
            try hostile.bytes().write(to: folder.appendingPathComponent("hostile.docx"))
            let started = Date()
            let result = try PublishBinary.run(["import", "hostile.docx"], in: folder)
            #expect(result.status == 1, "\(hostile.name): \(result.stderr)")
            #expect(result.stderr.contains("hostile.docx:1:1: error:"), "\(hostile.name): \(result.stderr)")
            #expect(result.stderr.contains("[\(hostile.rule)]"), "\(hostile.name): \(result.stderr)")
            #expect(result.stderr.contains(hostile.message), "\(hostile.name): \(result.stderr)")
            #expect(Date().timeIntervalSince(started) < 60, "\(hostile.name)")
            let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
            #expect(written == ["content", "hostile.docx"], "\(hostile.name)")
        }
    }

    @Test func theSoundPackageTheAttacksStartFromImports() throws {
        let result = DocxImporter().convert(bytes: [UInt8](try Self.sound.data), path: "sound.docx")
        #expect(result.refusal == nil)
        #expect(result.report.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
    }

    @Test func pathsAndTargetsAreJudgedByWhereTheyLead() {
        for path in ["word/document.xml", "word/media/图片 1.png", "a/./b.xml"] { #expect(WordPackage.isInside(path), "\(path)") }
        for path in ["../x", "word/../../x", "/x", "\\x", "C:/x", "word\\..\\..\\x", "a\u{0}b"] {
            #expect(!WordPackage.isInside(path), "\(path)")
        }
        #expect(WordPackage.resolve("styles.xml", from: "word") == "word/styles.xml")
        #expect(WordPackage.resolve("/word/styles.xml", from: "word") == "word/styles.xml")
        #expect(WordPackage.resolve("../customXml/item1.xml", from: "word") == "customXml/item1.xml")
        #expect(WordPackage.resolve("../../x.xml", from: "word") == nil)
        #expect(WordPackage.resolve("%2E%2E/%2E%2E/x.xml", from: "word") == nil)
    }
}
