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
        var message: String
        var fix: String?
    }

    /// One line that says what failed.
    var summary: String
    var problems: [Problem]

    /// From a build that stopped on content errors, a template or an I/O failure.
    init(_ error: SiteBuildError) {
        switch error {
        case .content(let diagnostics, _, _):
            // The warnings do not stop the build; the page lists what must be fixed.
            let errors = diagnostics.filter { $0.severity == .error }
            summary = error.description
            problems = errors.map {
                Problem(
                    file: $0.file, line: $0.range.start.line, column: $0.range.start.column, rule: $0.rule,
                    message: $0.message, fix: $0.fix)
            }
        case .template(let template):
            summary = "a template does not parse; nothing was written"
            problems = [
                Problem(
                    file: template.file, line: template.line, column: template.column, rule: "template",
                    message: template.message)
            ]
        case .io(let message):
            summary = "the site could not be written"
            problems = [Problem(file: nil, rule: "io", message: message)]
        }
    }

    /// From a `publish.yml` that cannot be used.
    init(_ error: ConfigurationError) {
        summary = "the configuration cannot be used; nothing was written"
        problems = [Problem(file: error.file, line: error.line, rule: "config", message: error.message)]
    }

    /// The failure as lines for the terminal, `file:line:column: error: message [rule]`.
    var terminalText: String {
        var lines = problems.map { problem -> String in
            var location = problem.file ?? ""
            if let line = problem.line { location += ":\(line)" }
            if let column = problem.column { location += ":\(column)" }
            return (location.isEmpty ? "" : location + ": ") + "error: \(problem.message) [\(problem.rule)]"
        }
        lines.append("error: \(summary)")
        return lines.joined(separator: "\n")
    }
}
