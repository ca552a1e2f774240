/// One finding about one file: what rule found it, how serious it is, where it is and how to fix it.
///
/// Findings are values: every stage collects them and hands them on; nothing is thrown for a
/// problem in the content.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Stable id of the rule, `group/name` (for example `parse/invalid-utf8`).
    public var rule: String
    public var severity: Severity
    public var message: Message
    /// The file, as the user named it.
    public var file: String
    public var range: SourceRange
    /// Further facts that explain the finding.
    public var notes: [Message]
    /// A hint on how to fix it, where one exists.
    public var fix: Message?

    public init(
        rule: String, severity: Severity, message: Message, file: String, range: SourceRange,
        notes: [Message] = [], fix: Message? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fix = fix
    }
}

extension Diagnostic: Comparable {
    /// File, then position, then rule: the order in which findings are reported.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message.text(in: .english) < rhs.message.text(in: .english)
    }
}
