import Foundation
import Testing

@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Text as Windows saves it: the text fixtures converted by the system's `iconv` command to
/// GB18030 and UTF-16/32 (with the byte-order mark Notepad writes) import to the same Markdown as
/// their UTF-8 originals; a notice saved as GBK gets one finding from `check`, whose command
/// converts it.
@Suite(.serialized) struct EncodedTextImportTests {
    static let texts = [
        "Tests/PublishKitTests/Fixtures/samples/changchun-xinqu-2025.txt",
        "Tests/PublishKitTests/Fixtures/samples/openings/district-trade-union-2024.txt",
        "Tests/PublishKitTests/Fixtures/samples/openings/huangpu-district-2024.txt",
    ]

    /// iconv's name, the byte-order mark put before iconv's output (glibc writes one for `UTF-16`
    /// and `UTF-32`, none for the named byte orders), and the encoding the report must name.
    static let encodings: [(iconv: String, mark: [UInt8], report: String)] = [
        ("GB18030", [], "GB18030 (GBK, GB2312; Windows “ANSI” on a Chinese system)"),
        ("UTF-16LE", [0xFF, 0xFE], "UTF-16 little-endian with a byte-order mark (Windows “Unicode”)"),
        ("UTF-16BE", [0xFE, 0xFF], "UTF-16 big-endian with a byte-order mark"),
        ("UTF-32", [], "UTF-32 little-endian with a byte-order mark"),
        ("UTF-8", [0xEF, 0xBB, 0xBF], "UTF-8 with a byte-order mark"),
    ]

    /// `file` converted from UTF-8 by the `iconv` command.
    static func iconv(_ file: URL, to encoding: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", encoding, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "iconv -t \(encoding) \(file.path)")
        return data
    }

    static var cases: [(String, Int)] { texts.flatMap { text in encodings.indices.map { (text, $0) } } }

    @Test(arguments: cases)
    func aConvertedTextImportsLikeItsUTF8Original(_ path: String, _ encodingIndex: Int) throws {
        let encoding = Self.encodings[encodingIndex]
        let original = Fixtures.root.appendingPathComponent(path)
        let converted = encoding.mark + [UInt8](try Self.iconv(original, to: encoding.iconv))
        #expect(converted != [UInt8](try Data(contentsOf: original)))
        try CheckCommandTests.withFolder([:]) { folder in
            try Data(converted).write(to: folder.appendingPathComponent("converted.txt"))
            let fromUTF8 = try PublishBinary.run(["import", original.path, "-o", "-"], in: folder)
            let fromConverted = try PublishBinary.run(["import", "converted.txt", "-o", "-"], in: folder)
            #expect(fromConverted.status == 0, "\(fromConverted.stderr)")
            #expect(fromConverted.stdout == fromUTF8.stdout)
            #expect(fromConverted.stderr.contains("  input: text in \(encoding.report)\n"), "\(fromConverted.stderr)")
            #expect(fromUTF8.stderr.contains("  input: text in UTF-8\n"))
        }
    }

    @Test(arguments: [("GBK", "GB18030"), ("UTF-16", "UTF-16 little-endian")])
    func aNoticeSavedInAnotherEncodingGetsOneFindingWhoseCommandConvertsIt(_ encoding: String, _ named: String) throws {
        let original = Fixtures.root.appendingPathComponent(Fixtures.contentPath)
        try CheckCommandTests.withFolder([:]) { folder in
            let notice = folder.appendingPathComponent("content/notice.md")
            try Self.iconv(original, to: encoding).write(to: notice)
            let checked = try PublishBinary.run(["check", "--format", "json"], in: folder)
            #expect(checked.status == 1)
            let json = try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any]
            let findings = try #require(json?["diagnostics"] as? [[String: Any]])
            #expect(findings.count == 1, "\(checked.stdout)")
            let finding = try #require(findings.first)
            #expect(finding["rule"] as? String == "parse/invalid-utf8")
            #expect((finding["message"] as? String)?.contains(named) == true, "\(finding)")
            let command = "publish import content/notice.md -o content --force"
            let fix = try #require(finding["fix"] as? String)
            #expect(fix.contains("`\(command)`"), "\(fix)")

            // The command it names converts the file, which then passes.
            let converted = try PublishBinary.run(Array(command.split(separator: " ").dropFirst().map(String.init)), in: folder)
            #expect(converted.status == 0, "\(converted.stderr)")
            #expect(converted.stderr.contains("already a notice in the authoring format"))
            #expect(try Data(contentsOf: notice) == Data(contentsOf: original))
            let passed = try PublishBinary.run(["check"], in: folder)
            #expect(passed.status == 0, "\(passed.stderr)")
        }
    }

    @Test func aGBKNoticeIsNotBuilt() throws {
        let original = Fixtures.root.appendingPathComponent(Fixtures.contentPath)
        try CheckCommandTests.withFolder([:]) { folder in
            try Self.iconv(original, to: "GBK").write(to: folder.appendingPathComponent("content/notice.md"))
            let built = try PublishBinary.run(["build", "--now", "2025-03-10"], in: folder)
            #expect(built.status == 1)
            #expect(built.stderr.components(separatedBy: "[parse/invalid-utf8]").count == 2, "\(built.stderr)")
            #expect(built.stderr.contains("nothing was written"), "\(built.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
        }
    }
}
