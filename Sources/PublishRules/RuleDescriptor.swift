import PublishCore
import PublishReading

/// What docs/rules.md and `publish rules` say about a rule: its stable id, default severity, what it
/// catches and a one-line example. The two texts live in the catalogues, as `rule.<id>.summary` and
/// `rule.<id>.example`.
public struct RuleDescriptor: Sendable, Hashable {
    /// `group/name`, stable across versions: configuration and suppression comments name it.
    public var id: String
    public var defaultSeverity: Severity

    public init(id: String, severity: Severity) {
        self.id = id
        self.defaultSeverity = severity
    }

    /// What it catches, in one sentence.
    public var summary: Message { Message("rule.\(id).summary") }
    /// A one-line example of text it reports.
    public var example: Message { Message("rule.\(id).example") }

    /// The group, the part before the `/`.
    public var group: String { String(id.prefix { $0 != "/" }) }
}
