import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// `publish fmt`: rewrites what the typography and numbering style rules report, and nothing else —
/// half-width `, ; : ? ! ( )` in Chinese text to full width, and numbering marks to the standard
/// forms (`(一)` → `（一）`, `（一）、` → `（一）`, `㈠` → `（一）`, `１.` → `1.`, `1．` → `1.`, `一.` → `一、`,
/// and `1、` → `1.` when asked).
///
/// The edits are driven by the findings themselves: the file is loaded and checked like `check`
/// does (with the site's severities and the author's suppression comments), and each finding of a
/// fixable rule becomes a replacement at its range, applied from the end of the file backwards.
/// So `fmt` and `check` cannot disagree about what is wrong, and whatever the rules leave alone —
/// times, phone numbers, e-mail addresses, URLs, numbers, dates, code, link destinations, HTML,
/// front matter — `fmt` leaves alone too. The one addition is the text of the front matter's
/// `title` and `issuer`, which get the same punctuation treatment as the body.
///
/// Checking again after the edits until nothing is left makes `fmt` idempotent; every replacement
/// is checked against the text it replaces, so a position that cannot be trusted is left as it is.
public struct NoticeFormatter: Sendable {
    public var configuration: PublishConfiguration
    /// Also rewrite `1、` as `1.` (the finding of `numbering/dunhao-after-arabic`).
    public var arabicPeriod: Bool

    public init(configuration: PublishConfiguration = PublishConfiguration(), arabicPeriod: Bool = false) {
        self.configuration = configuration
        self.arabicPeriod = arabicPeriod
    }

    /// The rules whose findings `fmt` fixes, with the deviation of the ordinal each one reports.
    static let numberingRules: [String: Ordinal.Deviation] = [
        "numbering/half-width-parentheses": .halfWidthParentheses,
        "numbering/mark-after-parentheses": .markAfterParentheses,
        "numbering/lookalike-ordinal": .lookalikeCharacter,
        "numbering/full-width-digits": .fullWidthDigits,
        "numbering/full-width-full-stop": .fullWidthFullStop,
        "numbering/full-stop-after-hanzi": .fullStopAfterHanzi,
        "numbering/nonstandard-numeral": .nonstandardNumeral,
        "numbering/dunhao-after-arabic": .dunhaoAfterArabic,
    ]
    static let punctuationRule = "typography/half-width-punctuation"

    /// The rule ids `fmt` fixes (`numbering/dunhao-after-arabic` only with `arabicPeriod`).
    public var fixedRules: Set<String> {
        var ids = Set(Self.numberingRules.keys).union([Self.punctuationRule])
        if !arabicPeriod { ids.remove("numbering/dunhao-after-arabic") }
        return ids
    }

    public struct Result: Sendable {
        /// The formatted file; equal to the input when nothing changed.
        public var bytes: [UInt8]
        /// Every replacement made, in file order per pass.
        public var edits: [TextEdit]
        /// Findings of the fixed rules that are still there: their place could not be trusted.
        public var remaining: [Diagnostic]
        /// Why the file was not formatted at all (not UTF-8, NUL bytes, too large), if it was not.
        public var refusal: [Diagnostic]

        public var changed: Bool { !edits.isEmpty }
    }

    /// The most rounds of check-and-fix: one is all real notices need; fixing a pair of
    /// parentheses can reveal another only in contrived text.
    static let maximumPasses = 4

    public func format(bytes: [UInt8], path: String) -> Result {
        let loader = NoticeLoader(interpreter: configuration.interpreter)
        let fixed = fixedRules
        let checker = Checker(
            rules: RuleRegistry.rules.filter { fixed.contains($0.descriptor.id) }, configuration: configuration)
        var current = bytes
        var edits: [TextEdit] = []
        var remaining: [Diagnostic] = []
        for _ in 0..<Self.maximumPasses {
            let loaded = loader.load(bytes: current, path: path)
            let unreadable = loaded.diagnostics.filter { $0.rule.hasPrefix("parse/") && $0.severity == .error }
            guard unreadable.isEmpty, var source = EditableSource(bytes: current) else {
                return Result(bytes: bytes, edits: [], remaining: [], refusal: unreadable)
            }
            let findings = checker.check(loaded).filter { fixed.contains($0.rule) }
            let proposed = self.edits(for: findings, in: loaded, source: source)
            let applied = source.apply(proposed)
            remaining = findings.filter { finding in
                !applied.contains { $0.range.start <= finding.range.start && finding.range.start < $0.range.end }
            }
            if applied.isEmpty { break }
            edits += applied
            current = source.bytes
        }
        return Result(bytes: current, edits: edits, remaining: remaining, refusal: [])
    }

