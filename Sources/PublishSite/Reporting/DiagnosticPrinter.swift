import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Prints findings the way compilers do: `path:line:col: severity: message [rule]`, then about 40
/// columns of the source line around the finding with a caret under the span, the notes and the
/// fix hint.
public struct DiagnosticPrinter: Sendable {
    /// Colour the output (only on a terminal, and never when `NO_COLOR` is set).
    public var colour: Bool
    /// The language of the messages and labels.
    public var language: Language

    public init(colour: Bool, language: Language = .english) {
        self.colour = colour
        self.language = language
    }

    /// A printer for standard error, coloured when that is a terminal and `NO_COLOR` is unset.
    public static func standardError(_ language: Language) -> DiagnosticPrinter {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return DiagnosticPrinter(colour: isatty(2) == 1 && !noColour, language: language)
    }

    /// The text for `diagnostics`; `sources` supply the lines to quote.
    ///
    /// Findings of one rule on one line are told once: the first in full, with the others marked
    /// in the same quote where they fit and listed by column where they do not (a notice's
    /// paragraph is one long line, and a web copy has dozens of half-width commas in it).
    public func format(_ diagnostics: [Diagnostic], sources: [SourceText]) -> String {
        String(decoding: bytes(diagnostics, sources: sources), as: UTF8.self)
    }

    /// `format` as UTF-8, written into one buffer piece by piece (a group's lines were strings
    /// put together by interpolation and `+`, hundreds of instructions a piece).
    public func bytes(_ diagnostics: [Diagnostic], sources: [SourceText]) -> [UInt8] {
        guard !diagnostics.isEmpty else { return [] }
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // In report order (`inReportOrder`, the order of `sorted()`, which the stream's findings
        // are in already) a line's findings come together: each is put in its rule's group among
        // the few groups of its line, found by rule, not by hashing its file, line and rule.
        var groups: [[Diagnostic]] = []
        var line: (file: String, number: Int)?
        var groupsOfLine: [(rule: String, group: Int)] = []
        for diagnostic in diagnostics.inReportOrder() {
            if line?.number != diagnostic.range.start.line || line?.file != diagnostic.file {
                line = (diagnostic.file, diagnostic.range.start.line)
                groupsOfLine.removeAll(keepingCapacity: true)
            }
            if let known = groupsOfLine.first(where: { $0.rule == diagnostic.rule }) {
                groups[known.group].append(diagnostic)
            } else {
                groupsOfLine.append((diagnostic.rule, groups.count))
                groups.append([diagnostic])
            }
        }
        let labels = Labels(language: language)
        var recentTexts = RecentFindingTexts<Texts>()
        var out = ByteBuffer(capacity: 512 * groups.count)
        // The scalars of the line quoted last: a line's groups (one per rule) come one after the
        // other, and decoding a paragraph's line costs thousands of instructions (decoded off its
        // UTF-8: `Array(unicodeScalars)` counts them first, then copies them one by one).
        var lastLine: (file: String, number: Int, scalars: [Unicode.Scalar]?)?
        for group in groups {
            let texts = recentTexts.value(for: group[0].text) { _ in
                Self.texts.value(of: group[0], in: language) { d, language in Texts(d, language: language) }
            }
            let source = byPath[group[0].file]
            let number = group[0].range.start.line
            if lastLine?.number != number || lastLine?.file != group[0].file {
                lastLine = (group[0].file, number, source.map { $0.line(number).scalarArray })
            }
            write(group, texts: texts, labels: labels, source: source, scalars: lastLine!.scalars, into: &out)
        }
        return out.takeBytes()
    }

    /// Findings' texts in a language, shared by the files of a run.
    private static let texts = FindingTextTable<Texts>()

    /// The labels every group's lines use, in the printer's language.
    private struct Labels {
        var error: String
        var warning: String
        var note: String
        var noteLabel: String
        var fixLabel: String
        var alsoSeparator: String
        /// `printer.labelled` and `printer.also-at` cut where their values go, so that a group's
        /// lines are put together by joining strings: filling a template costs thousands of
        /// instructions, a list of places tens of thousands. Nil where the cut is not clear (a
        /// template that names its values in the other order), and the template is filled instead.
        var labelledAround: (before: String, between: String, after: String)?
        var alsoAtAround: (before: String, between: String, after: String)?
        private var language: Language

