import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `publish new`, `publish import` and `publish fmt` through the real binary, in scratch folders.
@Suite(.serialized) struct AuthoringCommandTests {
    static let samplePath = "Tests/PublishKitTests/Fixtures/samples/changchun-xinqu-2025.txt"

    static func read(_ url: URL) throws -> [UInt8] { try [UInt8](Data(contentsOf: url)) }

    /// Like `PublishBinary.run`, with `input` on standard input.
    static func run(_ arguments: [String], in folder: URL, input: String) throws -> PublishBinary.Result {
        let process = Process()
        process.executableURL = PublishBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let errors = PipeReader(stderr)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PublishBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors.finish(), as: UTF8.self), stdoutBytes: [UInt8](output))
    }

    // MARK: - publish new

    @Test func newWritesASkeletonThatFailsCheckUntilFilledIn() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let before = CalendarDate.today()
            let created = try PublishBinary.run(["new", "2025/xinqu", "--issuer", "中共某某区委员会"], in: folder)
            let after = CalendarDate.today()
            #expect(created.status == 0, "\(created.stderr)")
            let file = folder.appendingPathComponent("content/2025/xinqu.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            let date = try #require(Fixtures.load(text).notice.frontMatter.date)
            #expect(date == before || date == after)
            #expect(text.contains("\nissuer: 中共某某区委员会\n"))

            let unfilled = try PublishBinary.run(["check", "--format", "json"], in: folder)
            #expect(unfilled.status == 1)
            let placeholders = unfilled.stdout.components(separatedBy: "\"meta/placeholder\"").count - 1
            #expect(placeholders == 27, "the title's and the body's; the issuer was given")

            let (filled, unknown) = SkeletonFilling.fill(text, publishedOn: date)
            #expect(unknown.isEmpty)
            try filled.write(to: file, atomically: true, encoding: .utf8)
            let checked = try PublishBinary.run(["check"], in: folder)
            #expect(checked.status == 0, "\(checked.stderr)")
        }
    }

    @Test func newNeverOverwrites() throws {
        try CheckCommandTests.withFolder(["content/taken.md": "手写的内容\n"]) { folder in
            let result = try PublishBinary.run(["new", "taken"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("exists already"))
            let kept = try String(contentsOf: folder.appendingPathComponent("content/taken.md"), encoding: .utf8)
            #expect(kept == "手写的内容\n")
        }
    }

    @Test(arguments: ["中文", "../outside", "/abs", "a//b", ".hidden"])
    func newRefusesABadSlug(_ slug: String) throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let result = try PublishBinary.run(["new", slug], in: folder)
            #expect(result.status == 2)
            let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            #expect(written == ["content"])
        }
    }

    // MARK: - publish import

    @Test func importOfTheReferenceSampleRendersItBackByteForByte() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let sample = Fixtures.root.appendingPathComponent(Self.samplePath)
            let imported = try PublishBinary.run(["import", sample.path], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains("section 二、巡视反馈重点问题整改落实情况 → key problems"))
            #expect(imported.stderr.contains("no title: fill in `title:`"))
            let rendered = try PublishBinary.run(
                ["render", "content/changchun-xinqu-2025.md", "--format", "text"], in: folder)
            #expect(rendered.status == 0)
            #expect(rendered.stdoutBytes == (try Self.read(sample)))
        }
    }

    @Test func importNeverOverwritesWithoutForce() throws {
        try CheckCommandTests.withFolder(["notice.txt": "根据部署,开展巡视。\n", "content/notice.md": "手写的内容\n"]) { folder in
            let refused = try PublishBinary.run(["import", "notice.txt"], in: folder)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("--force"))
            let target = folder.appendingPathComponent("content/notice.md")
            #expect(try String(contentsOf: target, encoding: .utf8) == "手写的内容\n")

            let forced = try PublishBinary.run(["import", "notice.txt", "--force"], in: folder)
            #expect(forced.status == 0)
            #expect(try String(contentsOf: target, encoding: .utf8).hasSuffix("\n根据部署,开展巡视。\n"))
            let leftovers = try FileManager.default.contentsOfDirectory(
                atPath: folder.appendingPathComponent("content").path)
            #expect(leftovers == ["notice.md"])
        }
    }

    @Test func importReadsStandardInputAndWritesStandardOutput() throws {
        try CheckCommandTests.withFolder(["notice.txt": "当前位置: 首页 > 巡察\n根据部署,开展巡视。\n"]) { folder in
            let printed = try PublishBinary.run(["import", "notice.txt", "-o", "-"], in: folder)
            #expect(printed.status == 0)
            #expect(printed.stdout.hasSuffix("\n根据部署,开展巡视。\n"))
            #expect(printed.stderr.contains("line 1 (breadcrumb)"))
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path)
                    .isEmpty)

            let piped = try Self.run(["import", "-", "--slug", "piped"], in: folder, input: "根据部署,开展巡视。\n")
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/piped.md").path))

            let noSlug = try Self.run(["import", "-"], in: folder, input: "根据部署。\n")
            #expect(noSlug.status == 2)
        }
    }

    @Test func importRefusesTextNoEncodingReads() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            // GBK's 根 and then bytes that start no character in GB18030 or UTF-8.
            try Data([0xB8, 0xF9, 0x80, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("gbk.txt"))
            let result = try PublishBinary.run(["import", "gbk.txt"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("gbk.txt:1:1: error: the file is not UTF-8, nor GB18030 or UTF-16/32 with a byte-order mark [parse/invalid-utf8]"))
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path)
                    .isEmpty)
        }
    }

    /// The walkthrough of docs/authoring.md, step by step: a web page's text through import, fmt and
    /// check.
    static let webNotice = """
        当前位置: 首页 > 信息公开 > 巡察工作
        中共某某区委关于区委第一轮巡察整改进展情况的通报
        发布时间:2024-07-26 10:30 来源:区委巡察办 浏览次数:123
        【字号:大 中 小】
        中共某某区委
        关于区委第一轮巡察整改进展情况的通报
        　　根据区委统一部署,2024年3月1日至4月30日,区委第一巡察组对某某街道党工委开展了常规巡察。2024年5月20日,区委巡察组向某某街道党工委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
        一、街道党工委履行整改主体责任情况
        (一)提高政治站位。街道党工委召开专题会议,研究部署整改工作。
        二、巡察反馈问题整改落实情况
        (一)关于落实全面从严治党责任方面
        一是压实主体责任。制定责任清单3份。
        二是强化监督检查。开展专项检查2次。
        三、需长期整改事项进展情况
        (一)持续推进老旧小区改造。已完成改造12个小区。
        四、下一步工作打算
        (一)巩固整改成效。持续跟踪督办,防止问题反弹。
        欢迎广大干部群众对巡察整改落实情况进行监督。公开期限:2024年7月26日至8月8日(10个工作日)。联系电话:0431-80798040(工作日8:30-17:00);电子邮箱:xcb@example.cn。
        【打印】 【关闭】
        """

    /// The body of the first fenced block (```` ```fence ````) after `marker` in docs/authoring.md.
    static func walkthroughBlock(after marker: String, fence: String) throws -> String {
        let doc = try String(
            contentsOf: Fixtures.root.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let start = try #require(doc.range(of: marker), "docs/authoring.md has no \(marker)")
        let open = try #require(doc.range(of: "```\(fence)\n", range: start.upperBound..<doc.endIndex))
        let close = try #require(doc.range(of: "\n```\n", range: open.upperBound..<doc.endIndex))
        return String(doc[open.upperBound..<close.lowerBound])
    }

    @Test func theWalkthroughOfTheDocsStartsFromTheTestedText() throws {
        #expect(try Self.walkthroughBlock(after: "**1. Copy the text.**", fence: "text") == Self.webNotice)
    }

    @Test func theAuthoringWalkthroughEndsInACheckedNotice() throws {
        try CheckCommandTests.withFolder(["notice.txt": Self.webNotice + "\n"]) { folder in
            let imported = try PublishBinary.run(["import", "notice.txt", "--slug", "2024/moumou-jiedao"], in: folder)
            #expect(imported.status == 0)
            #expect(imported.stderr.contains("title: 中共某某区委 / 关于区委第一轮巡察整改进展情况的通报 (lines 2, 5, 6)"))
            #expect(imported.stderr.contains("date: 2024-07-26 (publication details, line 3)"))
            #expect(!imported.stderr.contains("could not place"))
            let file = folder.appendingPathComponent("content/2024/moumou-jiedao.md")
            #expect(
                try String(contentsOf: file, encoding: .utf8).hasPrefix("---\nissuer: 中共某某区委\ndate: 2024-07-26\n---\n"))
            // What the walkthrough shows `import` saying and writing is what it says and writes.
            let report = try Self.walkthroughBlock(after: "and says what it found", fence: "text")
            #expect(imported.stderr.contains(report + "\n"))
            let written = try Self.walkthroughBlock(after: "The result is Markdown", fence: "markdown")
            #expect(try String(contentsOf: file, encoding: .utf8) == written + "\n")

            #expect(try PublishBinary.run(["fmt", "--check", "content"], in: folder).status == 1)
            let formatted = try PublishBinary.run(["fmt", "content"], in: folder)
            #expect(formatted.stderr.contains("formatted content/2024/moumou-jiedao.md (18 changes)"))
            let checked = try PublishBinary.run(["check", "content/2024/moumou-jiedao.md"], in: folder)
            #expect(checked.status == 0)
            #expect(checked.stderr.contains("0 errors, 0 warnings in 1 file"))
        }
    }

    // MARK: - publish fmt

    @Test func fmtCheckExitCodesAndTheRewrite() throws {
        let reference = try String(
            contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        try CheckCommandTests.withFolder(["content/reference.md": reference]) { folder in
            let file = folder.appendingPathComponent("content/reference.md")
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)

            let dirty = try PublishBinary.run(["fmt", "--check"], in: folder)
            #expect(dirty.status == 1)
            #expect(dirty.stdout == "content/reference.md\n")
            #expect(try String(contentsOf: file, encoding: .utf8) == reference, "--check changes nothing")

            let formatted = try PublishBinary.run(["fmt"], in: folder)
            #expect(formatted.status == 0)
            #expect(formatted.stderr.contains("formatted content/reference.md (307 changes)"))
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)

            let clean = try PublishBinary.run(["fmt", "--check"], in: folder)
            #expect(clean.status == 0)
            #expect(clean.stdout.isEmpty)
            let checked = try PublishBinary.run(["check", "--format", "json"], in: folder)
            #expect(!checked.stdout.contains("typography/"))

            let arabic = try PublishBinary.run(["fmt", "--check", "--arabic-period"], in: folder)
            #expect(arabic.status == 1)
            #expect(arabic.stdout == "content/reference.md\n")
        }
    }

    /// Every Markdown file of the fixtures and of content/, copied into a scratch folder: one `fmt`
    /// writes what the library computes, and a second finds nothing to change.
    @Test func fmtIsIdempotentOnCopiesOfEveryFixture() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let copies = folder.appendingPathComponent("content")
            var originals: [URL: [UInt8]] = [:]
            for (index, path) in NoticeFormatterTests.markdownFiles.enumerated() {
                let copy = copies.appendingPathComponent("\(index)-\((path as NSString).lastPathComponent)")
                let bytes = try Self.read(URL(fileURLWithPath: path))
                try Data(bytes).write(to: copy)
                originals[copy] = bytes
            }
            let first = try PublishBinary.run(["fmt"], in: folder)
            #expect(first.status == 0 || first.status == 1, "\(first.stderr)")  // 1: files that are not UTF-8
            for (copy, bytes) in originals {
                let expected = NoticeFormatter().format(bytes: bytes, path: copy.path).bytes
                #expect(try Self.read(copy) == expected, "\(copy.lastPathComponent)")
            }
            let second = try PublishBinary.run(["fmt", "--check"], in: folder)
            #expect(second.stdout.isEmpty, "fmt of fmt changes: \(second.stdout)")
        }
    }

    @Test func fmtLeavesAFileThatIsNotUTF8Alone() throws {
        try CheckCommandTests.withFolder([:]) { folder in
            let file = folder.appendingPathComponent("content/gbk.md")
            let bytes: [UInt8] = Array("根据部署,开展巡视。".utf8) + [0xB8, 0xF9, 0x0A]
            try Data(bytes).write(to: file)
            let result = try PublishBinary.run(["fmt"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("not formatted"))
            #expect(try Self.read(file) == bytes)
        }
    }
}
