import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Finds the title among the short lines above a pasted notice: one line
/// (`中共某某区委员会关于……的通报`), an issuer line and a `关于……的通报` line, or either of these shown twice
/// (web pages repeat the title above and in the article, often in different layouts).
///
/// The title is the last short line that ends in a title word (`通报`, `报告`, …); the line before
/// it belongs to it when the title starts with `关于` and that line names an issuer. Other lines
/// that repeat the title are dropped (when a repetition has more lines, its layout is kept);
/// anything else is left for the importer to report.
public enum TitleRecognizer {
    public struct Title: Sendable, Equatable {
        /// The title as it should be shown, one or two lines.
        public var lines: [String]
        /// The issuing body named by the title, if it names one.
        public var issuer: String?
        /// For each input line (by index): whether it was part of the title or a repetition of it.
        public var usedLines: Set<Int>
    }

    static let titleWords = NoticeInterpreter.titleEndings

    /// The title in `lines` (the short lines above the notice, in order), or nil.
    public static func recognise(_ lines: [String]) -> Title? {
        guard let last = lines.lastIndex(where: endsLikeTitle) else { return nil }
        // A title broken over lines (`关于十二届区委第一轮巡察集中整改` / `进展情况的通报`): the lines
        // before the last one back to the one that starts with `关于`.
        var first = last
        if !lines[last].contains("关于"),
            let about = (max(0, last - 2)..<last).last(where: { lines[$0].contains("关于") }),
            lines[about..<last].allSatisfy(isContinuation)
        {
            first = about
        }
        var title = [lines[first...last].joined()]
        var used = Set(first...last)
        if title[0].hasPrefix("关于"), first > 0, isIssuerLine(lines[first - 1]) {
            title.insert(lines[first - 1], at: 0)
            used.insert(first - 1)
        }
        // Repetitions anywhere above the notice (a stray line may stand between): the whole title
        // on one line, on two lines, or one of its lines.
        let joined = title.joined()
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard !used.contains(index) else { continue }
            if lines[index] == joined || title.contains(lines[index]) {
                used.insert(index)
            } else if index + 1 < lines.count, !used.contains(index + 1), lines[index] + lines[index + 1] == joined {
                if title.count < 2 { title = [lines[index], lines[index + 1]] }
                used.formUnion([index, index + 1])
                index += 1
            }
        }
        return Title(lines: title, issuer: issuer(of: title), usedLines: used)
    }

    /// The issuer a title names: its first line when it has two, else what stands before `关于`.
    static func issuer(of title: [String]) -> String? {
        if title.count == 2, !title[0].contains("关于") { return title[0] }
        guard let joined = title.first, title.count == 1, let about = joined.range(of: "关于") else { return nil }
        let before = joined[..<about.lowerBound].trimmingCharacters(in: .whitespaces)
        return before.unicodeScalars.count >= 2 ? before : nil
    }

    static func endsLikeTitle(_ line: String) -> Bool {
        titleWords.contains(where: line.hasSuffix)
    }

    /// A line that may be part of a title broken over lines: short, no sentence punctuation, no
    /// title word at its end.
    static func isContinuation(_ line: String) -> Bool {
        line.unicodeScalars.count <= 40 && !endsLikeTitle(line)
            && !line.unicodeScalars.contains(where: { "，,。：:；;！？!?".unicodeScalars.contains($0) })
    }

    /// A line naming an organisation: short, no sentence punctuation, not itself a title.
    static func isIssuerLine(_ line: String) -> Bool {
        line.unicodeScalars.count <= 40 && !line.contains("关于") && !endsLikeTitle(line)
            && !line.unicodeScalars.contains(where: { "，,。：:；;！？!?".unicodeScalars.contains($0) })
    }
}
