import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite

/// The formats' fast paths (texts kept per shared box and per run, bytes written straight into a
/// buffer, the line's scalars read once) held to the code they stand in for: `JSONEncoder` for the
/// JSON, and below, the GitHub commands, the human printer and its source window as they were
/// written before, on tricky texts, positions and lines.
@Suite struct FindingsFormatFastPathTests {
    // MARK: - Tricky findings

    /// Texts a message, note, fix, file or line may hold.
    static let texts: [String] = [
        "", "plain", "中文「，」全角", "a<b>&\"q\"\\back\\slash", "tab\tline\nCR\r\nend", "\u{1}\u{1F}\u{7F}\u{0}",
        "50% a:b,c%", "e\u{301}\u{308} 组合", "👩‍👩‍👧‍👦 ZWJ 🇨🇳", "半角,全角，(括号)（括号）", "/slash/", "\u{FEFF}BOM\u{FFFD}",
    ]

    static let places: [SourceRange] = {
        func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> SourceRange {
            SourceRange(start: SourceLocation(line: l1, column: c1), end: SourceLocation(line: l2, column: c2))
        }
        // Ordinary, at the line's start and end, wide, multi-line, empty, reversed, invalid, huge.
        return [
            range(1, 1, 1, 2), range(1, 3, 1, 5), range(2, 2, 2, 3), range(2, 9, 2, 10), range(2, 1, 3, 4),
            range(3, 4, 3, 4), range(3, 6, 3, 2), range(0, 0, 0, 0), range(-1, -5, -1, -4), range(4, 1, 4, 300),
            range(99, 1, 99, 2), range(5, 2, 5, 7), range(5, 30, 5, 31), range(5, 60, 5, 62), range(6, 1, 6, 2),
            range(Int.max, Int.max, Int.min, Int.min), range(2, 2, 2, 3),
        ]
    }()

    /// The lines of the source the findings point into: CJK, emoji, combining marks, tabs, CRLF,
    /// a line longer than the window, an empty line.
    static let source = SourceText(
        string: "a,b\r\n\t中文,全角（一）\r\n👩‍👩‍👧‍👦e\u{301},x\n\n"
            + String(repeating: "根据省委统一部署,巡视组\t对新区开展了常规巡视", count: 4) + "\n\u{0}null", path: "dir/中文 file,1:2%.md")

    /// Findings over `texts` and `places` in several files and rules, some sharing one box, some
    /// saying the same in boxes of their own, more than the recent ones kept in between.
    static func findings(file: String = source.path) -> [Diagnostic] {
        let shared = DiagnosticText(message: Message("typography.half-width", ",", "，"), fix: Message("typography.half-width.fix", ",", "，"))
        var found: [Diagnostic] = []
        for index in 0..<180 {
            let place = places[index % places.count]
            let rule = ["typography/half-width-punctuation", "x/y", "a/b:c,d%"][index % 7 == 0 ? 1 : index % 11 == 0 ? 2 : 0]
            let severity = [Severity.warning, .error, .note][index % 3]
            let name = index % 13 == 0 ? texts[index % texts.count] + ".md" : file
            if index % 2 == 0 {
                found.append(Diagnostic(rule: rule, severity: severity, text: shared, file: name, range: place))
            } else {
                let text = texts[(index / 2) % texts.count]
                found.append(Diagnostic(
                    rule: rule, severity: severity, message: Message(id: "check.\(index % 5)", arguments: [.text(text), .number(index % 3)]),
                    file: name, range: place,
                    notes: index % 3 == 0 ? [Message(text), Message("n\(index % 4)")] : [],
                    fix: index % 5 == 0 ? nil : Message("printer.labelled", text, Message(texts[index % texts.count]))))
            }
        }
        return found.sorted()
    }

    // MARK: - JSON

