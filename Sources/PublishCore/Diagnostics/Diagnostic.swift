/// One finding about one file: what rule found it, how serious it is, where it is and how to fix it.
///
/// Findings are values: every stage collects them and hands them on; nothing is thrown for a
/// problem in the content.
public struct Diagnostic: Hashable, Sendable, Codable, DiagnosticTextHolder {
    /// Stable id of the rule, `group/name` (for example `parse/invalid-utf8`).
    public var rule: String
    public var severity: Severity
    /// The file, as the user named it.
    public var file: String
    public var range: SourceRange
    /// The message, notes and fix (`message`, `notes`, `fix`), shared with the finding it was made
    /// from (`DiagnosticText`).
    public var text: DiagnosticText

    public init(
        rule: String, severity: Severity, message: Message, file: String, range: SourceRange,
        notes: [Message] = [], fix: Message? = nil
    ) {
        self.init(rule: rule, severity: severity, text: DiagnosticText(message: message, notes: notes, fix: fix), file: file, range: range)
    }

    /// A finding that says `text`.
    package init(rule: String, severity: Severity, text: DiagnosticText, file: String, range: SourceRange) {
        self.rule = rule
        self.severity = severity
        self.text = text
        self.file = file
        self.range = range
    }

    // MARK: - Codable: the fields in the order they were declared in before the box.

    private enum CodingKeys: String, CodingKey {
        case rule, severity, message, file, range, notes, fix
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let rule = try c.decode(String.self, forKey: .rule)
        let severity = try c.decode(Severity.self, forKey: .severity)
        let message = try c.decode(Message.self, forKey: .message)
        let file = try c.decode(String.self, forKey: .file)
        let range = try c.decode(SourceRange.self, forKey: .range)
        let notes = try c.decode([Message].self, forKey: .notes)
        let fix = try c.decodeIfPresent(Message.self, forKey: .fix)
        self.init(rule: rule, severity: severity, message: message, file: file, range: range, notes: notes, fix: fix)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(file, forKey: .file)
        try c.encode(range, forKey: .range)
        try c.encode(notes, forKey: .notes)
        try c.encodeIfPresent(fix, forKey: .fix)
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
