import Foundation
import Testing

/// `publish render` through the real binary.
@Suite(.serialized) struct RenderCommandTests {
    @Test func textOfTheReferenceNoticeEqualsTheSample() throws {
        let result = try PublishBinary.run(["render", Fixtures.referencePath, "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stdoutBytes == Array(try Fixtures.sharedSample("changchun-xinqu-2025.txt").utf8))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonParsesBackWithTheFacts() throws {
        let result = try PublishBinary.run(["render", "content/changchun-xinqu-2025.md", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 2)
        let notice = object?["notice"] as? [String: Any]
        let sections = notice?["sections"] as? [[String: Any]]
        #expect(sections?.compactMap { $0["role"] as? String } == ["responsibility", "keyProblems", "longTerm", "nextSteps"])
    }

    @Test func htmlIsAPageInChinese() throws {
        let result = try PublishBinary.run(["render", "content/changchun-xinqu-2025.md", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("<html lang=\"zh-CN\">"))
    }

    @Test func indentAndWidthWrapTheText() throws {
        let result = try PublishBinary.run(["render", "content/changchun-xinqu-2025.md", "--indent", "--width", "40"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("\u{3000}\u{3000}根据省委统一部署") == true)
        #expect(lines.allSatisfy { line in line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80) || "“”".unicodeScalars.contains($1) ? 2 : 1) } <= 40 })
    }

    @Test(arguments: [
        (["--version"], Int32(0)),
        (["render", "no-such-file.md"], Int32(2)),
        (["render", "content"], Int32(2)),
        (["render"], Int32(2)),
        (["render", "content/changchun-xinqu-2025.md", "--format", "pdf"], Int32(2)),
        (["render", "content/changchun-xinqu-2025.md", "--width", "3"], Int32(2)),
        (["frobnicate"], Int32(2)),
    ])
    func exitCodes(arguments: [String], status: Int32) throws {
        let result = try PublishBinary.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        if status == 2 { #expect(!result.stderr.isEmpty) }
    }

    @Test func contentErrorsExitWithOneAndAreReportedWithTheirLocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = Array("---\ntitle: [a, b]\n---\n正文。\n".utf8)
        try Data(valid).write(to: folder.appendingPathComponent("bad.md"))
        let result = try PublishBinary.run(["render", "bad.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.md:2:8: error:"))
        #expect(result.stderr.contains("[meta/type]"))
        #expect(result.stdout.contains("正文"))
        // Bytes that are not UTF-8: one finding there, none computed over the misread text.
        let damaged = Array("---\ntitle: [a, b]\n---\n正文".utf8) + [0xC4, 0xE3] + Array("。\n".utf8)
        try Data(damaged).write(to: folder.appendingPathComponent("bad.md"))
        let refused = try PublishBinary.run(["render", "bad.md"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bad.md:4:3: error:"))
        #expect(refused.stderr.contains("[parse/invalid-utf8]"))
        #expect(!refused.stderr.contains("[meta/type]"))
        #expect(refused.stdout.contains("正文"))
    }

    @Test func versionIsPrinted() throws {
        let result = try PublishBinary.run(["--version"])
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
