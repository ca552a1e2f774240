/// What a finding says: its message, notes and fix, in one immutable box that findings share.
///
/// A finding is copied a few times between the rule that makes it and the report (into the
/// checker's list, into report order, to the writer); with its three messages inline that was
/// seven counted references per copy, and a notice of imported text has hundreds of findings whose
/// words are the same (one rule, one mark). In a box, a copy is one reference, and a rule can make
/// the box once and hand it to every finding that says the same.
///
/// Public only as a type, so that `DiagnosticTextHolder` can name it; what it holds is read through
/// the holder's `message`, `notes` and `fix`.
public final class DiagnosticText: Hashable, Sendable {
    package let message: Message
    package let notes: [Message]
    package let fix: Message?

    package init(message: Message, notes: [Message] = [], fix: Message? = nil) {
        self.message = message
        self.notes = notes
        self.fix = fix
    }

    /// Equal when they say the same: a box is a way of storing, not an identity.
    public static func == (lhs: DiagnosticText, rhs: DiagnosticText) -> Bool {
        lhs === rhs || (lhs.message == rhs.message && lhs.notes == rhs.notes && lhs.fix == rhs.fix)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(notes)
        hasher.combine(fix)
    }
}
