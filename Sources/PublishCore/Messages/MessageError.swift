/// An error that stops a command, told in the user's language: `file:line: error: message`.
public protocol MessageError: Error, CustomStringConvertible {
    func text(in language: Language) -> String
}

extension MessageError {
    /// The English text, for logs and debuggers; what the user sees comes from `text(in:)`.
    public var description: String { text(in: .english) }
}

/// `file:line:column: error: message`, with the parts that are known.
public enum MessageLine {
    public static func error(_ message: Message, file: String?, line: Int? = nil, column: Int? = nil, in language: Language) -> String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return (location.isEmpty ? "" : location + ": ") + Message("printer.labelled", Message("severity.error"), message).text(in: language)
    }
}
