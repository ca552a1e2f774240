import Foundation
import PublishCore

/// Finds where inline literals sit in a block's source lines.
///
/// libcmark-gfm reports reliable positions for blocks only, so the parser walks the block's lines
/// with a cursor and looks each literal up in order. A literal that differs from its source (an
/// entity such as `&amp;`, a backslash escape) is not found; it then gets the cursor's position,
/// which is still on the right line.
///
/// The search runs on UTF-8 bytes: a literal's bytes can only be found where its scalars start, so
/// the first match of the bytes is the first match of the scalars. Columns are counted in scalars
/// only over the bytes the cursor moves across.
package struct InlineLocator {
    private let source: SourceText
    private let lastLine: Int
    private var line: Int
    private var column: Int
    /// The cursor as a byte offset in its line; nil when the column lies past the line's end.
    private var byteOffset: Int?

    package init(source: SourceText, range: SourceRange) {
        self.source = source
        self.lastLine = max(range.end.line, range.start.line)
        self.line = range.start.line
        self.column = range.start.column
        self.byteOffset = source.byteOffset(line: range.start.line, scalarColumn: range.start.column)
    }

    package var cursor: SourceLocation { SourceLocation(line: line, column: column) }

    /// The range of `literal`, searched from the cursor to the block's last line.
    package mutating func locate(_ literal: String) -> SourceRange {
        var literal = literal
        literal.makeContiguousUTF8()
        return literal.utf8.withContiguousStorageIfAvailable { bytes in
            locate(firstLineOf: bytes)
        }!
    }

    /// `locate(String(cString: literal))`, and that string: copied from the source line when the
    /// whole literal is found there, which spares decoding and validating its bytes again (the
    /// source is valid UTF-8). A null pointer is the empty literal.
    package mutating func locate(cString literal: UnsafePointer<CChar>?) -> (text: String, range: SourceRange) {
        guard let literal else { return ("", locate("")) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
        let before = self
        let range = locate(firstLineOf: bytes)
        if let found = lastFound, found.bytes.count == bytes.count {
            let line = source.line(found.line)
            let utf8 = line.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: found.bytes.lowerBound)
            let end = utf8.index(start, offsetBy: found.bytes.count)
            return (String(line[start..<end]), range)
        }
        // Not found whole (a literal of several lines, an entity, an escape): as `locate(_:)`
        // finds it, from where the cursor was (the bytes searched are the string's unless the
        // string had to repair them).
        let text = String(cString: literal)
        if text.utf8.elementsEqual(bytes) { return (text, range) }
        self = before
        return (text, locate(text))
    }

    /// Where the last `locate(firstLineOf:)` found its needle: the line and the bytes in it.
    private var lastFound: (line: Int, bytes: Range<Int>)?

    /// Only the literal's first line is looked for (as `split(separator: "\n")` cuts a string: a
    /// `\n` after `\r` belongs to the character `\r\n` and does not end the line).
    private mutating func locate(firstLineOf literal: UnsafeBufferPointer<UInt8>) -> SourceRange {
        lastFound = nil
        func endsLine(_ offset: Int) -> Bool {
            literal[offset] == 0x0A && (offset == 0 || literal[offset - 1] != 0x0D)
        }
        var needleEnd = 0
        while needleEnd < literal.count, !endsLine(needleEnd) { needleEnd += 1 }
        let needle = UnsafeBufferPointer(rebasing: literal[0..<needleEnd])
        guard !needle.isEmpty else { return SourceRange(at: cursor) }
        let needleScalars = UTF8Bytes.scalarCount(needle)
        var searchLine = line
        while searchLine <= lastLine {
            let from = searchLine == line ? byteOffset : 0
            let fromColumn = searchLine == line ? column : 1
            if let from {
                let found: (start: Int, end: Int)? = source.withUTF8(ofLine: searchLine) { bytes in
                    guard let start = UTF8Bytes.firstOffset(of: needle, in: bytes, from: from) else { return nil }
                    let startColumn = fromColumn + UTF8Bytes.scalarCount(bytes, in: from..<start)
                    return (startColumn, start + needle.count)
                }
                if let found {
                    let start = SourceLocation(line: searchLine, column: found.start)
                    let end = SourceLocation(line: searchLine, column: found.start + needleScalars)
                    line = searchLine
                    column = end.column
                    byteOffset = found.end
                    lastFound = (searchLine, (found.end - needle.count)..<found.end)
                    return SourceRange(start: start, end: end)
                }
            }
            searchLine += 1
        }
        let here = cursor
        return SourceRange(start: here, end: SourceLocation(line: here.line, column: here.column + needleScalars))
    }

    /// Moves the cursor to the start of the next line and returns where the break was.
    package mutating func lineBreak() -> SourceLocation {
        let here = SourceLocation(line: line, column: source.line(line).utf8ScalarCount + 1)
        if line < lastLine {
            line += 1
            column = 1
            byteOffset = 0
        }
        return here
    }
}
