import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Why a build wrote nothing.
public enum SiteBuildError: MessageError {
    /// Notices with error-level findings (exit 1); the findings and the sources to quote, and how
    /// many errors were reported while building (`SiteBuilder.build(reportFailure:)`) and are not
    /// among them.
    case content(diagnostics: [Diagnostic], sources: [SourceText], reportedErrors: Int = 0)
    /// A template that does not parse (exit 2).
    case template(TemplateError)
    /// An output folder refused, an unreadable file, a write that failed (exit 2).
    case io(Message)

    /// What went wrong, without the `error:` label.
    public var message: Message {
        switch self {
        case .content(let diagnostics, _, let reported):
            Message("build.content-errors", reported + diagnostics.filter { $0.severity == .error }.count)
        case .template(let error): error.message
        case .io(let message): message
        }
    }

    public func text(in language: Language) -> String {
        switch self {
        case .template(let error): error.text(in: language)
        default: message.text(in: language)
        }
    }

    public func errorLine(in language: Language) -> String {
        switch self {
        case .template(let error): error.errorLine(in: language)
        default: MessageLine.error(message, in: language)
        }
    }
}
