import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// A piece of one source line around a finding, for the human format: about `width` display
/// columns (a Chinese character takes two), `…` where the line was cut, and the carets under the
/// spans it shows.
///
/// Notices put a whole paragraph on one line, 300 characters and more; quoting it whole buries the
/// place the caret points at under several terminal lines.
package struct SourceWindow {
    /// The text to print after the gutter.
    var text: String
    /// The caret line to print after the gutter (no trailing spaces).
    var carets: String
    /// The spans (scalar offsets in the line) that fell outside the window.
    var outside: [Range<Int>]

    static let cut = "…"

    /// `line` cut to about `width` columns around `focus`; `spans` (focus included) are marked
    /// with `^~~` where they fall inside. Offsets count Unicode scalars from 0.
    init(line: Substring, focus: Range<Int>, spans: [Range<Int>], width: Int = 40) {
        let scalars = Array(line.unicodeScalars)
        let count = scalars.count
        func columns(_ index: Int) -> Int { index < count ? Self.columns(scalars[index]) : 1 }
        let focusStart = min(max(focus.lowerBound, 0), count)
        let focusEnd = min(max(focus.upperBound, focusStart + 1), max(count, focusStart + 1))

        // Start about a third of the width before the focus, then fill the width to the right;
        // at the end of the line, give the room back to the left.
        var start = focusStart
        var used = 0
        while start > 0, used + columns(start - 1) <= width / 3 {
            start -= 1
            used += columns(start)
        }
        var end = focusStart
        used = (start..<focusStart).reduce(0) { $0 + columns($1) }
        while end < count, used + columns(end) <= width || end < focusEnd {
            used += columns(end)
            end += 1
        }
        while start > 0, used + columns(start - 1) <= width {
            start -= 1
            used += columns(start)
        }
        let leftCut = start > 0
        let rightCut = end < count

        var text = leftCut ? Self.cut : ""
        text += String(String.UnicodeScalarView(scalars[start..<end]))
        if rightCut { text += Self.cut }
        self.text = text

        // One cell per column of the window; tabs stay tabs so the caret lines up in a terminal.
        var cells: [String] = leftCut ? Array(repeating: " ", count: Self.columns(Self.cut.unicodeScalars.first!)) : []
        var cellOfScalar: [Int: Int] = [:]
        for index in start..<max(end, focusEnd) {
            cellOfScalar[index] = cells.count
            if index < count, scalars[index] == "\t" {
                cells.append("\t")
            } else {
                cells += Array(repeating: " ", count: columns(index))
            }
        }
        var outside: [Range<Int>] = []
        for span in spans {
            let lower = min(max(span.lowerBound, 0), count)
            let upper = min(max(span.upperBound, lower + 1), max(count, lower + 1))
            guard let first = cellOfScalar[lower], lower >= start, lower < max(end, focusEnd) else {
                outside.append(span)
                continue
            }
            let last = (lower..<upper).reduce(first) { last, index in
                guard let cell = cellOfScalar[index] else { return last }
                return cell + columns(index) - 1
            }
            for cell in first...last where cell < cells.count {
                cells[cell] = cell == first ? "^" : (cells[cell] == "^" ? "^" : "~")
            }
        }
        var carets = cells.joined()
        while carets.hasSuffix(" ") { carets.removeLast() }
        self.carets = carets
        self.outside = outside
    }

    static func columns(_ scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? 1 : CharacterClass.displayWidth(scalar)
    }
}
