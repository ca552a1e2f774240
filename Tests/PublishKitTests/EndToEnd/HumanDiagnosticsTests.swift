import Foundation
import Testing
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite
import PublishTestSupport

/// `publish check --format human` on many findings: a window of each line, one entry per rule and
/// line, a per-rule summary saying what `publish fmt` fixes, and about a screen per 50 findings;
/// the machine formats keep every finding.
@Suite(.serialized) struct HumanDiagnosticsTests {
    static let sample = Fixtures.referencePath

    /// Findings of the published sample as JSON gives them: every one, with its rule.
    static func jsonFindings() throws -> [[String: Any]] {
        let result = try PublishBinary.run(["check", sample, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(document["diagnostics"] as? [[String: Any]])
    }

    @Test func theHumanFormatOfThePublishedSampleMatchesTheGoldenFile() throws {
        let result = try PublishBinary.run(["check", Self.sample])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        try expectGolden(result.stderr, "check-published-sample.txt")
    }

    @Test func manyFindingsTakeAboutAScreenPerFifty() throws {
        let findings = try Self.jsonFindings()
        #expect(findings.count == 316)
        let result = try PublishBinary.run(["check", Self.sample])
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let summary = lines.drop { $0 != "findings by rule:" }
        #expect(summary.count == 5, "the table's heading, one line per rule, the totals: \(Array(summary))")
        #expect(lines.count - summary.count <= findings.count, "\(lines.count - summary.count) lines for \(findings.count) findings")
        // No quote is wider than the window: about 40 columns and the cut marks.
        for line in lines where line.contains(" | ") {
            let quote = line.components(separatedBy: " | ").dropFirst().joined(separator: " | ")
            let columns = quote.unicodeScalars.reduce(0) { $0 + (CharacterClassWidth.of($1)) }
            #expect(columns <= 44, "\(line)")
        }
        // Every finding is there: in full, marked in another's quote, or listed by place.
        let text = result.stderr
        for finding in findings {
            let start = (finding["range"] as? [String: Any])?["start"] as? [String: Int] ?? [:]
            let place = "\(start["line"] ?? 0):\(start["column"] ?? 0)"
            #expect(text.contains("\(Self.sample):\(place):") || text.contains(" \(place) ") || text.contains(" \(place),")
                || Self.markedInAQuote(text, line: start["line"] ?? 0, column: start["column"] ?? 0), "\(place) is missing")
        }
        #expect(text.hasSuffix("0 errors, 316 warnings in 1 file; `publish fmt` fixes 307 of them (316 with --arabic-period)\n"))
        #expect(text.contains("  289 warnings  typography/half-width-punctuation  `publish fmt` fixes them\n"))
        #expect(text.contains("    9 warnings  numbering/dunhao-after-arabic      `publish fmt --arabic-period` fixes them\n"))
    }

    /// Whether a caret stands under `line:column` in one of the quotes of that line.
    static func markedInAQuote(_ text: String, line: Int, column: Int) -> Bool {
        let lines = text.components(separatedBy: "\n")
        let source = (try? String(contentsOf: Fixtures.root.appendingPathComponent(sample), encoding: .utf8))?
            .components(separatedBy: "\n") ?? []
        guard line >= 1, line <= source.count else { return false }
        let target = Array(source[line - 1].unicodeScalars)[column - 1]
        for (index, quoted) in lines.enumerated() where quoted.hasPrefix("\(line) | ") && index + 1 < lines.count {
            let quote = Array(quoted.dropFirst("\(line) | ".count).unicodeScalars)
            let carets = Array(lines[index + 1].drop { $0 != "|" }.dropFirst(2).unicodeScalars)
            var caretColumns: Set<Int> = []
            var column = 0
            for scalar in carets {
                if scalar == "^" { caretColumns.insert(column) }
                column += 1
            }
            column = 0
            for scalar in quote {
                if caretColumns.contains(column), scalar == target { return true }
                column += CharacterClassWidth.of(scalar)
            }
        }
        return false
    }

    @Test func machineFormatsKeepEveryFinding() throws {
        #expect(try Self.jsonFindings().count == 316)
        let github = try PublishBinary.run(["check", Self.sample, "--format", "github"])
        #expect(github.stdout.split(separator: "\n").count == 316)
        let sarif = try PublishBinary.run(["check", Self.sample, "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [Any]
        #expect(results?.count == 316)
    }

    @Test(arguments: [(1, "1 warning", "lists it", "fixes it"), (2, "2 warnings", "lists them", "fixes all of them")])
    func countsAreInTheRightNumber(commas: Int, warnings: String, pronoun: String, fixes: String) throws {
        var text = try String(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.contentPath), encoding: .utf8)
        for _ in 0..<commas {
            text = text.replacingOccurrences(of: "，", with: ",", options: [], range: text.range(of: "，"))
        }
        try BuildCommandTests.withProject(["content/changchun-xinqu-2025.md": text]) { project in
            let check = try PublishBinary.run(["check"], in: project)
            #expect(check.stderr.hasSuffix("0 errors, \(warnings) in 1 file; `publish fmt` \(fixes)\n"), "\(check.stderr)")
            let build = try PublishBinary.run(["build", "--now", "2025-03-10"], in: project)
            #expect(build.stderr.contains("warning: \(warnings) in the content; `publish check` \(pronoun)\n"), "\(build.stderr)")
            #expect(build.stderr.contains("built site/: 1 notice, "), "\(build.stderr)")
        }
    }
}

/// Display columns as the human format counts them.
enum CharacterClassWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? 1 : PublishCore.CharacterClass.displayWidth(scalar)
    }
}
