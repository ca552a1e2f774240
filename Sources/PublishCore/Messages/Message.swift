/// A text the tool says to its user, kept as a value until it is printed: the id of its entry in
/// the catalogues and the values it quotes. `text(in:)` puts them together in one language; the
/// same finding reads `the ordinal 「(一)」 uses half-width parentheses` or
/// `序号「(一)」使用了半角括号`.
public struct Message: Hashable, Sendable, Codable {
    /// The catalogue key, `area.what` (for example `email.no-at`).
    public var id: String
    public var arguments: [MessageArgument]

    public init(_ id: String, _ arguments: MessageArgumentConvertible...) {
        self.id = id
        self.arguments = arguments.map(\.messageArgument)
    }

    public init(id: String, arguments: [MessageArgument]) {
        self.id = id
        self.arguments = arguments
    }

    /// The text in `language`. An id missing from that catalogue falls back to English, then to
    /// the id itself (a test keeps both catalogues complete).
    public func text(in language: Language) -> String {
        let template = MessageCatalogue.template(id, in: language) ?? MessageCatalogue.template(id, in: .english) ?? id
        return MessageTemplate.fill(template, with: arguments.map { $0.text(in: language) })
    }
}

/// A value a message quotes: text taken as it is, a number, another message (a reason, a fix) in
/// the same language, or a list joined the way the language joins lists.
///
/// Not `indirect`: a quoted message and a list keep their arguments in an array, which is storage
/// of its own already, and boxing every case cost an allocation per argument (a notice of imported
/// text has hundreds of findings with two each).
public enum MessageArgument: Hashable, Sendable, Codable {
    case text(String)
    case number(Int)
    case message(Message)
    case list([MessageArgument])

    public func text(in language: Language) -> String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .message(let message): message.text(in: language)
        case .list(let items):
            items.map { $0.text(in: language) }.joined(separator: language == .chinese ? "、" : ", ")
        }
    }
}

/// What can stand as an argument of a message.
public protocol MessageArgumentConvertible {
    var messageArgument: MessageArgument { get }
}

extension String: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(self) }
}

extension Substring: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(String(self)) }
}

extension Character: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(String(self)) }
}

extension Unicode.Scalar: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .text(String(self)) }
}

extension Int: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .number(self) }
}

extension Message: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .message(self) }
}

extension MessageArgument: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { self }
}

extension Array: MessageArgumentConvertible where Element: MessageArgumentConvertible {
    public var messageArgument: MessageArgument { .list(map(\.messageArgument)) }
}
