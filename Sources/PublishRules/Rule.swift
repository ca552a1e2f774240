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
    /// The message, notes and fix, which the diagnostic made of the finding shares.
    package var text: DiagnosticText
    public var range: SourceRange
    /// Overrides the rule's default severity for this one finding; rarely needed.
    public var severity: Severity?

    public var message: Message {
        get { text.message }
        set { text = DiagnosticText(message: newValue, notes: text.notes, fix: text.fix) }
    }

    public var notes: [Message] {
        get { text.notes }
        set { text = DiagnosticText(message: text.message, notes: newValue, fix: text.fix) }
    }

    public var fix: Message? {
        get { text.fix }
        set { text = DiagnosticText(message: text.message, notes: text.notes, fix: newValue) }
    }

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