    @Test(arguments: Language.allCases) func jsonElementsAreWhatTheEncoderWrites(language: Language) {
        let all = Self.findings()
        #expect(all.count == 180)
        #expect(JSONDiagnostics.elements(all, language: language) == JSONDiagnostics.encodedElements(all, language: language))
        for count in [1, 2, 5, 17] {
            let some = Array(all.suffix(count))
            #expect(JSONDiagnostics.elements(some, language: language) == JSONDiagnostics.encodedElements(some, language: language))
        }
        // One finding at a time: the recent texts and the run's table are reused across calls.
        for finding in all.prefix(40) {
            #expect(JSONDiagnostics.elements([finding], language: language) == JSONDiagnostics.encodedElements([finding], language: language))
        }
    }

    // MARK: - SARIF

    @Test(arguments: Language.allCases) func sarifResultsAreWhatJSONSerializationWrites(language: Language) {
        let all = Self.findings()
        #expect(SARIFLog.format(all, language: language) == SARIFLog.serializedWhole(all, language: language))
        // A rule the log does not list has no index.
        let rules = Array(RuleRegistry.descriptors.prefix(3))
        #expect(SARIFLog.format(all, rules: rules, language: language) == SARIFLog.serializedWhole(all, rules: rules, language: language))
        for finding in all.prefix(30) {
            #expect(SARIFLog.format([finding], language: language) == SARIFLog.serializedWhole([finding], language: language))
        }
    }

    @Test(arguments: texts) func sarifQuotesAsJSONSerialization(text: String) throws {
        let array = try JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        // `[` + the quoted string + `]`.
        #expect(Array(array.dropFirst().dropLast()) == SARIFLog.quoted(text))
    }

    // MARK: - GitHub

    @Test(arguments: Language.allCases) func githubCommandsAreWhatTheyWere(language: Language) {
        let all = Self.findings()
        #expect(GitHubAnnotations.format(all, language: language) == PreviousGitHubAnnotations.format(all, language: language))
        for finding in all.prefix(40) {
            #expect(GitHubAnnotations.format([finding], language: language) == PreviousGitHubAnnotations.format([finding], language: language))
        }
        #expect(GitHubAnnotations.format([]) == "")
    }

    @Test(arguments: texts) func githubEscapingIsWhatItWas(text: String) {
        #expect(GitHubAnnotations.escapeData(text) == PreviousGitHubAnnotations.escape(text, alsoSeparators: false))
        #expect(GitHubAnnotations.escapeProperty(text) == PreviousGitHubAnnotations.escape(text, alsoSeparators: true))
    }

    // MARK: - Human

    @Test(arguments: Language.allCases) func humanTextIsWhatItWas(language: Language) {
        let all = Self.findings()
        for colour in [false, true] {
            let printer = DiagnosticPrinter(colour: colour, language: language)
            let previous = PreviousDiagnosticPrinter(colour: colour, language: language)
            #expect(printer.format(all, sources: [Self.source]) == previous.format(all, sources: [Self.source]))
            #expect(printer.format(all, sources: []) == previous.format(all, sources: []))
            // Out of order: grouped by line in report order as the dictionary of groups grouped them.
            let shuffled = Array(all.reversed().enumerated().sorted { ($0.offset * 7) % 11 < ($1.offset * 7) % 11 }.map(\.element))
            #expect(printer.format(shuffled, sources: [Self.source]) == previous.format(shuffled, sources: [Self.source]))
            #expect(printer.bytes(all, sources: [Self.source]) == Array(previous.format(all, sources: [Self.source]).utf8))
        }
    }

