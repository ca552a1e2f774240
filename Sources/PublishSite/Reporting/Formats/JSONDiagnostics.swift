import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as one JSON document: `{"diagnostics": […], "summary": {…}}`, keys sorted.
public enum JSONDiagnostics {
    struct Document: Encodable {
        var diagnostics: [Diagnostic]
        var summary: CheckSummary
    }

    public static func format(_ diagnostics: [Diagnostic], files: Int) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(diagnostics: diagnostics.sorted(), summary: CheckSummary(files: files, diagnostics: diagnostics))
        return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
    }
}
