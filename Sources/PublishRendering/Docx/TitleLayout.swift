import PublishCore
import PublishReading
import PublishRules

/// Where the lines of the title break. GB/T 9704 §7.3.1 asks for a title that breaks where the
/// words allow, symmetric, in a 梯形 or 菱形 — which no word processor does by itself (Word and
/// LibreOffice fill the first line and leave a short second one), so the breaks are chosen here
/// and written as `<w:br/>`.
package struct TitleLayout {
    /// Width of a line in half characters (a full-width character counts 2, ASCII 1).
    package var lineWidth = GongwenPage.titleCharactersPerLine * 2

    /// The lines of one title line as the author wrote it: kept whole when it fits; else the issuer
    /// (what stands before `关于`) on a line of its own when it fits, the common two-line form;
    /// what is still too long is cut into as few lines as fit, as even as the break rules allow,
    /// shorter lines on top.
    package func lines(_ title: String) -> [String] {
        let scalars = Array(title.unicodeScalars)
        let widths = scalars.map(CharacterClass.displayWidth)
        guard widths.reduce(0, +) > lineWidth else { return [title] }
        var ranges: [Range<Int>] = []
        var start = 0
        if let about = firstIndex(of: "关于", in: scalars), about > 0, widths[..<about].reduce(0, +) <= lineWidth {
            ranges.append(0..<about)
            start = about
        }
        ranges += balanced(start..<scalars.count, scalars: scalars, widths: widths)
        return ranges.map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    /// `range` in as few lines as fit, each break where the rules allow and as near as it can be
    /// to an even share; when no break keeps the lines even, each line is filled instead.
    private func balanced(_ range: Range<Int>, scalars: [Unicode.Scalar], widths: [Int]) -> [Range<Int>] {
        var prefix = [0]
        for width in widths { prefix.append(prefix.last! + width) }
        func width(_ from: Int, _ to: Int) -> Int { prefix[to] - prefix[from] }
        let total = width(range.lowerBound, range.upperBound)
        guard total > lineWidth else { return [range] }
        let count = (total + lineWidth - 1) / lineWidth
        var ranges: [Range<Int>] = []
        var start = range.lowerBound
        for line in 1..<count {
            let linesLeft = count - line + 1
            let target = (width(start, range.upperBound) + linesLeft - 1) / linesLeft
            var best: (index: Int, cost: Int)?
            for index in (start + 1)..<range.upperBound where width(start, index) <= lineWidth {
                guard isBreakAllowed(before: index, in: scalars),
                    width(index, range.upperBound) <= lineWidth * (count - line)
                else { continue }
                // Nearer the even share is better, a break at a function word better still; on a
                // tie the earlier break wins, which keeps the upper line the shorter.
                let cost = abs(width(start, index) - target) - (isPreferredBreak(before: index, in: scalars) ? 3 : 0)
                if best == nil || cost < best!.cost { best = (index, cost) }
            }
            guard let cut = best?.index else { return filled(range, widths: widths) }
            ranges.append(start..<cut)
            start = cut
        }
        return ranges + [start..<range.upperBound]
    }

    /// Fills each line as far as it goes.
    private func filled(_ range: Range<Int>, widths: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = range.lowerBound
        var used = 0
        for index in range {
            if used + widths[index] > lineWidth, index > start {
                ranges.append(start..<index)
                start = index
                used = 0
            }
            used += widths[index]
        }
        return ranges + [start..<range.upperBound]
    }

    private func isBreakAllowed(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let before = scalars[index - 1]
        let after = scalars[index]
        if LineBreaker.noStart.contains(after) || LineBreaker.noEnd.contains(before) { return false }
        // Numbers and Latin words stay whole.
        let isWord: (Unicode.Scalar) -> Bool = {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
        return !(isWord(before) && isWord(after))
    }

    /// After `的` or before a conjunction: places where a Chinese title reads well broken.
    private func isPreferredBreak(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        scalars[index - 1] == "的" || ["暨", "及", "和", "与"].contains(scalars[index])
    }

    private func firstIndex(of word: String, in scalars: [Unicode.Scalar]) -> Int? {
        let needle = Array(word.unicodeScalars)
        guard scalars.count >= needle.count else { return nil }
        return (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }
    }
}
