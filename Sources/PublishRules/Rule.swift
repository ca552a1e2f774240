import PublishCore
import PublishReading

/// A check over one notice. Each rule lives in its own file under `Rules/`, has a doc comment of one
/// shape (what it reports, why, an example) and is listed once in `RuleRegistry`.
public protocol Rule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// The findings in `context.notice`, each at its exact source range. The engine applies the
    /// configured severity and the suppression comments afterwards.
    func check(_ context: CheckContext) -> [Finding]
}

/// What a rule found, before the engine names the rule and sets the severity.
public struct Finding: Sendable, Hashable {
    public var message: Message
    public var range: SourceRange
    public var notes: [Message]
    public var fix: Message?
    /// Overrides the rule's default severity for this one finding; rarely needed.
    public var severity: Severity?

    public init(_ message: Message, at range: SourceRange, notes: [Message] = [], fix: Message? = nil, severity: Severity? = nil) {
        self.message = message
        self.range = range
        self.notes = notes
        self.fix = fix
        self.severity = severity
    }
}
