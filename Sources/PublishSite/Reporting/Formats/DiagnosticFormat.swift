import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The ways `publish check` can print its findings.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:col: severity: message [rule]`, the source line and a caret; for people.
    case human
    /// A JSON document with every finding and a summary; for scripts.
    case json
    /// GitHub Actions workflow commands (`::error file=…`), shown as annotations on the diff.
    case github
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
}

/// Counts of a check run.
public struct CheckSummary: Sendable, Codable, Equatable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(files: Int, errors: Int, warnings: Int, notes: Int) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    public init(files: Int, diagnostics: [Diagnostic]) {
        self.files = files
        self.errors = diagnostics.filter { $0.severity == .error }.count
        self.warnings = diagnostics.filter { $0.severity == .warning }.count
        self.notes = diagnostics.filter { $0.severity == .note }.count
    }

    /// `2 errors, 1 warning in 3 files`.
    public var sentence: Message {
        Message("check.totals", errors, warnings, files)
    }
}
