import Foundation
import Testing

/// Hostile and broken projects, one folder per case under `Fixtures/malformed/<case>/`, each run
/// through the real binary the way a user runs it.
///
/// A case folder holds the project's files (`content/…`, `Templates/…`, `publish.yml`) and
/// `expected.json`:
///
///     {"command": ["check"], "exit": 1,
///      "diagnostics": [{"rule": "parse/invalid-utf8", "file": "content/notice.md", "line": 18}],
///      "stderr": ["text standard error must contain"],
///      "generate": [{"path": "content/big.md", "parts": [{"text": "---…"}, {"repeat": "正文。", "count": 5825423}]}],
///      "symlinks": {"content/loop": ".."}, "fifos": ["content/pipe.md"], "modes": {"content/notice.md": "000"},
///      "siteHas": ["index.html"], "siteLacks": ["notices/leak/index.html"]}
///
/// Inputs too big to commit (50 MB, 100,000 levels) are generated, and links, named pipes and
/// permissions are made at test time (a link loop in the fixtures would trip every tool that
/// walks the repository). A case with `modes` runs as `nobody` when the tests run as root, since
/// root reads any file.
///
/// Every case is checked for: the exit code, the listed findings (rule, file and line) or
/// messages, no crash signal, an end within the time limit (the process is killed after it), and
/// no partial output: `check` writes nothing, a failed `build` leaves no `site/` and no staging
/// folder, a good one nothing but `site/` (and beside it its lock file and build cache).
@Suite(.serialized) struct MalformedInputTests {
    static let folder = Fixtures.folder.appendingPathComponent("malformed")

    /// Seconds a case may take before it counts as a hang. Sanitizer builds run several times
    /// slower: `PUBLISH_CASE_TIME_LIMIT` raises the limit there.
    static let timeLimit: TimeInterval = ProcessInfo.processInfo.environment["PUBLISH_CASE_TIME_LIMIT"].flatMap(Double.init) ?? 20

    static var caseNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Each fault issue 7 names, and the case that shows it.
    static let issueList: [(fault: String, cases: [String])] = [
        ("invalid UTF-8", ["encoding-invalid-utf8-gbk", "encoding-truncated-sequence-at-end", "encoding-overlong-and-surrogate"]),
        ("NUL bytes", ["encoding-nul-byte", "encoding-nul-byte-in-front-matter"]),
        ("BOM", ["encoding-bom", "encoding-bom-crlf-build"]),
        ("CRLF and lone CR", ["encoding-crlf", "encoding-lone-cr"]),
        ("a 50 MB file", ["size-50mb-check", "size-50mb-build"]),
        ("100,000-deep nested quotes and lists", ["nesting-quotes-100k", "nesting-lists-100k", "nesting-quotes-and-lists-100k"]),
        ("unterminated front matter", ["fm-unterminated"]),
        ("a YAML alias bomb", ["fm-alias-bomb", "fm-alias-bomb-as-key"]),
        ("non-string YAML values", ["fm-title-is-a-list", "fm-issuer-is-a-mapping", "fm-number-and-boolean-values", "fm-binary-tag"]),
        ("duplicate keys", ["fm-duplicate-keys"]),
        ("impossible dates", ["date-feb-30-front-matter", "date-year-0-front-matter", "date-year-99999-front-matter", "date-feb-30-body", "date-year-0-body"]),
        ("a disclosure end before its start", ["disclosure-end-before-start"]),
        ("a template with a syntax error", ["template-syntax-error", "template-unclosed-tag"]),
        ("a missing template", ["template-folder-missing", "template-missing-partial"]),
        ("an unreadable file", ["unreadable-file", "unreadable-file-build", "unreadable-folder"]),
        ("a symlink loop under content/", ["symlink-loop-files", "symlink-loop-folder"]),
        ("a symlink pointing outside content/", ["symlink-outside-file", "symlink-outside-folder", "symlink-to-system-file"]),
        ("file names with spaces, Chinese or `..`", ["name-with-spaces-check", "name-with-spaces-build", "name-chinese-build", "name-with-dots-build", "slug-escapes-with-dotdot"]),
    ]

    // MARK: - The suite itself