    /// The human text of every rule fixture's findings, with their sources, as before.
    @Test func humanTextOfTheFixturesIsWhatItWas() throws {
        let set = try FindingsStreamTests.checked()
        let all = set.diagnostics
        #expect(all.count > 400)
        for language in Language.allCases {
            #expect(DiagnosticPrinter(colour: false, language: language).format(all, sources: set.sources)
                    == PreviousDiagnosticPrinter(colour: false, language: language).format(all, sources: set.sources))
        }
    }

    static let windowLines: [String] = [
        "", "a", "\t甲,乙", "根据省委统一部署,巡视组", String(repeating: "根据省委统一部署,巡视组\t对新区", count: 6),
        String(repeating: "abcdefghij", count: 12), "👩‍👩‍👧‍👦e\u{301}\u{308},x" + String(repeating: "长春New区“两个维护”", count: 5),
    ]

    @Test(arguments: windowLines) func sourceWindowIsWhatItWas(line: String) {
        let count = line.unicodeScalars.count
        let offsets = Array(Set([-3, 0, 1, 2, 5, 11, 20, 39, 40, 41, 70, count - 2, count - 1, count, count + 1, count + 5]))
            .sorted()
        for focus in offsets {
            for length in [0, 1, 2, 9] {
                let focusRange = focus..<(focus + length)
                let spans = [focusRange] + offsets.map { $0..<($0 + 1 + (length % 3)) }
                guard focusRange.lowerBound <= focusRange.upperBound else { continue }
                let window = SourceWindow(line: line[...], focus: focusRange, spans: spans)
                let previous = PreviousSourceWindow(line: line[...], focus: focusRange, spans: spans)
                #expect(window.text == previous.text, "\(line) \(focusRange)")
                #expect(window.carets == previous.carets, "\(line) \(focusRange)")
                #expect(window.outside == previous.outside, "\(line) \(focusRange)")
            }
        }
    }
}

// MARK: - The code the fast paths stand in for

/// `GitHubAnnotations` as it was: a `String` per command, the message put together per finding.
enum PreviousGitHubAnnotations {
    static func format(_ diagnostics: [Diagnostic], language: Language = .english) -> String {
        diagnostics.sorted().map { d in
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let properties = [
                "file=\(escape(d.file, alsoSeparators: true))", "line=\(d.range.start.line)", "col=\(d.range.start.column)",
                "endLine=\(d.range.end.line)", "endColumn=\(d.range.end.column)", "title=\(escape(d.rule, alsoSeparators: true))",
            ].joined(separator: ",")
            var message = d.message.text(in: language)
            if let fix = d.fix { message += "\n" + Message("printer.labelled", Message("printer.fix"), fix).text(in: language) }
            return "::\(command) \(properties)::\(escape(message, alsoSeparators: false))\n"
        }.joined()
    }

