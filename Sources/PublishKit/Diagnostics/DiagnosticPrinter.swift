import Foundation

/// Prints findings the way compilers do: `path:line:col: severity: message [rule]`, then the
/// source line with a caret under the span, the notes and the fix hint.
public struct DiagnosticPrinter: Sendable {
    /// Colour the output (only on a terminal, and never when `NO_COLOR` is set).
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// A printer for standard error, coloured when that is a terminal and `NO_COLOR` is unset.
    public static var standardError: DiagnosticPrinter {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return DiagnosticPrinter(colour: isatty(2) == 1 && !noColour)
    }

    /// The text for `diagnostics`; `sources` supply the lines to quote.
    public func format(_ diagnostics: [Diagnostic], sources: [SourceText]) -> String {
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.sorted().map { format($0, source: byPath[$0.file]) }.joined()
    }

    public func print(_ diagnostics: [Diagnostic], sources: [SourceText]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(format(diagnostics, sources: sources).utf8))
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func format(_ d: Diagnostic, source: SourceText?) -> String {
        let severityColour = switch d.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        var out = paint("\(d.file):\(d.range.start.line):\(d.range.start.column):", "1") + " "
            + paint("\(d.severity.rawValue):", severityColour) + " " + paint(d.message, "1") + " [\(d.rule)]\n"
        if let source, d.range.start.line >= 1, d.range.start.line <= source.lines.count {
            let line = String(source.line(d.range.start.line))
            let number = String(d.range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "\(gutter) |\n\(number) | \(line)\n"
            let scalars = Array(line.unicodeScalars)
            let startIndex = min(max(d.range.start.column - 1, 0), scalars.count)
            let endIndex = d.range.end.line == d.range.start.line
                ? min(max(d.range.end.column - 1, startIndex + 1), max(scalars.count, startIndex + 1))
                : max(scalars.count, startIndex + 1)
            // Pad with the same display width as the text before the span (CJK takes two cells).
            let spanWidth = (startIndex..<endIndex).reduce(0) { total, index in
                total + (index < scalars.count ? CharacterClass.displayWidth(scalars[index]) : 1)
            }
            let padding = scalars[..<startIndex].map { $0 == "\t" ? "\t" : String(repeating: " ", count: CharacterClass.displayWidth($0)) }.joined()
            out += "\(gutter) | \(padding)" + paint("^" + String(repeating: "~", count: max(spanWidth - 1, 0)), severityColour) + "\n"
        }
        for note in d.notes { out += "  = note: \(note)\n" }
        if let fix = d.fix { out += "  = " + paint("fix:", "1;32") + " \(fix)\n" }
        return out
    }
}