        init(language: Language) {
            self.language = language
            labelledAround = Self.cut(Message("printer.labelled", "\u{0}", "\u{1}").text(in: language))
            alsoAtAround = Self.cut(Message("printer.also-at", ["\u{0}", "\u{1}"]).text(in: language))
            error = Message("severity.\(Severity.error.rawValue)").text(in: language)
            warning = Message("severity.\(Severity.warning.rawValue)").text(in: language)
            note = Message("severity.\(Severity.note.rawValue)").text(in: language)
            noteLabel = Message("printer.note").text(in: language)
            fixLabel = Message("printer.fix").text(in: language)
            alsoSeparator = Message("printer.also-separator").text(in: language)
        }

        /// `text` around the two marks U+0000 and U+0001 (each once, in that order).
        private static func cut(_ text: String) -> (before: String, between: String, after: String)? {
            let scalars = text.unicodeScalars
            guard let first = scalars.firstIndex(of: "\u{0}"), let second = scalars.firstIndex(of: "\u{1}"), first < second,
                scalars.lazy.filter({ $0 == "\u{0}" || $0 == "\u{1}" }).count == 2
            else { return nil }
            return (
                String(scalars[..<first]), String(scalars[scalars.index(after: first)..<second]),
                String(scalars[scalars.index(after: second)...])
            )
        }

        /// `label: text` (`标签：文字` in Chinese).
        func labelled(_ label: String, _ text: String) -> String {
            guard let around = labelledAround else { return Message("printer.labelled", label, text).text(in: language) }
            return around.before + label + around.between + text + around.after
        }

        /// `also at 3:5, 3:9` (`同类问题另见：3:5、3:9`).
        func alsoAt(_ places: [String]) -> String {
            guard let around = alsoAtAround else { return Message("printer.also-at", places).text(in: language) }
            return around.before + places.joined(separator: around.between) + around.after
        }

        func severity(_ severity: Severity) -> String {
            switch severity {
            case .error: error
            case .warning: warning
            case .note: note
            }
        }
    }

    /// A finding's message, notes and fix in the printer's language.
    private struct Texts {
        var message: String
        var notes: [String]
        var fix: String?

        init(_ d: Diagnostic, language: Language) {
            message = d.message.text(in: language)
            notes = d.notes.map { $0.text(in: language) }
            fix = d.fix?.text(in: language)
        }
    }

