import Synchronization
import PublishCore

/// What one format made of findings' texts (message, notes and fix) in one language, shared by the
/// files of a run, which are checked on all cores: the same few texts recur in every file, and
/// putting a message together from its catalogue entry costs thousands of instructions.
final class FindingTextTable<Value: Sendable>: Sendable {
    private struct Key: Hashable {
        var text: DiagnosticText
        var language: Language
    }

    private let known = Mutex<[Key: Value]>([:])
    /// Texts that name what differs from file to file would grow the table without end: it starts
    /// again past this many.
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// `make(finding, language)`, or what it gave for a finding that said the same.
    func value(of finding: Diagnostic, in language: Language, make: (Diagnostic, Language) -> Value) -> Value {
        let key = Key(text: finding.text, language: language)
        if let value = known.withLock({ $0[key] }) { return value }
        let value = make(finding, language)
        known.withLock {
            if $0.count >= limit { $0.removeAll(keepingCapacity: true) }
            $0[key] = value
        }
        return value
    }
}
