import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Where `publish build` may write, and what a failed write leaves: slugs and names from the
/// content cannot leave the output folder; `--output` given relative, through a symbolic link, or
/// with `..` is judged by where it leads; two builds of one site are serialised by the lock; a
/// write that fails (a size limit, a read-only folder) is a clear error and the previous site stays
/// as it was. (Refused outputs, content errors and the SIGKILL loop are in BuildCommandTests.)
@Suite(.serialized) struct OutputSafetyTests {
    // MARK: - Scratch projects

    /// A scratch folder holding `project/` with the reference notice (and `extra` files); the
    /// folder beside `project/` is free for outputs outside it.
    static func withProject(_ extra: [String: String] = [:], copies: Int = 1, _ body: (URL) throws -> Void) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("publish-output-\(UUID().uuidString)")
        let project = scratch.appendingPathComponent("project")
        defer {
            chmod(project.path, 0o755)
            try? FileManager.default.removeItem(at: scratch)
        }
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        var files = extra
        for index in 0..<copies { files["content/n\(index).md"] = files["content/n\(index).md"] ?? reference }
        for (name, text) in files {
            let url = project.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try body(project)
    }

    /// Every entry under `root`, links not followed, by relative path, with the bytes of files.
    static func snapshot(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for entry in MalformedInputTests.entries(of: root) {
            let url = root.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            let isFile = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            result[entry] = isFile ? (FileManager.default.contents(atPath: url.path) ?? Data()) : Data()
        }
        return result
    }

    static let build = ["build", "--now", "2025-03-10"]

    // MARK: - Names from the content

    @Test(arguments: [
        "../escaped", "/tmp/escaped", "2025/../../escaped", "a//b", ".hidden", "2025/.hidden", "a/./b", "a\\..\\b",
        "%2e%2e/escaped", "．．/escaped", "a/", "/", "", "..", "通报", "a b",
    ])
    func aSlugThatCouldLeaveTheSiteIsRefused(slug: String) {
        #expect(Slug(slug) == nil, "\(slug) was accepted")
    }

