import Foundation
import Synchronization
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite

/// `publish check` writes each file's findings as it comes (issue 14): the streamed text must be
/// the text of formatting all findings at once, in every format, and the stream must keep only
/// a window of files.
@Suite struct FindingsStreamTests {
    /// Every rule fixture plus the as-published sample: hundreds of findings of most rules, with
    /// notes, fixes, `<` and quotes in them.
    static let files: [String] = {
        let rules = Fixtures.folder.appendingPathComponent("rules").path
        let found = (FileManager.default.enumerator(atPath: rules)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.map { (rules as NSString).appendingPathComponent($0) }
        return (found + [Fixtures.folder.appendingPathComponent("samples/changchun-xinqu-2025.md").path]).sorted()
    }()

    static func checked() throws -> NoticeSet {
        try NoticeSet.load(files: files, configuration: PublishConfiguration())
    }

    /// What the stream writes for the checked files, per output.
    static func streamed(_ format: DiagnosticFormat, set: NoticeSet, language: Language = .english) -> (output: String, errors: String) {
        var output = ""
        var errors = ""
        let stream = FindingsStream(
            format: format, language: language, printer: DiagnosticPrinter(colour: false, language: language), output: { output += String(decoding: $0, as: UTF8.self) },
            errorOutput: { errors += String(decoding: $0, as: UTF8.self) })
        for entry in set.entries { stream.write(stream.formatter(entry.diagnostics, entry.source)) }
        stream.finish(files: set.entries.count) { tally in
            FindingsSummary(tally: tally, files: set.entries.count, configuration: PublishConfiguration()).text(in: language)
        }
        return (output, errors)
    }

    @Test(arguments: Language.allCases) func streamedTextIsTheWholeText(language: Language) throws {
        let set = try Self.checked()
        let all = set.diagnostics
        #expect(all.count > 400)
        #expect(Set(all.map(\.rule)).count > 30)
        let configuration = PublishConfiguration()

        let human = Self.streamed(.human, set: set, language: language)
        let wholeHuman = DiagnosticPrinter(colour: false, language: language).format(all, sources: set.sources)
            + FindingsSummary(diagnostics: all, files: set.entries.count, configuration: configuration).text(in: language)
        #expect(human.output.isEmpty)
        #expect(human.errors == wholeHuman)

        let json = Self.streamed(.json, set: set, language: language)
        #expect(json.output == JSONDiagnostics.encodedWhole(all, files: set.entries.count, language: language))
        #expect(json.output == JSONDiagnostics.format(all, files: set.entries.count, language: language))

        #expect(Self.streamed(.github, set: set, language: language).output == GitHubAnnotations.format(all, language: language))
        let sarif = Self.streamed(.sarif, set: set, language: language).output
        #expect(sarif == SARIFLog.serializedWhole(all, language: language))
        #expect(sarif == SARIFLog.format(all, language: language))
    }

    @Test func noFindingsMakeTheEmptyDocuments() {
        #expect(JSONDiagnostics.format([], files: 3) == JSONDiagnostics.encodedWhole([], files: 3))
        #expect(SARIFLog.format([]) == SARIFLog.serializedWhole([]))
    }

    /// Strings the hand-written JSON must escape as `JSONEncoder` does (and `<` left as it is); an
    /// id in no catalogue reads as itself.
    @Test func elementsAreEncoded() {
        let odd = ["a<b>&\"q\"\\", "tab\tline\nreturn\r", "\u{1}\u{1F}\u{7F}", "中文「，」", "/slash/", ""]
        let diagnostics = odd.enumerated().map { index, text in
            Diagnostic(
                rule: "x/y", severity: [Severity.note, .warning, .error][index % 3], message: Message(text), file: "f<\(index)>.md",
                range: SourceRange(start: SourceLocation(line: index + 1, column: 2), end: SourceLocation(line: index + 2, column: 1)),
                notes: index % 2 == 0 ? [Message(text), Message("n")] : [], fix: index % 3 == 0 ? nil : Message(text))
        }
        #expect(JSONDiagnostics.elements(diagnostics) == JSONDiagnostics.encodedElements(diagnostics))
    }

    /// Numbers of every width and sign, elements longer than the buffer's first guess (it grows),
    /// and messages that come back after five others (the recent ones are replaced) are written
    /// as `JSONEncoder` writes them.
    @Test func elementsOfEveryShapeAreEncoded() {
        let numbers = [0, 1, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min, Int.max - 1]
        let long = String(repeating: "很长的消息「，」", count: 200)
        var diagnostics: [Diagnostic] = []
        for index in 0..<60 {
            let text = index % 7 == 0 ? long : "m\(index % 6)"
            diagnostics.append(Diagnostic(
                rule: index % 5 == 0 ? "a/b" : "c/d", severity: .warning, message: Message(text), file: "f\(index / 20).md",
                range: SourceRange(
                    start: SourceLocation(line: numbers[index % numbers.count], column: numbers[(index + 3) % numbers.count]),
                    end: SourceLocation(line: numbers[(index + 5) % numbers.count], column: numbers[(index + 7) % numbers.count])),
                notes: index % 4 == 0 ? [Message(long)] : [], fix: index % 2 == 0 ? Message("fix \(index % 5)") : nil))
        }
        #expect(JSONDiagnostics.elements(diagnostics) == JSONDiagnostics.encodedElements(diagnostics))
        #expect(JSONDiagnostics.elements(Array(diagnostics.prefix(1))) == JSONDiagnostics.encodedElements(Array(diagnostics.prefix(1))))
    }

    /// The tally counts runs of one rule at once: the same counts as one by one, however the
    /// rules and severities interleave.
    @Test func tallyCountsEachRuleAndSeverity() {
        let rules = ["a/x", "a/x", "b/y", "a/x", "b/y", "b/y", "b/y", "c/z", "a/x"]
        let severities: [Severity] = [.warning, .error, .error, .warning, .warning, .warning, .note, .note, .warning]
        let diagnostics = zip(rules, severities).map { rule, severity in
            Diagnostic(rule: rule, severity: severity, message: Message("m"), file: "f.md",
                       range: SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2)))
        }
        var tally = FindingsTally()
        tally.add(diagnostics)
        tally.add([])
        #expect(tally.counts == [
            .init(rule: "a/x", severity: .warning): 3, .init(rule: "a/x", severity: .error): 1,
            .init(rule: "b/y", severity: .error): 1, .init(rule: "b/y", severity: .warning): 2,
            .init(rule: "b/y", severity: .note): 1, .init(rule: "c/z", severity: .note): 1,
        ])
        #expect(tally.summary(files: 2) == CheckSummary(files: 2, errors: 2, warnings: 5, notes: 2))
    }

    @Test func githubEscapesAsTheRunnerExpects() {
        #expect(GitHubAnnotations.escapeData("50% a\r\nb") == "50%25 a%0D%0Ab")
        #expect(GitHubAnnotations.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
        #expect(GitHubAnnotations.escapeData("a:b,c") == "a:b,c")
    }

    /// Results come in index order, and no worker runs more than `window` ahead of delivery.
    @Test func orderedStreamDeliversInOrderWithinTheWindow() {
        let delivered = Mutex(0)
        let ahead = Mutex(0)
        var order: [Int] = []
        OrderedStream.run(count: 500, window: 3) { index in
            let lead = index - delivered.withLock { $0 }
            ahead.withLock { $0 = max($0, lead) }
            if index % 7 == 0 { usleep(200) }
            return index * 2
        } deliver: { index, value in
            order.append(value / 2)
            #expect(value == index * 2)
            delivered.withLock { $0 = index + 1 }
        }
        #expect(order == Array(0..<500))
        // The stream counts an index delivered just before `deliver` runs, this test just after.
        #expect(ahead.withLock { $0 } <= 3)
    }

    struct Stop: Error {}

    @Test func orderedStreamStopsWhenDeliveryThrows() {
        let started = Mutex(0)
        var seen: [Int] = []
        #expect(throws: Stop.self) {
            try OrderedStream.run(count: 10_000, window: 4) { index in
                started.withLock { $0 += 1 }
                return index
            } deliver: { (index, _) throws(Stop) in
                seen.append(index)
                if index == 20 { throw Stop() }
            }
        }
        #expect(seen == Array(0...20))
        #expect(started.withLock { $0 } <= 25)
    }
}

/// A build that stops on errors prints each failed notice's findings in path order, whatever
/// order the cores finish them in, and counts every error in its last line.
@Suite struct FailedBuildReportTests {
    @Test func failedNoticesAreReportedInPathOrder() throws {
        var files: [String: String] = [:]
        for index in 0..<30 {
            files["content/n\(String(format: "%02d", index)).md"] = "---\ntitle: 第\(index)号\n---\n\n正文,没有日期。\n"
        }
        try BuildCommandTests.withProject(files) { project in
            let result = try PublishBinary.run(["build", "--now", "2025-03-10"], in: project)
            #expect(result.status == 1)
            let named = result.stderr.split(separator: "\n").compactMap { line -> String? in
                guard let match = line.firstMatch(of: /^(content\/n\d\d\.md):\d+:\d+: error:/) else { return nil }
                return String(match.output.1)
            }
            let order = named.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            #expect(order == files.keys.sorted())
            // Findings of one rule on one line are told once: at least one error per line shown.
            let total = result.stderr.firstMatch(of: /error: (\d+) errors in the content; nothing was written/).flatMap { Int($0.output.1) }
            #expect((total ?? 0) >= named.count)
            #expect(named.count >= 30)
        }
    }
}
