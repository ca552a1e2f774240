import PublishCore
import PublishReading

/// What docs/rules.md and `publish rules` say about a rule: its stable id, default severity, what it
/// catches and a one-line example.
public struct RuleDescriptor: Sendable, Hashable {
    /// `group/name`, stable across versions: configuration and suppression comments name it.
    public var id: String
    public var defaultSeverity: Severity
    /// What it catches, in one sentence.
    public var summary: String
    /// A one-line example of text it reports.
    public var example: String

    public init(id: String, severity: Severity, summary: String, example: String) {
        self.id = id
        self.defaultSeverity = severity
        self.summary = summary
        self.example = example
    }

    /// The group, the part before the `/`.
    public var group: String { String(id.prefix { $0 != "/" }) }
}