    // MARK: - From findings to edits

    private func edits(for findings: [Diagnostic], in loaded: LoadedNotice, source: EditableSource) -> [TextEdit] {
        var edits: [TextEdit] = []
        for finding in findings where finding.rule == Self.punctuationRule {
            if let edit = punctuationEdit(at: finding.range.start, source: source) { edits.append(edit) }
        }

        // Numbering: one edit per ordinal, fixing every deviation reported there.
        let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
        let ordinals = Dictionary(
            NumberingRules.ordinals(context).map { ($0.range, $0) }, uniquingKeysWith: { a, _ in a })
        var deviations: [SourceRange: (rules: [String], deviations: Set<Ordinal.Deviation>)] = [:]
        for finding in findings {
            guard let deviation = Self.numberingRules[finding.rule] else { continue }
            deviations[finding.range, default: ([], [])].rules.append(finding.rule)
            deviations[finding.range, default: ([], [])].deviations.insert(deviation)
        }
        for (range, found) in deviations {
            guard let ordinal = ordinals[range], source.text(range) == ordinal.text else { continue }
            let before = source.line(range.start.line).prefix(range.start.column - 1)
            let startsLine = before.allSatisfy { $0 == " " }
            let replacement = OrdinalNormalizer.normalized(ordinal, fixing: found.deviations, startsLine: startsLine)
            guard replacement != ordinal.text else { continue }
            edits.append(
                TextEdit(
                    rule: found.rules.sorted().joined(separator: ", "), range: range, original: ordinal.text,
                    replacement: replacement))
        }

        if configuration.severity(of: Self.punctuationRule, default: .warning) != nil {
            edits += frontMatterEdits(loaded.notice.frontMatter, source: source)
        }
        return edits
    }

    /// `,` → `，` at `location`, taking a backslash escape before it along (`\(` → `（`, since `\（`
    /// would show the backslash).
    private func punctuationEdit(at location: SourceLocation, source: EditableSource) -> TextEdit? {
        let line = source.line(location.line)
        let index = location.column - 1
        guard index >= 0, index < line.count, let full = TypographyRules.fullWidth[line[index]] else { return nil }
        var start = index
        var backslashes = 0
        while start - backslashes - 1 >= 0, line[start - backslashes - 1] == "\\" { backslashes += 1 }
        if backslashes % 2 == 1 { start -= 1 }
        let range = SourceRange(
            start: SourceLocation(line: location.line, column: start + 1),
            end: SourceLocation(line: location.line, column: index + 2))
        return TextEdit(
            rule: Self.punctuationRule, range: range, original: String(String.UnicodeScalarView(line[start...index])),
            replacement: String(full))
    }

    /// The half-width marks in the text of `title` and `issuer`, found as the rule finds them in
    /// the body. Only a value written on its line as it reads (plain, or quoted without escapes).
    private func frontMatterEdits(_ frontMatter: FrontMatter, source: EditableSource) -> [TextEdit] {
        var edits: [TextEdit] = []
        for (key, value) in [("title", frontMatter.title), ("issuer", frontMatter.issuer)] {
            guard let value, !value.isEmpty, let range = frontMatter.ranges[key] else { continue }
            let line = source.line(range.start.line)
            var column = range.start.column
            let valueScalars = Array(value.unicodeScalars)
            if column - 1 < line.count, line[column - 1] == "\"" || line[column - 1] == "'" { column += 1 }
            let start = column - 1
            guard start >= 0, start + valueScalars.count <= line.count,
                Array(line[start..<(start + valueScalars.count)]) == valueScalars
            else { continue }
            let at = SourceLocation(line: range.start.line, column: column)
            let run = TextRun(
                text: value,
                range: SourceRange(
                    start: at, end: SourceLocation(line: at.line, column: at.column + valueScalars.count)))
            for offset in HalfWidthPunctuationRule.offending(in: run) {
                let location = SourceLocation(line: at.line, column: at.column + offset)
                if let edit = punctuationEdit(at: location, source: source) { edits.append(edit) }
            }
        }
        return edits
    }
}