    @Test func thereAreAtLeastFortyCasesAndEveryListedFaultHasOne() {
        let names = Set(Self.caseNames)
        #expect(names.count >= 40, "\(names.count) cases")
        for (fault, cases) in Self.issueList {
            for name in cases { #expect(names.contains(name), "\(fault): no case \(name)") }
        }
    }

    @Test(arguments: caseNames)
    func everyFailingCaseSaysWhatAndWhere(name: String) throws {
        let expected = try Self.expectation(name)
        #expect(["check", "build"].contains(expected.command.first ?? ""), "\(name): unknown command")
        if expected.exit != 0 {
            #expect(!expected.diagnostics.isEmpty || !(expected.stderr ?? []).isEmpty,
                    "\(name): a failing case must name the finding or message it ends with")
        }
    }

    // MARK: - Running a case

    @Test(arguments: caseNames)
    func caseEndsAsExpected(name: String) throws {
        let expected = try Self.expectation(name)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("publish-malformed-\(UUID().uuidString)")
        let project = scratch.appendingPathComponent("project")
        defer {
            Self.restorePermissions(expected, in: project)
            try? FileManager.default.removeItem(at: scratch)
        }
        try Self.makeProject(name, expected, at: project)
        let before = Self.entries(of: project)

        let outcome = try Self.run(expected, in: project, scratch: scratch)
        let context = "\(name): \(outcome.stderr.prefix(3000))"
        #expect(!outcome.timedOut, "\(name): still running after \(Int(Self.timeLimit)) s; killed")
        #expect(!outcome.crashed, "\(name): killed by signal \(outcome.status)")
        guard !outcome.timedOut && !outcome.crashed else { return }
        #expect(outcome.status == expected.exit, "\(context)")

        let findings = Self.findings(in: outcome.stderr)
        for wanted in expected.diagnostics {
            #expect(findings.contains { wanted.matches($0) }, "\(name): no \(wanted) in\n\(context)")
        }
        for text in expected.stderr ?? [] {
            #expect(outcome.stderr.contains(text), "\(name): standard error lacks «\(text)»\n\(context)")
        }

        // No partial output: nothing removed, nothing added but a good build's site and its lock.
        Self.restorePermissions(expected, in: project)
        let after = Self.entries(of: project)
        #expect(before.isSubset(of: after), "\(name): removed \(before.subtracting(after).sorted())")
        let added = after.subtracting(before)
        let builtASite = expected.command.first == "build" && expected.exit == 0
        let beside = [".site.lock", ".site.cache"]  // the lock and the build cache, beside the output
        let allowed = added.filter { path in
            beside.contains { path == $0 || path.hasPrefix($0 + "/") } || (builtASite && (path == "site" || path.hasPrefix("site/")))
        }
        #expect(added == allowed, "\(name): unexpected files \(added.subtracting(allowed).sorted())")
        if builtASite {
            for file in expected.siteHas ?? [] { #expect(after.contains("site/" + file), "\(name): the site lacks \(file)") }
            for file in expected.siteLacks ?? [] { #expect(!after.contains("site/" + file), "\(name): the site holds \(file)") }
        }
    }

    // MARK: - Expectations

    struct Expectation: Decodable {
        struct Finding: Decodable, CustomStringConvertible {
            var rule: String
            var file: String
            var line: Int
            var severity: String?

            func matches(_ found: Found) -> Bool {
                found.rule == rule && found.file == file && found.line == line && (severity == nil || found.severity == severity)
            }

            var description: String { "\(file):\(line) [\(rule)]\(severity.map { " \($0)" } ?? "")" }
        }

        /// A file made at test time from text parts and repeated units (`indentStep` spaces more
        /// before each repetition make a staircase of nested lists).
        struct Generated: Decodable {
            struct Part: Decodable {
                var text: String?
                var `repeat`: String?
                var count: Int?
                var indentStep: Int?
            }

            var path: String
            var parts: [Part]

            var bytes: Data {
                var data = Data()
                for part in parts {
                    if let text = part.text { data.append(Data(text.utf8)) }
                    guard let unit = part.repeat.map({ Data($0.utf8) }), let count = part.count else { continue }
                    data.reserveCapacity(data.count + unit.count * count)
                    for index in 0..<count {
                        if let step = part.indentStep { data.append(Data(repeating: UInt8(ascii: " "), count: step * index)) }
                        data.append(unit)
                    }
                }
                return data
            }
        }

        var command: [String]
        var exit: Int32
        var diagnostics: [Finding]
        var stderr: [String]?
        var generate: [Generated]?
        var symlinks: [String: String]?
        var fifos: [String]?
        var modes: [String: String]?
        var siteHas: [String]?
        var siteLacks: [String]?
    }

    /// A finding as the human format prints it: `file:line:column: severity: message [rule]`.
    struct Found: Equatable {
        var file: String
        var line: Int
        var severity: String
        var rule: String
    }

    static func expectation(_ name: String) throws -> Expectation {
        let data = try Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("expected.json"))
        return try JSONDecoder().decode(Expectation.self, from: data)
    }

    static func findings(in stderr: String) -> [Found] {
        stderr.split(separator: "\n").compactMap { line in
            guard let match = line.wholeMatch(of: /(.+?):(\d+):\d+: (error|warning|note): .* \[([a-z]+\/[a-z0-9-]+)\]/),
                let number = Int(match.output.2) else { return nil }
            return Found(file: String(match.output.1), line: number, severity: String(match.output.3), rule: String(match.output.4))
        }
    }

    // MARK: - The scratch project

    static func makeProject(_ name: String, _ expected: Expectation, at project: URL) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: project.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fileManager.copyItem(at: folder.appendingPathComponent(name), to: project)
        try fileManager.removeItem(at: project.appendingPathComponent("expected.json"))
        try fileManager.createDirectory(at: project.appendingPathComponent("content"), withIntermediateDirectories: true)
        for generated in expected.generate ?? [] {
            let url = project.appendingPathComponent(generated.path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try generated.bytes.write(to: url)
        }
        for (path, target) in expected.symlinks ?? [:] {
            let url = project.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        for path in expected.fifos ?? [] {
            #expect(mkfifo(project.appendingPathComponent(path).path, 0o644) == 0, "\(name): mkfifo \(path)")
        }
        if expected.modes != nil {
            // The case runs as `nobody`: only the files the case names may be out of its reach.
            UnprivilegedRun.shareForReading(project)
        }
        for (path, mode) in expected.modes ?? [:] {
            #expect(chmod(project.appendingPathComponent(path).path, mode_t(mode, radix: 8) ?? 0) == 0, "\(name): chmod \(path)")
        }
    }

    static func restorePermissions(_ expected: Expectation, in project: URL) {
        for path in (expected.modes ?? [:]).keys { chmod(project.appendingPathComponent(path).path, 0o755) }
    }

    /// Every entry under `root` (links not followed), by relative path.
    static func entries(of root: URL) -> Set<String> {
        var result = Set<String>()
        func walk(_ relative: String) {
            let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                let entry = relative.isEmpty ? name : relative + "/" + name
                result.insert(entry)
                var info = stat()
                if lstat(root.appendingPathComponent(entry).path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { walk(entry) }
            }
        }
        walk("")
        return result
    }

    // MARK: - Running under a time limit

    struct Outcome {
        var status: Int32
        var crashed: Bool
        var timedOut: Bool
        var stderr: String
    }

    static func run(_ expected: Expectation, in project: URL, scratch: URL) throws -> Outcome {
        let process = Process()
        process.currentDirectoryURL = project
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        if expected.modes != nil {
            // An unreadable file means nothing to root: run as `nobody`, who must be able to
            // write in the (root's) project as its owner could.
            let run = try UnprivilegedRun(expected.command, copiesIn: scratch, environment: environment)
            if getuid() == 0 { chmod(project.path, 0o777) }
            process.executableURL = run.executable
            process.arguments = run.arguments
            process.environment = run.environment
        } else {
            process.executableURL = PublishBinary.url
            process.arguments = expected.command
            process.environment = environment
        }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let reader = PipeReader(errors)
        let watchdog = Watchdog()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
            if watchdog.fire() { kill(pid, SIGKILL) }
        }
        process.waitUntilExit()
        let timedOut = !watchdog.disarm()
        let stderr = String(decoding: reader.finish(), as: UTF8.self)
        return Outcome(
            status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal && !timedOut,
            timedOut: timedOut, stderr: stderr)
    }
}

/// Decides once whether the time limit or the process's end came first.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var decided = false

    /// The limit passed: true when the process had not ended yet (kill it).
    func fire() -> Bool { lock.withLock { defer { decided = true }; return !decided } }

    /// The process ended: true when that was before the limit.
    func disarm() -> Bool { lock.withLock { defer { decided = true }; return !decided } }
}
