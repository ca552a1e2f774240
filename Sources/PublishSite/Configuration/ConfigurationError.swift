import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// A `publish.yml` that cannot be used: the file, the line when known, and what is wrong.
public struct ConfigurationError: MessageError, Sendable {
    public var file: String
    public var line: Int?
    public var message: Message

    public init(file: String, line: Int? = nil, message: Message) {
        self.file = file
        self.line = line
        self.message = message
    }


    public func text(in language: Language) -> String {
        MessageLine.error(message, file: file, line: line, in: language)
    }
}
