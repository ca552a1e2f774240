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
public struct Finding: Sendable, Hashable, DiagnosticTextHolder {
    /// The message, notes and fix (`message`, `notes`, `fix`), which the diagnostic made of the
    /// finding shares.
    public var text: DiagnosticText
    public var range: SourceRange
    /// Overrides the rule's default severity for this one finding; rarely needed.
    public var severity: Severity?

    public init(_ message: Message, at range: SourceRange, notes: [Message] = [], fix: Message? = nil, severity: Severity? = nil) {
        self.init(DiagnosticText(message: message, notes: notes, fix: fix), at: range, severity: severity)
    }

    /// A finding that says `text`, which a rule may share among findings that say the same.
    package init(_ text: DiagnosticText, at range: SourceRange, severity: Severity? = nil) {
        self.text = text
        self.range = range
        self.severity = severity
    }
}
