/// A value that keeps its message, notes and fix in a shared `DiagnosticText` (a rule's `Finding`,
/// the `Diagnostic` made of it): the three are read from the box, and setting one makes a new box
/// with the other two as they were, so that values sharing the old box are not changed.
public protocol DiagnosticTextHolder {
    /// The message, notes and fix.
    var text: DiagnosticText { get set }
}

extension DiagnosticTextHolder {
    public var message: Message {
        get { text.message }
        set { text = DiagnosticText(message: newValue, notes: text.notes, fix: text.fix) }
    }

    /// Further facts that explain the finding.
    public var notes: [Message] {
        get { text.notes }
        set { text = DiagnosticText(message: text.message, notes: newValue, fix: text.fix) }
    }

    /// A hint on how to fix it, where one exists.
    public var fix: Message? {
        get { text.fix }
        set { text = DiagnosticText(message: text.message, notes: text.notes, fix: newValue) }
    }
}
