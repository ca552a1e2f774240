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
        self.init(scalars: line.scalarArray, focus: focus, spans: spans, width: width)
    }

    /// The window over a line given as its scalars (the printer has them already, for the quotes
    /// of the findings the window does not show).
    init(scalars: [Unicode.Scalar], focus: Range<Int>, spans: [Range<Int>], width: Int = 40) {
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

        // The scalars encoded in one go (`String(scalars:)`): appended to the string's scalars one
        // by one, they cost hundreds of instructions each.
        var text = leftCut ? Self.cut : ""
        text += String(scalars: scalars[start..<end])
        if rightCut { text += Self.cut }
        self.text = text

        // One cell (an ASCII byte) per column of the window; tabs stay tabs so the caret lines up
        // in a terminal. `cellOfScalar[i]` is where the scalar `start + i` begins.
        let shown = start..<max(end, focusEnd)
        var cells: [UInt8] = []
        cells.reserveCapacity(2 * shown.count + 2)
        if leftCut { cells.append(UInt8(ascii: " "), times: Self.columns(Self.cut.unicodeScalars.first!)) }
        var cellOfScalar: [Int] = []
        cellOfScalar.reserveCapacity(shown.count)
        for index in shown {
            cellOfScalar.append(cells.count)
            if index < count, scalars[index] == "\t" {
                cells.append(UInt8(ascii: "\t"))
            } else {
                cells.append(UInt8(ascii: " "), times: columns(index))
            }
        }
        func cellWhere(scalarStarts index: Int) -> Int? { shown.contains(index) ? cellOfScalar[index - start] : nil }
        var outside: [Range<Int>] = []
        for span in spans {
            let lower = min(max(span.lowerBound, 0), count)
            let upper = min(max(span.upperBound, lower + 1), max(count, lower + 1))
            guard let first = cellWhere(scalarStarts: lower) else {
                outside.append(span)
                continue
            }
            var last = first
            for index in lower..<upper {
                if let cell = cellWhere(scalarStarts: index) { last = cell + columns(index) - 1 }
            }
            for cell in first...last where cell < cells.count {
                cells[cell] = cell == first || cells[cell] == UInt8(ascii: "^") ? UInt8(ascii: "^") : UInt8(ascii: "~")
            }
        }
        while cells.last == UInt8(ascii: " ") { cells.removeLast() }
        self.carets = String(decoding: cells, as: UTF8.self)
        self.outside = outside
    }

    static func columns(_ scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? 1 : CharacterClass.displayWidth(scalar)
    }
}

extension Array where Element == UInt8 {
    /// Appends `byte` `times` times.
    fileprivate mutating func append(_ byte: UInt8, times: Int) {
        // One by one: a cell is one or two columns, and `append(contentsOf: repeatElement(…))`
        // went through the generic sequence path, about ninety instructions a call.
        for _ in 0..<Swift.max(times, 0) { append(byte) }
    }
}