    public func print(_ diagnostics: [Diagnostic], sources: [SourceText]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(format(diagnostics, sources: sources).utf8))
    }

    /// Findings of one rule on one line of one file, in order, written into `out`; `texts` are
    /// the first one's, `scalars` those of the group's line in `source`.
    private func write(
        _ group: [Diagnostic], texts: Texts, labels: Labels, source: SourceText?, scalars: [Unicode.Scalar]?,
        into out: inout ByteBuffer
    ) {
        let d = group[0]
        let severityColour: StaticString = switch d.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        // `path:line:column: severity: message [rule]`, the place in bold.
        if colour { out.append("\u{1B}[1m") }
        out.append(utf8Of: d.file)
        out.append(":")
        out.append(decimal: d.range.start.line)
        out.append(":")
        out.append(decimal: d.range.start.column)
        out.append(":")
        if colour { out.append("\u{1B}[0m") }
        out.append(" ")
        writeLabelled(labels.severity(d.severity), painted: severityColour, texts.message, painted: "1", labels: labels, into: &out)
        out.append(" [")
        out.append(utf8Of: d.rule)
        out.append("]\n")
        var unmarked = Array(group.dropFirst())
        // The line's scalars serve the window and the quotes of the findings it leaves out.
        if let scalars, let source, d.range.start.line >= 1, d.range.start.line <= source.lines.count {
            let lineLength = scalars.count
            func span(_ d: Diagnostic) -> Range<Int> {
                let start = d.range.start.column - 1
                let end = d.range.end.line == d.range.start.line ? d.range.end.column - 1 : lineLength
                return start..<max(end, start + 1)
            }
            let window = SourceWindow(scalars: scalars, focus: span(d), spans: group.map(span))
            let number = String(d.range.start.line)
            out.append(utf8Of: number)
            out.append(" | ")
            out.append(utf8Of: window.text)
            out.append("\n")
            out.append(UInt8(ascii: " "), times: number.count)
            out.append(" | ")
            write(window.carets, painted: severityColour, into: &out)
            out.append("\n")
            unmarked = unmarked.filter { window.outside.contains(span($0)) }
        }
        for note in texts.notes {
            out.append("  = ")
            writeLabelled(labels.noteLabel, painted: nil, note, painted: nil, labels: labels, into: &out)
            out.append("\n")
        }
        // The fix, then the others of the group that the quote could not show, by place (one line,
        // so that many findings stay a few lines each).
        if let fix = texts.fix {
            out.append("  = ")
            writeLabelled(labels.fixLabel, painted: "1;32", fix, painted: nil, labels: labels, into: &out)
            if !unmarked.isEmpty {
                out.append(utf8Of: labels.alsoSeparator)
                writeAlso(unmarked, in: scalars, labels: labels, into: &out)
            }
            out.append("\n")
        } else if !unmarked.isEmpty {
            out.append("  = ")
            writeAlso(unmarked, in: scalars, labels: labels, into: &out)
            out.append("\n")
        }
    }

    /// `text`, in colour `code` when the printer colours and there is one.
    private func write(_ text: String, painted code: StaticString?, into out: inout ByteBuffer) {
        guard colour, let code else {
            out.append(utf8Of: text)
            return
        }
        out.append("\u{1B}[")
        out.append(code)
        out.append("m")
        out.append(utf8Of: text)
        out.append("\u{1B}[0m")
    }

    /// `text` as `write(_:painted:into:)` writes it.
    private func paint(_ text: String, _ code: StaticString?) -> String {
        guard colour, let code else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// `label: text` (`标签：文字` in Chinese), each painted.
    private func writeLabelled(
        _ label: String, painted labelCode: StaticString?, _ text: String, painted textCode: StaticString?, labels: Labels,
        into out: inout ByteBuffer
    ) {
        guard let around = labels.labelledAround else {
            out.append(utf8Of: labels.labelled(paint(label, labelCode), paint(text, textCode)))
            return
        }
        out.append(utf8Of: around.before)
        write(label, painted: labelCode, into: &out)
        out.append(utf8Of: around.between)
        write(text, painted: textCode, into: &out)
        out.append(utf8Of: around.after)
    }

    /// `also at 3:5 「,」, 3:9` (`同类问题另见：3:5 「,」、3:9`): the places of `unmarked`, each with
    /// the text it covers where that is short.
    private func writeAlso(_ unmarked: [Diagnostic], in scalars: [Unicode.Scalar]?, labels: Labels, into out: inout ByteBuffer) {
        guard let around = labels.alsoAtAround else {
            let places: [String] = unmarked.map { other in
                "\(other.range.start.line):\(other.range.start.column)" + (quote(other, in: scalars).map { " \($0)" } ?? "")
            }
            out.append(utf8Of: labels.alsoAt(places))
            return
        }
        out.append(utf8Of: around.before)
        for (index, other) in unmarked.enumerated() {
            if index > 0 { out.append(utf8Of: around.between) }
            out.append(decimal: other.range.start.line)
            out.append(":")
            out.append(decimal: other.range.start.column)
            if let scalars, let quoted = quoted(other, in: scalars) {
                out.append(" 「")
                out.append(utf8Of: String(scalars: scalars[quoted]))
                out.append("」")
            }
        }
        out.append(utf8Of: around.after)
    }

    /// The text a short one-line finding covers, as `「…」`, from the scalars of its line.
    private func quote(_ d: Diagnostic, in line: [Unicode.Scalar]?) -> String? {
        guard let line, let quoted = quoted(d, in: line) else { return nil }
        return "「" + String(scalars: line[quoted]) + "」"
    }

    /// The scalars of its line a short one-line finding covers (at most eight), or nil.
    private func quoted(_ d: Diagnostic, in line: [Unicode.Scalar]) -> Range<Int>? {
        guard d.range.start.line == d.range.end.line else { return nil }
        let start = d.range.start.column - 1
        let end = d.range.end.column - 1
        guard start >= 0, end > start, end <= line.count, end - start <= 8 else { return nil }
        return start..<end
    }
}
