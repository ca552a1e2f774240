/// Finds where inline literals sit in a block's source lines.
///
/// libcmark-gfm reports reliable positions for blocks only, so the parser walks the block's lines
/// with a cursor and looks each literal up in order. A literal that differs from its source (an
/// entity such as `&amp;`, a backslash escape) is not found; it then gets the cursor's position,
/// which is still on the right line.
struct InlineLocator {
    private let source: SourceText
    private let lastLine: Int
    private var line: Int
    private var column: Int

    init(source: SourceText, range: SourceRange) {
        self.source = source
        self.lastLine = max(range.end.line, range.start.line)
        self.line = range.start.line
        self.column = range.start.column
    }

    var cursor: SourceLocation { SourceLocation(line: line, column: column) }

    /// The range of `literal`, searched from the cursor to the block's last line.
    mutating func locate(_ literal: String) -> SourceRange {
        let needle = Array((literal.split(separator: "\n", omittingEmptySubsequences: false).first ?? "").unicodeScalars)
        guard !needle.isEmpty else { return SourceRange(at: cursor) }
        var searchLine = line
        var fromColumn = column
        while searchLine <= lastLine {
            let scalars = source.line(searchLine).unicodeScalars
            if fromColumn - 1 <= scalars.count {
                let from = scalars.index(scalars.startIndex, offsetBy: fromColumn - 1)
                if let found = scalars[from...].firstRange(of: needle) {
                    let startColumn = scalars.distance(from: scalars.startIndex, to: found.lowerBound) + 1
                    let start = SourceLocation(line: searchLine, column: startColumn)
                    let end = SourceLocation(line: searchLine, column: startColumn + needle.count)
                    line = searchLine
                    column = end.column
                    return SourceRange(start: start, end: end)
                }
            }
            searchLine += 1
            fromColumn = 1
        }
        let here = cursor
        return SourceRange(start: here, end: SourceLocation(line: here.line, column: here.column + needle.count))
    }

    /// Moves the cursor to the start of the next line and returns where the break was.
    mutating func lineBreak() -> SourceLocation {
        let here = SourceLocation(line: line, column: source.line(line).unicodeScalars.count + 1)
        if line < lastLine {
            line += 1
            column = 1
        }
        return here
    }
}
