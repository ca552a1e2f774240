import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// One replacement `fmt` makes: the characters of `range` (on one line) become `replacement`.
public struct TextEdit: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The rule whose finding the edit fixes.
    public var rule: String
    public var range: SourceRange
    /// The text written before (for messages and tests).
    public var original: String
    public var replacement: String

    public init(rule: String, range: SourceRange, original: String, replacement: String) {
        self.rule = rule
        self.range = range
        self.original = original
        self.replacement = replacement
    }

    public static func < (lhs: TextEdit, rhs: TextEdit) -> Bool {
        (lhs.range.start, lhs.range.end) < (rhs.range.start, rhs.range.end)
    }

    public var description: String { "\(range.start): 「\(original)」 → 「\(replacement)」 [\(rule)]" }
}
