import Foundation
import Testing

/// `build`, `serve` and `check` apply one content policy (`ContentPolicy`): the same project gives
/// the same answer about links and drafts through each command of the real binary.
///
/// The project: `content/changchun-xinqu-2025.md` (the reference notice), `content/leak.md`, a
/// link to a notice outside the content folder, and `content/draft.md`, a draft with a finding of
/// its own (`meta/unknown-key`).
@Suite(.serialized) struct ContentPolicyCommandTests {
    static let commands = ["build", "check", "serve"]
    static let linkFinding = "content/leak.md:1:1: "

    static func prepare(_ project: URL, symlinkSeverity: String?) throws {
        let reference = try String(
            contentsOf: Fixtures.root.appendingPathComponent(Fixtures.contentPath), encoding: .utf8)
        let draft = reference.replacingOccurrences(of: "\ndate:", with: "\ndraft: true\nreviewer: 王某\ndate:")
        #expect(draft != reference, "the reference notice has a `date:` line to put the draft flag before")
        let files = [
            Fixtures.contentPath: reference, "outside/leak.md": reference, "content/draft.md": draft,
            "publish.yml": symlinkSeverity.map { "rules:\n  parse/symlink: \($0)\n" } ?? "",
        ]
        for (path, text) in files where !text.isEmpty {
            let url = project.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(
            atPath: project.appendingPathComponent("content/leak.md").path, withDestinationPath: "../outside/leak.md")
    }

    /// Runs `build` or `check` in a scratch project.
    static func run(_ arguments: [String], symlinkSeverity: String?, _ body: (URL, PublishBinary.Result) throws -> Void)
        throws
    {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publish-policy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try prepare(project, symlinkSeverity: symlinkSeverity)
        try body(project, try PublishBinary.run(arguments, in: project))
    }

    // MARK: - A link configured as an error

    @Test(arguments: commands)
    func aLinkedNoticeConfiguredAsAnErrorIsRefused(command: String) throws {
        switch command {
        case "serve":
            let server = try ServeProcess.start { try Self.prepare($0, symlinkSeverity: "error") }
            defer { server.terminate() }
            // Every page is the error page, naming the link and the rule; nothing was published.
            #expect(server.eventually { try server.get("/").status == 500 }, "\(server.stderr)")
            for path in ["/", "/notices/changchun-xinqu-2025/", "/notices/leak/"] {
                let page = try server.get(path)
                #expect(page.status == 500, "\(path)")
                #expect(
                    page.body.contains("<td class=\"file\">content/leak.md</td>"), "\(path): \(page.body.prefix(2000))")
                #expect(page.body.contains("parse/symlink"), "\(path)")
            }
            #expect(server.stderr.contains(Self.linkFinding + "error:"), "\(server.stderr)")
        default:
            let arguments = command == "check" ? ["check", "--format", "json"] : ["build"]
            try Self.run(arguments, symlinkSeverity: "error") { project, result in
                #expect(result.status == 1, "\(result.stderr)")
                let said = result.stderr + result.stdout
                if command == "check" {
                    #expect(result.stdout.contains("\"file\" : \"content/leak.md\""), "\(said)")
                    #expect(result.stdout.contains("\"severity\" : \"error\""), "\(said)")
                } else {
                    #expect(result.stderr.contains(Self.linkFinding + "error:"), "\(said)")
                    #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site").path))
                }
                #expect(said.contains("parse/symlink"), "\(said)")
            }
        }
    }

    // MARK: - A link at the default severity, and a draft

    @Test(arguments: commands)
    func aLinkedNoticeIsNeverFollowedAndADraftIsCheckedEverywhere(command: String) throws {
        switch command {
        case "serve":
            let server = try ServeProcess.start { try Self.prepare($0, symlinkSeverity: nil) }
            defer { server.terminate() }
            #expect(
                server.eventually { try server.get("/notices/changchun-xinqu-2025/").status == 200 }, "\(server.stderr)"
            )
            #expect(try server.get("/notices/leak/").status == 404)
            // The preview shows drafts, as `build --drafts` publishes them.
            #expect(try server.get("/notices/draft/").status == 200)
            #expect(server.stderr.contains(Self.linkFinding + "warning:"), "\(server.stderr)")
        case "check":
            try Self.run(["check", "--format", "json"], symlinkSeverity: nil) { _, result in
                #expect(result.status == 0, "\(result.stderr)")
                let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                let findings = try #require(json?["diagnostics"] as? [[String: Any]], "\(result.stdout.prefix(500))")
                let link = findings.filter { $0["rule"] as? String == "parse/symlink" }
                #expect(link.map { $0["file"] as? String } == ["content/leak.md"])
                #expect(link.map { $0["severity"] as? String } == ["warning"])
                // The draft is checked like any notice.
                #expect(
                    findings.contains {
                        $0["file"] as? String == "content/draft.md" && $0["rule"] as? String == "meta/unknown-key"
                    })
            }
        default:
            for drafts in [false, true] {
                try Self.run(["build", "--now", "2025-03-10"] + (drafts ? ["--drafts"] : []), symlinkSeverity: nil) {
                    project, result in
                    #expect(result.status == 0, "\(result.stderr)")
                    #expect(result.stderr.contains(Self.linkFinding + "warning:"), "\(result.stderr)")
                    let notices = project.appendingPathComponent("site/notices")
                    #expect(
                        FileManager.default.fileExists(
                            atPath: notices.appendingPathComponent("changchun-xinqu-2025/index.html").path))
                    #expect(!FileManager.default.fileExists(atPath: notices.appendingPathComponent("leak").path))
                    #expect(
                        FileManager.default.fileExists(atPath: notices.appendingPathComponent("draft/index.html").path)
                            == drafts)
                }
            }
        }
    }
}
