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

    public func print(_ diagnostics: [Diagnostic], sources: [SourceText]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(format(diagnostics, sources: sources).utf8))
    }

    /// `label: text` (`标签：文字` in Chinese).
    private func labelled(_ label: String, _ text: String) -> String {
        Message("printer.labelled", label, text).text(in: language)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Findings of one rule on one line of one file, in order.
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
            let window = SourceWindow(line: line, focus: span(d), spans: group.map(span))
            let number = String(d.range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "\(number) | \(window.text)\n"
            out += "\(gutter) | " + paint(window.carets, severityColour) + "\n"
            unmarked = unmarked.filter { window.outside.contains(span($0)) }
        }
        let noteLabel = Message("printer.note").text(in: language)
        for note in d.notes { out += "  = " + labelled(noteLabel, note.text(in: language)) + "\n" }
        // The others of the group that the quote could not show, by place (one line, so that many
        // findings stay a few lines each).
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

    /// The text a short one-line finding covers, as `「…」`.
    private func quote(_ d: Diagnostic, in source: SourceText?) -> String? {
        guard let source, d.range.start.line == d.range.end.line else { return nil }
        let scalars = Array(source.line(d.range.start.line).unicodeScalars)
        let start = d.range.start.column - 1
        let end = d.range.end.column - 1
        guard start >= 0, end > start, end <= scalars.count, end - start <= 8 else { return nil }
        return "「" + String(String.UnicodeScalarView(scalars[start..<end])) + "」"
    }
}
