import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Decides which lines of a pasted notice are headings, and at which Markdown depth.
///
/// A line that starts with an ordinal (`一、`, `（一）`, `(一)`, `1.`, `1、`, `（1）`, `①`, in any of
/// the forms `OrdinalParser` accepts) and has nothing after its first sentence is a heading; its
/// depth follows the numbering level, `一、` → `##`, `（一）` → `###`, `1.` → `####`, `（1）` → `#####`,
/// `①` → `######`. A line that goes on after its first `。` is a run-in item and stays a paragraph
/// (the lead runs to the `。`), and so do measures (`一是……`). A numbered line that is a whole
/// sentence (`（一）持续推进……，健全长效机制。`) with nothing under it — the next line is numbered at
/// its level or above, or there is none — is an item with its text, not a heading: such items
/// fill 需长期整改 and 下一步 parts.
public enum HeadingRecognizer {
    /// The longest line still taken for a heading: longer ones read as sentences.
    static let maximumLength = 100

    /// The Markdown heading depth for `line`, followed by the line `next` (nil at the end), or
    /// nil when it is a paragraph.
    public static func depth(of line: String, before next: String?) -> Int? {
        // A field of the closing set as a numbered list (`1.联系电话：……`) is no heading.
        guard let depth = depth(of: line), !ClosingInterpreter.isNumberedField(line) else { return nil }
        let endsSentence = line.unicodeScalars.last.map { "。！？!?".unicodeScalars.contains($0) } ?? false
        guard endsSentence, let level = OrdinalParser.parse(line)?.level else { return depth }
        guard let next, let nextLevel = OrdinalParser.parse(next)?.level, nextLevel != .measure else {
            // Unnumbered text under it is its content; the closing and the end of the text are not.
            guard let next, !ClosingInterpreter.isClosing(next) else { return nil }
            return depth
        }
        return nextLevel <= level ? nil : depth
    }

    /// The Markdown heading depth for `line` by its own text, or nil when it is a paragraph.
    public static func depth(of line: String) -> Int? {
        guard let ordinal = OrdinalParser.parse(line), ordinal.level != .measure else { return nil }
        let rest = Array(line.unicodeScalars.dropFirst(ordinal.length))
        guard let last = rest.last, rest.count <= maximumLength else { return nil }
        // Nothing after the first sentence, and no sentence left open.
        let stops: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
        if rest.dropLast().contains(where: stops.contains) { return nil }
        if "，,；;、：:".unicodeScalars.contains(last) { return nil }
        return ordinal.level.depth + 1
    }
}
