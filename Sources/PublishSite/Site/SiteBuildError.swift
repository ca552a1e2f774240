import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Why a build wrote nothing.
public enum SiteBuildError: Error, CustomStringConvertible {
    /// Notices with error-level findings (exit 1); the findings and the sources to quote, and how
    /// many errors were reported while building (`SiteBuilder.build(reportFailure:)`) and are not
    /// among them.
    case content(diagnostics: [Diagnostic], sources: [SourceText], reportedErrors: Int = 0)
    /// A template that does not parse (exit 2).
    case template(TemplateError)
    /// An output folder refused, an unreadable file, a write that failed (exit 2).
    case io(String)

    public var description: String {
        switch self {
        case .content(let diagnostics, _, let reported):
            "\(reported + diagnostics.filter { $0.severity == .error }.count) errors in the content; nothing was written"
        case .template(let error): error.description
        case .io(let message): message
        }
    }
}
