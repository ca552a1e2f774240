import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Why the last preview build produced no site, as a list of problems to show in the page.
///
/// Content findings, a template syntax error, a bad `publish.yml` and an I/O failure all become
/// the same shape, so the error page has one layout whatever broke.
package struct BuildFailure: Sendable, Equatable {
    struct Problem: Sendable, Equatable {
        /// The file, as `publish` names it in its messages (relative to the project); nil when
        /// the failure is not about one file.
        var file: String?
        var line: Int?
        var column: Int?
        /// The rule id for content findings; `template`, `config` or `io` otherwise.
        var rule: String
        var message: Message
        var fix: Message?
    }

    /// One line that says what failed.
    var summary: Message
    var problems: [Problem]
    /// The language of the page and the terminal text.
    var language: Language

    /// From a build that stopped on content errors, a template or an I/O failure.
    init(_ error: SiteBuildError, language: Language = .english) {
        self.language = language
        switch error {
        case .content(let diagnostics, _, _):
            // The warnings do not stop the build; the page lists what must be fixed.
            let errors = diagnostics.filter { $0.severity == .error }
            summary = error.message
            problems = errors.map {
                Problem(
                    file: $0.file, line: $0.range.start.line, column: $0.range.start.column, rule: $0.rule,
                    message: $0.message, fix: $0.fix)
            }
        case .template(let template):
            summary = Message("preview.template-failed")
            problems = [
                Problem(
                    file: template.file, line: template.line, column: template.column, rule: "template",
                    message: template.message)
            ]
        case .io(let message):
            summary = Message("preview.write-failed")
            problems = [Problem(file: nil, rule: "io", message: message)]
        }
    }

    /// From a `publish.yml` that cannot be used.
    init(_ error: ConfigurationError, language: Language = .english) {
        self.language = language
        summary = Message("preview.config-failed")
        problems = [Problem(file: error.file, line: error.line, rule: "config", message: error.message)]
    }

    /// The failure as lines for the terminal, `file:line:column: error: message [rule]`.
    var terminalText: String {
        var lines = problems.map { problem -> String in
            MessageLine.error(problem.message, file: problem.file, line: problem.line, column: problem.column, in: language)
                + " [\(problem.rule)]"
        }
        lines.append(MessageLine.error(summary, file: nil, in: language))
        return lines.joined(separator: "\n")
    }
}
