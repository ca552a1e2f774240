@testable import PublishCore

// Tests state what a finding says in English: these compare a message with its English text.

extension Message {
    var english: String { text(in: .english) }
    var chinese: String { text(in: .chinese) }

    func contains(_ part: String) -> Bool { english.contains(part) }
    func hasPrefix(_ part: String) -> Bool { english.hasPrefix(part) }
    func hasSuffix(_ part: String) -> Bool { english.hasSuffix(part) }
    var isEmpty: Bool { english.isEmpty }

    static func == (lhs: Message, rhs: String) -> Bool { lhs.english == rhs }
    static func == (lhs: String, rhs: Message) -> Bool { lhs == rhs.english }
}

func == (lhs: Message?, rhs: String?) -> Bool { lhs?.english == rhs }
func == (lhs: [Message], rhs: [String]) -> Bool { lhs.map(\.english) == rhs }

extension Array where Element == Message {
    var english: [String] { map(\.english) }
}

// In a test's interpolation a message reads as its English text.
extension Message: CustomStringConvertible {
    public var description: String { english }
}

extension Array where Element == Message {
    /// Whether one of the messages reads `text` in English.
    func contains(_ text: String) -> Bool { contains { $0.english == text } }
}
