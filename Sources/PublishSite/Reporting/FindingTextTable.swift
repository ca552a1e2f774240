import Synchronization
import PublishCore

/// What one format made of findings' texts (message, notes and fix) in one language, shared by the
/// files of a run, which are checked on all cores: the same few texts recur in every file, and
/// putting a message together from its catalogue entry costs thousands of instructions.
final class FindingTextTable: Sendable {
    private struct Key: Hashable {
        var text: DiagnosticText
        var language: Language
    }

    private let known = Mutex<[Key: [UInt8]]>([:])
    /// Texts that name what differs from file to file would grow the table without end: it starts
    /// again past this many.
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// `make(finding, language)`, or what it gave for a finding that said the same.
    func bytes(of finding: Diagnostic, in language: Language, make: (Diagnostic, Language) -> [UInt8]) -> [UInt8] {
        let key = Key(text: finding.text, language: language)
        if let bytes = known.withLock({ $0[key] }) { return bytes }
        let bytes = make(finding, language)
        known.withLock {
            if $0.count >= limit { $0.removeAll(keepingCapacity: true) }
            $0[key] = bytes
        }
        return bytes
    }
}