    @Test(arguments: ["../escaped.html", "/tmp/escaped.html", "notices/../../escaped.html", "./index.html", "a/./b"])
    func theStagingFolderRefusesAPathOutsideTheSite(relative: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("publish-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let staging = try SiteStaging(output: scratch.appendingPathComponent("site").path)
        defer { staging.discard() }
        #expect(throws: SiteStaging.Failure.self) { try staging.write("x", to: relative) }
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("escaped.html").path))
    }

    @Test func issuersTitlesAndConfigurationValuesNeverBecomePaths() throws {
        let reference = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        let hostile = reference
            .replacingOccurrences(of: "issuer: 中共长春新区工作委员会", with: "issuer: ../../../escaped-issuer")
            .replacingOccurrences(of: "tags: [巡视整改, 长春新区]", with: "tags: [../../escaped-tag]")
        let configuration = "title: ../../escaped-title\nbaseURL: https://example.cn/../../\n"
        try Self.withProject(["content/n0.md": hostile, "publish.yml": configuration]) { project in
            let before = Set(Self.snapshot(project.deletingLastPathComponent()).keys)
            let result = try PublishBinary.run(Self.build, in: project)
            #expect(result.status == 0, "\(result.stderr)")
            let added = Set(Self.snapshot(project.deletingLastPathComponent()).keys).subtracting(before)
            // The site, and beside it only its lock and its build cache.
            let allowed = ["project/site", "project/.site.lock", "project/.site.cache"]
            #expect(added.allSatisfy { path in allowed.contains { path == $0 || path.hasPrefix($0 + "/") } }, "\(added.sorted())")
            #expect(!added.contains { $0.contains("escaped") }, "\(added.sorted())")
            #expect(added.contains { $0.hasPrefix("project/site/issuers/") && $0.hasSuffix("/index.html") })
        }
    }

    // MARK: - Where --output leads

    @Test func aRelativeOutputOutsideTheProjectIsBuiltThere() throws {
        try Self.withProject { project in
            let beside = project.deletingLastPathComponent()
            let result = try PublishBinary.run(Self.build + ["--output", "../public"], in: project)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: beside.appendingPathComponent("public/index.html").path))
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site").path))
            let names = try FileManager.default.contentsOfDirectory(atPath: beside.path).sorted()
            #expect(names == [".public.cache", ".public.lock", "project", "public"], "\(names)")
        }
    }

    @Test func anOutputWithDotDotIsJudgedByWhereItLeads() throws {
        try Self.withProject { project in
            let result = try PublishBinary.run(Self.build + ["--output", "content/../public/../site2"], in: project)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("site2/index.html").path))
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("public").path))
            for refused in ["content/../content", "site/../content/..", "content/sub/../../"] {
                let before = Self.snapshot(project)
                let refusal = try PublishBinary.run(Self.build + ["--output", refused], in: project)
                #expect(refusal.status == 2 && refusal.stderr.contains("refusing"), "\(refused): \(refusal.stderr)")
                #expect(Self.snapshot(project) == before, "\(refused)")
            }
        }
    }

    @Test func anOutputThroughASymbolicLinkBuildsIntoItsTargetAndKeepsTheLink() throws {
        try Self.withProject { project in
            let target = project.deletingLastPathComponent().appendingPathComponent("www")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let link = project.appendingPathComponent("public")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
            for round in 0..<2 {
                let result = try PublishBinary.run(Self.build + ["--output", "public"], in: project)
                #expect(result.status == 0, "round \(round): \(result.stderr)")
                #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
                #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("index.html").path))
            }
            let beside = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
            #expect(!beside.contains { $0.contains(".staging-") || $0.contains(".old-") }, "\(beside)")
        }
    }

    @Test(arguments: ["link-to-content", "link-to-project", "Templates/assets", "a-file", "dangling"])
    func anOutputThatLeadsSomewhereUnsafeIsRefused(output: String) throws {
        try Self.withProject(["Templates/assets/extra.css": "p{}\n", "a-file": "keep me\n"]) { project in
            try FileManager.default.createSymbolicLink(
                atPath: project.appendingPathComponent("link-to-content").path, withDestinationPath: "content")
            try FileManager.default.createSymbolicLink(
                atPath: project.appendingPathComponent("link-to-project").path, withDestinationPath: project.path)
            try FileManager.default.createSymbolicLink(
                atPath: project.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
            let before = Self.snapshot(project)
            let result = try PublishBinary.run(Self.build + ["--output", output], in: project)
            #expect(result.status == 2, "\(output): \(result.stderr)")
            #expect(result.stderr.contains("refusing to build into \(output)"), "\(result.stderr)")
            #expect(Self.snapshot(project) == before)
        }
    }

    // MARK: - Two builds at once

    @Test func aBuildWhileAnotherHoldsTheLockFailsClearlyAndChangesNothing() throws {
        try Self.withProject { project in
            #expect(try PublishBinary.run(Self.build, in: project).status == 0)
            let before = Self.snapshot(project)
            let descriptor = open(project.appendingPathComponent(".site.lock").path, O_RDWR)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
            let result = try PublishBinary.run(Self.build + ["--now", "2025-03-28"], in: project)
            #expect(result.status == 2)
            #expect(result.stderr.contains("another `publish build` is writing"), "\(result.stderr)")
            #expect(Self.snapshot(project) == before)
        }
    }

    @Test func twoBuildsStartedTogetherLeaveOneCompleteSite() throws {
        try Self.withProject(copies: 60) { project in
            #expect(try PublishBinary.run(Self.build, in: project).status == 0)
            let complete = Set(Self.snapshot(project.appendingPathComponent("site")).keys)
            for round in 0..<3 {
                let processes = (0..<2).map { index -> (Process, Pipe) in
                    let process = Process()
                    process.executableURL = PublishBinary.url
                    process.arguments = ["build", "--now", "2025-03-1\(index + 1)"]
                    process.currentDirectoryURL = project
                    let errors = Pipe()
                    process.standardError = errors
                    return (process, errors)
                }
                for (process, _) in processes { try process.run() }
                var statuses: [Int32] = []
                for (process, errors) in processes {
                    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    process.waitUntilExit()
                    statuses.append(process.terminationStatus)
                    if process.terminationStatus != 0 {
                        #expect(process.terminationStatus == 2 && text.contains("another `publish build` is writing"), "round \(round): \(text)")
                    }
                }
                #expect(statuses.contains(0), "round \(round): neither build succeeded")
                #expect(Set(Self.snapshot(project.appendingPathComponent("site")).keys) == complete, "round \(round)")
                let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
                #expect(!beside.contains { $0.contains(".staging-") || $0.contains(".old-") }, "round \(round): \(beside)")
            }
        }
    }

    // MARK: - Writes that fail

    @Test func aWriteOverTheFileSizeLimitIsAnErrorAndKeepsThePreviousSite() throws {
        try Self.withProject { project in
            #expect(try PublishBinary.run(Self.build, in: project).status == 0)
            let before = Self.snapshot(project)
            // A file size limit of 32 KB: the notice's JSON is larger, as on a full disk a write fails.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -f 64 && exec \"$0\" \"$@\"", PublishBinary.url.path] + Self.build + ["--now", "2025-03-28"]
            process.currentDirectoryURL = project
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 2, "\(text)")
            #expect(text.contains("cannot write") && text.contains("the previous site is unchanged"), "\(text)")
            #expect(Self.snapshot(project) == before)
        }
    }

    @Test func aReadOnlyTargetFolderIsAnErrorAndKeepsThePreviousSite() throws {
        try Self.withProject { project in
            #expect(try PublishBinary.run(Self.build, in: project).status == 0)
            // `nobody` may read the project (whatever the umask) but not write in it.
            UnprivilegedRun.shareForReading(project)
            let lock = project.appendingPathComponent(".site.lock")
            chmod(lock.path, 0o666)
            chmod(project.path, 0o555)
            let before = Self.snapshot(project)
            // Root writes anywhere: run as `nobody`.
            let run = try UnprivilegedRun(
                Self.build + ["--now", "2025-03-28"], copiesIn: project.deletingLastPathComponent(),
                environment: ProcessInfo.processInfo.environment)
            let process = Process()
            process.executableURL = run.executable
            process.arguments = run.arguments
            process.environment = run.environment
            process.currentDirectoryURL = project
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2, "\(text)")
            #expect(text.contains("Permission denied") && text.contains("the previous site is unchanged"), "\(text)")
            #expect(Self.snapshot(project) == before)
        }
    }
}
