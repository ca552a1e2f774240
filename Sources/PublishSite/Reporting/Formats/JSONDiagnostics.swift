import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as one JSON document: `{"diagnostics": […], "summary": {…}}`, keys sorted. Messages,
/// notes and fixes are in the run's language; everything else is the same in both.
public enum JSONDiagnostics {
    struct Document: Encodable {
        var diagnostics: [Entry]
        var summary: CheckSummary
    }

    /// One finding as printed: its texts put together in one language.
    struct Entry: Encodable {
        var rule: String
        var severity: Severity
        var message: String
        var file: String
        var range: SourceRange
        var notes: [String]
        var fix: String?

        init(_ d: Diagnostic, language: Language) {
            rule = d.rule
            severity = d.severity
            message = d.message.text(in: language)
            file = d.file
            range = d.range
            notes = d.notes.map { $0.text(in: language) }
            fix = d.fix.map { $0.text(in: language) }
        }
    }

    public static func format(_ diagnostics: [Diagnostic], files: Int, language: Language = .english) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            diagnostics: diagnostics.sorted().map { Entry($0, language: language) },
            summary: CheckSummary(files: files, diagnostics: diagnostics))
        return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
    }
}
