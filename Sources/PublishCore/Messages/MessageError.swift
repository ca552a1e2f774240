/// An error that stops a command, told in the user's language.
public protocol MessageError: Error, CustomStringConvertible {
    /// What went wrong, with the file and line when the error has them (`publish.yml:3: …`), but
    /// without the `error:` label: another message may quote it.
    func text(in language: Language) -> String
    /// The line a command prints for it: `error: …`, or `file:line: error: …` when it has a place.
    func errorLine(in language: Language) -> String
}

extension MessageError {
    /// The English text, for logs and debuggers; what the user sees comes from `text(in:)`.
    public var description: String { text(in: .english) }

    public func errorLine(in language: Language) -> String {
        MessageLine.error(text(in: language), in: language)
    }
}

/// The two ways an error with a place is written: `file:line:column: message` inside another
/// message, `file:line:column: error: message` on a line of its own.
public enum MessageLine {
    public static func error(_ message: Message, file: String?, line: Int? = nil, column: Int? = nil, in language: Language) -> String {
        let location = place(file: file, line: line, column: column)
        return (location.isEmpty ? "" : location + ": ") + error(message, in: language)
    }

    /// `error: what` (`错误：…`), with no place.
    public static func error(_ what: MessageArgumentConvertible, in language: Language) -> String {
        Message("printer.labelled", Message("severity.error"), what).text(in: language)
    }

    public static func text(_ message: Message, file: String?, line: Int? = nil, column: Int? = nil, in language: Language) -> String {
        let location = place(file: file, line: line, column: column)
        return (location.isEmpty ? "" : location + ": ") + message.text(in: language)
    }

    private static func place(file: String?, line: Int?, column: Int?) -> String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return location
    }
}
