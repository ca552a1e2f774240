import Foundation
import Testing
import ZIPFoundation

@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// `publish import FILE.docx` through the real binary: every notice the project has, exported by
/// `publish render --format docx` and imported again, gives the same notice; hostile files are
/// refused with exit 1 and nothing written.
@Suite(.serialized) struct DocxImportCommandTests {
    // MARK: - Round trip

    /// Every whole notice among the fixtures and the example site.
    static let notices = [
        "content/changchun-xinqu-2025.md", Fixtures.referencePath, "Tests/DocxChecks/fixtures/long-items.md",
        "Tests/DocxChecks/fixtures/table.md", "Tests/DocxChecks/fixtures/two-line-title.md",
    ]

    /// The model as JSON with what a Word document cannot carry taken out: source ranges (the
    /// imported file has other line numbers), the file's path, and whether the closing followed a
    /// `---` rule (GB/T 9704 has no rules in the body, so the export leaves it out and the
    /// closing is recognised by its content instead).
    static func model(_ json: String) throws -> String {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                let dropped: Set<String> = ["range", "ranges", "path", "isExplicit"]
                return object.filter { !dropped.contains($0.key) && !$0.key.hasSuffix("Range") }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let data = try JSONSerialization.data(withJSONObject: strip(object), options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: notices)
    func aNoticeExportedToWordImportsAsTheSameNotice(_ path: String) throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let original = Fixtures.root.appendingPathComponent(path).path
            let exported = try PublishBinary.run(["render", original, "--format", "docx", "-o", "notice.docx"], in: folder)
            #expect(exported.status == 0, "\(exported.stderr)")
            let imported = try PublishBinary.run(["import", "notice.docx"], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains("  input: a Word document (.docx)"))
            #expect(!imported.stderr.contains("could not place"), "\(imported.stderr)")

            for format in ["json", "text"] {
                let before = try PublishBinary.run(["render", original, "--format", format], in: folder)
                let after = try PublishBinary.run(["render", "content/notice.md", "--format", format], in: folder)
                #expect(before.status == after.status)
                if format == "json" {
                    #expect(try Self.model(after.stdout) == Self.model(before.stdout), "\(path): the model differs")
                } else {
                    #expect(after.stdout == before.stdout, "\(path): the text differs")
                }
            }
        }
    }

    @Test func theHostileFixtureComesBackAsTextWithoutControlCharacters() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let original = Fixtures.root.appendingPathComponent("Tests/DocxChecks/fixtures/hostile.md").path
            #expect(try PublishBinary.run(["render", original, "--format", "docx", "-o", "h.docx"], in: folder).status == 0)
            #expect(try PublishBinary.run(["import", "h.docx"], in: folder).status == 0)
            let before = try PublishBinary.run(["render", original, "--format", "text"], in: folder).stdout
            let after = try PublishBinary.run(["render", "content/h.md", "--format", "text"], in: folder).stdout
            // The export removes control characters; markup in the text stays text both ways.
            let visible = String(String.UnicodeScalarView(before.unicodeScalars.filter {
                $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control
            }))
            #expect(after == visible)
            #expect(after.contains("<w:p><w:r><w:t>注入</w:t></w:r></w:p>"))
            let html = try PublishBinary.run(["render", "content/h.md", "--format", "html"], in: folder).stdout
            #expect(!html.contains("<script>"))
        }
    }

    @Test func theKindIsToldByContentNotByName() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let original = Fixtures.root.appendingPathComponent(Fixtures.referencePath).path
            #expect(try PublishBinary.run(["render", original, "--format", "docx", "-o", "notice.txt"], in: folder).status == 0)
            let imported = try PublishBinary.run(["import", "notice.txt"], in: folder)
            #expect(imported.status == 0)
            #expect(imported.stderr.contains("  input: a Word document (.docx)"))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/notice.md").path))
        }
    }

    @Test func anExistingFileIsKeptWithoutForce() throws {
        try CheckCommandTests.withFolder(["content/notice.md": "手写的内容\n"]) { folder in
            let original = Fixtures.root.appendingPathComponent(Fixtures.referencePath).path
            #expect(try PublishBinary.run(["render", original, "--format", "docx", "-o", "notice.docx"], in: folder).status == 0)
            let refused = try PublishBinary.run(["import", "notice.docx"], in: folder)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("exists already; give --force"))
            #expect(try String(contentsOf: folder.appendingPathComponent("content/notice.md"), encoding: .utf8) == "手写的内容\n")
            #expect(try PublishBinary.run(["import", "notice.docx", "--force"], in: folder).status == 0)
            let written = try String(contentsOf: folder.appendingPathComponent("content/notice.md"), encoding: .utf8)
            #expect(written.hasPrefix("---\ntitle: 中共长春新区工作委员会关于省委巡视整改进展情况的通报\n"))
        }
    }
}
