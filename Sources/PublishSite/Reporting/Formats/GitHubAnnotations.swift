import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as GitHub Actions workflow commands, one per line:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
public enum GitHubAnnotations {
    public static func format(_ diagnostics: [Diagnostic], language: Language = .english) -> String {
        diagnostics.sorted().map { d in
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let properties = [
                "file=\(escapeProperty(d.file))", "line=\(d.range.start.line)", "col=\(d.range.start.column)",
                "endLine=\(d.range.end.line)", "endColumn=\(d.range.end.column)", "title=\(escapeProperty(d.rule))",
            ].joined(separator: ",")
            var message = d.message.text(in: language)
            if let fix = d.fix { message += "\n" + Message("printer.labelled", Message("printer.fix"), fix).text(in: language) }
            return "::\(command) \(properties)::\(escapeData(message))\n"
        }.joined()
    }

    /// The escaping the runner expects in a command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The escaping the runner expects in a property value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