    static func escape(_ text: String, alsoSeparators: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where alsoSeparators: out += "%3A"
            case "," where alsoSeparators: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// `DiagnosticPrinter` as it was: groups keyed by a joined string, every text put together per
/// group, the line's scalars read again for each quote.
struct PreviousDiagnosticPrinter {
    var colour: Bool
    var language: Language

    func format(_ diagnostics: [Diagnostic], sources: [SourceText]) -> String {
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var groups: [[Diagnostic]] = []
        var groupOf: [String: Int] = [:]
        for diagnostic in diagnostics.sorted() {
            let key = "\(diagnostic.file)\u{0}\(diagnostic.range.start.line)\u{0}\(diagnostic.rule)"
            if let index = groupOf[key] {
                groups[index].append(diagnostic)
            } else {
                groupOf[key] = groups.count
                groups.append([diagnostic])
            }
        }
        return groups.map { format($0, source: byPath[$0[0].file]) }.joined()
    }

    private func labelled(_ label: String, _ text: String) -> String {
        Message("printer.labelled", label, text).text(in: language)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func format(_ group: [Diagnostic], source: SourceText?) -> String {
        let d = group[0]
        let severityColour = switch d.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        let severity = Message("severity.\(d.severity.rawValue)").text(in: language)
        var out = paint("\(d.file):\(d.range.start.line):\(d.range.start.column):", "1") + " "
            + labelled(paint(severity, severityColour), paint(d.message.text(in: language), "1")) + " [\(d.rule)]\n"
        var unmarked = Array(group.dropFirst())
        if let source, d.range.start.line >= 1, d.range.start.line <= source.lines.count {
            let line = source.line(d.range.start.line)
            let lineLength = line.unicodeScalars.count
            func span(_ d: Diagnostic) -> Range<Int> {
                let start = d.range.start.column - 1
                let end = d.range.end.line == d.range.start.line ? d.range.end.column - 1 : lineLength
                return start..<max(end, start + 1)
            }
            let window = PreviousSourceWindow(line: line, focus: span(d), spans: group.map(span))
            let number = String(d.range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "\(number) | \(window.text)\n"
            out += "\(gutter) | " + paint(window.carets, severityColour) + "\n"
            unmarked = unmarked.filter { window.outside.contains(span($0)) }
        }
        let noteLabel = Message("printer.note").text(in: language)
        for note in d.notes { out += "  = " + labelled(noteLabel, note.text(in: language)) + "\n" }
        let places: [String] = unmarked.map { other in
            "\(other.range.start.line):\(other.range.start.column)" + (quote(other, in: source).map { " \($0)" } ?? "")
        }
        let also = places.isEmpty ? nil : Message("printer.also-at", places).text(in: language)
        if let fix = d.fix {
            let fixLabel = Message("printer.fix").text(in: language)
            let separator = Message("printer.also-separator").text(in: language)
            out += "  = " + labelled(paint(fixLabel, "1;32"), fix.text(in: language)) + (also.map { separator + $0 } ?? "") + "\n"
        } else if let also {
            out += "  = \(also)\n"
        }
        return out
    }

    private func quote(_ d: Diagnostic, in source: SourceText?) -> String? {
        guard let source, d.range.start.line == d.range.end.line else { return nil }
        let scalars = Array(source.line(d.range.start.line).unicodeScalars)
        let start = d.range.start.column - 1
        let end = d.range.end.column - 1
        guard start >= 0, end > start, end <= scalars.count, end - start <= 8 else { return nil }
        return "「" + String(String.UnicodeScalarView(scalars[start..<end])) + "」"
    }
}

/// `SourceWindow` as it was: a `String` per cell and a dictionary from scalar to cell.
struct PreviousSourceWindow {
    var text: String
    var carets: String
    var outside: [Range<Int>]

    init(line: Substring, focus: Range<Int>, spans: [Range<Int>], width: Int = 40) {
        let scalars = Array(line.unicodeScalars)
        let count = scalars.count
        func columns(_ index: Int) -> Int { index < count ? SourceWindow.columns(scalars[index]) : 1 }
        let focusStart = min(max(focus.lowerBound, 0), count)
        let focusEnd = min(max(focus.upperBound, focusStart + 1), max(count, focusStart + 1))
        var start = focusStart
        var used = 0
        while start > 0, used + columns(start - 1) <= width / 3 {
            start -= 1
            used += columns(start)
        }
        var end = focusStart
        used = (start..<focusStart).reduce(0) { $0 + columns($1) }
        while end < count, used + columns(end) <= width || end < focusEnd {
            used += columns(end)
            end += 1
        }
        while start > 0, used + columns(start - 1) <= width {
            start -= 1
            used += columns(start)
        }
        let leftCut = start > 0
        let rightCut = end < count
        var text = leftCut ? SourceWindow.cut : ""
        text += String(String.UnicodeScalarView(scalars[start..<end]))
        if rightCut { text += SourceWindow.cut }
        self.text = text
        var cells: [String] = leftCut ? Array(repeating: " ", count: SourceWindow.columns(SourceWindow.cut.unicodeScalars.first!)) : []
        var cellOfScalar: [Int: Int] = [:]
        for index in start..<max(end, focusEnd) {
            cellOfScalar[index] = cells.count
            if index < count, scalars[index] == "\t" {
                cells.append("\t")
            } else {
                cells += Array(repeating: " ", count: columns(index))
            }
        }
        var outside: [Range<Int>] = []
        for span in spans {
            let lower = min(max(span.lowerBound, 0), count)
            let upper = min(max(span.upperBound, lower + 1), max(count, lower + 1))
            guard let first = cellOfScalar[lower], lower >= start, lower < max(end, focusEnd) else {
                outside.append(span)
                continue
            }
            let last = (lower..<upper).reduce(first) { last, index in
                guard let cell = cellOfScalar[index] else { return last }
                return cell + columns(index) - 1
            }
            for cell in first...last where cell < cells.count {
                cells[cell] = cell == first ? "^" : (cells[cell] == "^" ? "^" : "~")
            }
        }
        var carets = cells.joined()
        while carets.hasSuffix(" ") { carets.removeLast() }
        self.carets = carets
        self.outside = outside
    }
}
