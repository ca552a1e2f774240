import PublishCore

/// What a format writes of each of a list of findings besides its numbers and its fixed layout:
/// the file's name, the rule and the texts, each made once for the findings that share it; and how
/// many bytes the findings take at most, so that the format writes them straight into the array it
/// returns (`bytes(_:)`), with no buffer to grow and copy into an array at the end.
///
/// A file of imported text has hundreds of findings, most saying one of a few things (texts kept
/// per shared box, `RecentFindingTexts`), and in report order their rules interleave (a half-width
/// comma, then `(一)`, then a comma again): each rule is quoted once per list, not each time it
/// comes back. A list holds one file's findings, or, sorted, every file's. The pieces are kept
/// one after the other in one array (`stored`), so that writing a finding takes its pieces without
/// counting a reference to each.
struct FindingPieces {
    /// Where a piece is in `stored`.
    struct Span {
        var start: Int
        var count: Int
    }

    /// A finding's pieces, and the index of its rule in `rules`.
    struct Part {
        var file: Span
        var rule: Span
        var ruleIndex: Int
        var text: Span
    }

    /// The pieces read in place while the findings are written (`bytes(_:)`).
    struct Stored {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        subscript(span: Span) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[span.start..<(span.start + span.count)])
        }
    }

    /// Every piece, one after the other.
    private var stored: [UInt8] = []
    /// The distinct rule ids, in the order they came, and where each is as the format writes it.
    private(set) var rules: [String] = []
    private var ruleSpans: [Span] = []
    /// Per finding, in order.
    private(set) var parts: [Part] = []
    /// `perFinding` and the finding's pieces, per finding.
    private let perFinding: Int
    /// The most bytes the findings take.
    private(set) var bound = 0

    /// The pieces of `diagnostics`, made by `file`, `rule` and `text`; `perFinding` is the most a
    /// finding's element takes besides them (its fixed layout and numbers).
    init(
        _ diagnostics: [Diagnostic], perFinding: Int, file: (String) -> [UInt8], rule: (String) -> [UInt8],
        text: (Diagnostic) -> [UInt8]
    ) {
        self.perFinding = perFinding
        parts.reserveCapacity(diagnostics.count)
        var recentTexts = RecentFindingTexts<Span>()
        var lastFile: (name: String, span: Span)?
        for index in diagnostics.indices {
            if lastFile?.name != diagnostics[index].file {
                lastFile = (diagnostics[index].file, store(file(diagnostics[index].file)))
            }
            let ruleIndex: Int
            if let known = rules.firstIndex(of: diagnostics[index].rule) {
                ruleIndex = known
            } else {
                ruleIndex = rules.count
                rules.append(diagnostics[index].rule)
                ruleSpans.append(store(rule(diagnostics[index].rule)))
            }
            let textSpan = recentTexts.value(for: diagnostics[index].text) { _ in store(text(diagnostics[index])) }
            let part = Part(file: lastFile!.span, rule: ruleSpans[ruleIndex], ruleIndex: ruleIndex, text: textSpan)
            parts.append(part)
            bound += maximum(of: part)
        }
    }

    private mutating func store(_ bytes: [UInt8]) -> Span {
        defer { stored.append(contentsOf: bytes) }
        return Span(start: stored.count, count: bytes.count)
    }

    /// The bytes of a piece (`part.file`, `part.rule`, `part.text`), copied.
    func bytes(of span: Span) -> [UInt8] {
        Array(stored[span.start..<(span.start + span.count)])
    }

    /// The most bytes the finding with `part` takes.
    func maximum(of part: Part) -> Int {
        perFinding + part.file.count + part.rule.count + part.text.count
    }

    /// The findings written one after the other into a new array: `write` gets a finding's index,
    /// its pieces, the pieces' bytes (to be read inside `write` only) and where the finding's first
    /// byte goes, and returns where its last one went (at most `maximum(of:)` bytes on).
    func bytes(
        _ write: (_ index: Int, _ part: Part, _ stored: Stored, _ cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>
    ) -> [UInt8] {
        guard bound > 0 else { return [] }
        return stored.withUnsafeBufferPointer { storedBytes in
            [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
                let pieces = Stored(bytes: storedBytes)
                let start = buffer.baseAddress!
                var cursor = start
                for index in parts.indices {
                    let part = parts[index]
                    let end = write(index, part, pieces, cursor)
                    precondition(end >= cursor && end - cursor <= maximum(of: part), "a finding wrote past its room")
                    cursor = end
                }
                count = cursor - start
            }
        }
    }
}

extension UnsafeMutablePointer<UInt8> {
    /// Writes `bytes` here and moves past them.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        update(from: source, count: bytes.count)
        self += bytes.count
    }
}
