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
        escape(text, alsoSeparators: false)
    }

    /// The escaping the runner expects in a property value.
    static func escapeProperty(_ text: String) -> String {
        escape(text, alsoSeparators: true)
    }

    /// `%`, CR and LF (and in a property `:` and `,`) as `%XX`, byte by byte: a check of imported
    /// text writes hundreds of thousands of these.
    private static func escape(_ text: String, alsoSeparators: Bool) -> String {
        func escaped(_ byte: UInt8) -> StaticString? {
            switch byte {
            case UInt8(ascii: "%"): "%25"
            case 0x0D: "%0D"
            case 0x0A: "%0A"
            case UInt8(ascii: ":") where alsoSeparators: "%3A"
            case UInt8(ascii: ",") where alsoSeparators: "%2C"
            default: nil
            }
        }
        guard text.utf8.contains(where: { escaped($0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let replacement = escaped(byte) {
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
