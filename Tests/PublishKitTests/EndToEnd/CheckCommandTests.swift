import Foundation
import Testing

/// `publish check` through the real binary, on real files.
@Suite(.serialized) struct CheckCommandTests {
    /// A scratch folder with the given files, removed afterwards.
    static func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try body(folder)
    }

    static func reference() throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
    }

    /// The reference notice with one fault of each kind the issue names.
    static func faulty() throws -> String {
        var text = try reference()
        let sectionThree = try #require(text.range(of: "## 三、需长期整改事项进展情况"))
        let sectionFour = try #require(text.range(of: "## 四、下一步工作打算"))
        text.removeSubrange(sectionThree.lowerBound..<sectionFour.lowerBound)
        text = text.replacingOccurrences(of: "(五)强化综合施治", with: "(六)强化综合施治")
        text = text.replacingOccurrences(of: "2024年1月30日,省委巡视组", with: "2023年11月10日,省委巡视组")
        text = text.replacingOccurrences(of: "(15个工作日)", with: "(16个工作日)")
        text = text.replacingOccurrences(of: "(邮编:130102)", with: "(邮编:13010)")
        text = text.replacingOccurrences(of: "ccnaxsxczgzb@163.com", with: "ccnaxsxczgzb@163")
        return text
    }

    /// Line and column (in characters) of the first occurrence of `needle` in `text`.
    static func position(of needle: String, in text: String) throws -> (Int, Int) {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).count
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, text[lineStart..<range.lowerBound].unicodeScalars.count + 1)
    }

    @Test func theExampleContentHasNoFindings() throws {
        let result = try PublishBinary.run(["check", "content", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = document?["summary"] as? [String: Int]
        #expect(summary?["errors"] == 0)
        #expect(summary?["warnings"] == 0)
        #expect(summary?["files"] == 1)
        let strict = try PublishBinary.run(["check", "--strict"])
        #expect(strict.status == 0, "\(strict.stderr)")
    }

    @Test func eachFaultIsReportedAtItsPlace() throws {
        let text = try Self.faulty()
        try Self.withFolder(["content/faulty.md": text]) { folder in
            let result = try PublishBinary.run(["check", "--format", "json"], in: folder)
            #expect(result.status == 1)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
            func found(_ rule: String) -> [(Int, Int)] {
                diagnostics.filter { $0["rule"] as? String == rule && $0["severity"] as? String == "error" }.compactMap {
                    let start = ($0["range"] as? [String: Any])?["start"] as? [String: Int]
                    return start.flatMap { s in s["line"].flatMap { l in s["column"].map { (l, $0) } } }
                }
            }
            let expectations: [(String, String)] = [
                ("structure/missing-part", "四、下一步工作打算"),
                ("numbering/sequence", "(六)强化综合施治"),
                ("dates/order", "2023年11月10日"),
                ("disclosure/workdays", "16个工作日"),
                ("contact/postcode", "13010)"),
                ("contact/email", "ccnaxsxczgzb@163"),
            ]
            // Each finding points into the faulty text (an e-mail finding at the part that is wrong).
            for (rule, needle) in expectations {
                let (line, column) = try Self.position(of: needle, in: text)
                let columns = column..<(column + needle.unicodeScalars.count)
                #expect(found(rule).contains { $0.0 == line && columns.contains($0.1) }, "\(rule) at \(line):\(column); found \(found(rule))")
            }
        }
    }

    static let faultyFolder: [String: String] = [
        "content/a.md": "---\ntitle: 甲\nissuer: 中共某委员会\ndate: 2025-03-07\n---\n正文没有结构。\n",
        "content/b.md": "---\ntitle: [乙]\n---\n## 一、某某情况\n",
        "content/sub/c.md": "---\ntitle: 丙\nissuer: 中共某委员会\ndate: 2025-03-07\n---\n根据统一部署，开展巡视。\n\n## 一、履行整改主体责任情况\n\n（一）加强领导。正文。\n\n（三）压实责任。正文。\n",
    ]

    @Test func humanFormatQuotesTheLineWithACaret() throws {
        try Self.withFolder(Self.faultyFolder) { folder in
            let result = try PublishBinary.run(["check"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("content/sub/c.md:12:1: error:"))
            #expect(result.stderr.contains("12 | （三）压实责任。正文。"))
            #expect(result.stderr.contains("[numbering/sequence]"))
            #expect(result.stderr.contains(" | ^"))
            #expect(!result.stderr.contains("\u{1B}["), "no colour when NO_COLOR is set and stderr is no terminal")
            #expect(result.stderr.contains("errors"))
        }
    }

    @Test func jsonFormatParsesBack() throws {
        try Self.withFolder(Self.faultyFolder) { folder in
            let result = try PublishBinary.run(["check", "content", "--format", "json"], in: folder)
            #expect(result.status == 1)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
            let files = Set(diagnostics.compactMap { $0["file"] as? String })
            #expect(files == ["content/a.md", "content/b.md", "content/sub/c.md"])
            #expect(diagnostics.allSatisfy { ($0["rule"] as? String)?.contains("/") == true && $0["message"] is String })
            #expect((document["summary"] as? [String: Int])?["files"] == 3)
        }
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        try Self.withFolder(Self.faultyFolder) { folder in
            let result = try PublishBinary.run(["check", "--format", "github"], in: folder)
            #expect(result.status == 1)
            let lines = result.stdout.split(separator: "\n")
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice file=") })
            #expect(lines.contains { $0.hasPrefix("::error file=content/sub/c.md,line=12,col=1,endLine=12,") && $0.contains("title=numbering/sequence::") })
        }
    }

    @Test func sarifFormatIsAValidLog() throws {
        try Self.withFolder(Self.faultyFolder) { folder in
            let result = try PublishBinary.run(["check", "--format", "sarif"], in: folder)
            #expect(result.status == 1)
            let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(log["version"] as? String == "2.1.0")
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
            let rules = try #require(driver["rules"] as? [[String: Any]])
            let ids = rules.compactMap { $0["id"] as? String }
            #expect(Set(ids).count == ids.count, "one rule entry per id")
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(!results.isEmpty)
            for result in results {
                let id = try #require(result["ruleId"] as? String)
                let index = try #require(result["ruleIndex"] as? Int)
                #expect(ids[index] == id)
                let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
                let region = location?["region"] as? [String: Int]
                #expect((region?["startLine"] ?? 0) >= 1 && (region?["startColumn"] ?? 0) >= 1)
            }
        }
    }

    @Test func strictFailsOnWarningsAndExitCodesForBadInput() throws {
        let warningOnly = try Self.reference()  // ASCII punctuation: warnings, no error
        try Self.withFolder(["content/w.md": warningOnly]) { folder in
            let plain = try PublishBinary.run(["check"], in: folder)
            let strict = try PublishBinary.run(["check", "--strict"], in: folder)
            let missing = try PublishBinary.run(["check", "missing-folder"], in: folder)
            let badFormat = try PublishBinary.run(["check", "--format", "xml"], in: folder)
            #expect(plain.status == 0)
            #expect(strict.status == 1)
            #expect(missing.status == 2)
            #expect(badFormat.status == 2)
        }
        try Self.withFolder(["content/w.md": warningOnly, "publish.yml": "rules:\n  no/such-rule: off\n"]) { folder in
            let result = try PublishBinary.run(["check"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("publish.yml:2"))
        }
    }

    @Test func configurationAndInlineCommentsControlRules() throws {
        let text = "---\ntitle: 甲\nissuer: 中共某委员会\ndate: 2025-03-07\n---\n正文。\n"
        try Self.withFolder(["content/a.md": text, "publish.yml": "rules:\n  structure/*: warning\n  dates/*: off\n  contact/missing: off\n"]) { folder in
            let result = try PublishBinary.run(["check", "--format", "json"], in: folder)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.contains { $0["rule"] as? String == "structure/missing-part" && $0["severity"] as? String == "warning" })
            #expect(!diagnostics.contains { ($0["rule"] as? String)?.hasPrefix("dates/") == true })
            #expect(!diagnostics.contains { $0["rule"] as? String == "contact/missing" })
        }
        let suppressed = "---\ntitle: 甲\nissuer: 中共某委员会\ndate: 2025-03-07\n---\n根据统一部署，开展巡视。\n\n## 一、履行整改主体责任情况\n\n（一）加强领导。正文。\n\n<!-- publish-disable-next-line numbering/sequence -->\n（三）压实责任。正文。\n\n（五）再次跳号。正文。\n"
        try Self.withFolder(["content/a.md": suppressed]) { folder in
            let result = try PublishBinary.run(["check", "--format", "json"], in: folder)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let lines = (document["diagnostics"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "numbering/sequence" }
                .compactMap { (($0["range"] as? [String: Any])?["start"] as? [String: Int])?["line"] }
            #expect(!lines.contains(13))
            #expect(lines.contains(15))
        }
    }
}
