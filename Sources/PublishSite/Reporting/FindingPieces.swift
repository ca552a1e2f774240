import PublishCore

/// What a format writes of each of a list of findings besides its numbers and its fixed layout:
/// the file's name, the rule and the texts, each made once for the findings that share it; and how
/// many bytes the findings take at most, so that the format writes them straight into the array it
/// returns (`bytes(_:)`), with no buffer to grow and copy into an array at the end.
///
/// A file of imported text has hundreds of findings, most saying one of a few things (texts kept
/// per shared box, `RecentFindingTexts`), and in report order their rules interleave (a half-width
/// comma, then `(一)`, then a comma again): each rule is quoted once per list, not each time it
/// comes back. A list holds one file's findings, or, sorted, every file's.
struct FindingPieces {
    /// A finding's pieces: indices into `files`, `rules` and `texts`.
    struct Part {
        var file: Int
        var rule: Int
        var text: Int
    }

    /// The files' names as the format writes them, in the order they came.
    private(set) var files: [[UInt8]] = []
    /// The distinct rule ids, in the order they came, and each as the format writes it.
    private(set) var rules: [String] = []
    private(set) var writtenRules: [[UInt8]] = []
    /// The texts as the format writes them (one that comes back after the recent ones were
    /// replaced may be here twice).
    private(set) var texts: [[UInt8]] = []
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
        var recentTexts = RecentFindingTexts<Int>()
        var lastFile: String?
        for index in diagnostics.indices {
            if lastFile != diagnostics[index].file {
                lastFile = diagnostics[index].file
                files.append(file(diagnostics[index].file))
            }
            let ruleIndex: Int
            if let known = rules.firstIndex(of: diagnostics[index].rule) {
                ruleIndex = known
            } else {
                ruleIndex = rules.count
                rules.append(diagnostics[index].rule)
                writtenRules.append(rule(diagnostics[index].rule))
            }
            let textIndex = recentTexts.value(for: diagnostics[index].text) { _ in
                texts.append(text(diagnostics[index]))
                return texts.count - 1
            }
            let part = Part(file: files.count - 1, rule: ruleIndex, text: textIndex)
            parts.append(part)
            bound += maximum(of: part)
        }
    }

    /// The most bytes the finding with `part` takes.
    func maximum(of part: Part) -> Int {
        perFinding + files[part.file].count + writtenRules[part.rule].count + texts[part.text].count
    }

    /// The findings written one after the other into a new array: `write` gets a finding's index,
    /// its pieces and where its first byte goes, and returns where its last one went (at most
    /// `maximum(of:)` bytes on).
    func bytes(_ write: (Int, Part, UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) -> [UInt8] {
        guard bound > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            let start = buffer.baseAddress!
            var cursor = start
            for index in parts.indices {
                let part = parts[index]
                let end = write(index, part, cursor)
                precondition(end >= cursor && end - cursor <= maximum(of: part), "a finding wrote past its room")
                cursor = end
            }
            count = cursor - start
        }
    }
}
