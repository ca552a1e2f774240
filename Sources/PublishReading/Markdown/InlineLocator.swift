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
    /// The source's lines only (`SourceText.lines`): a copy of the whole `SourceText` per block
    /// cost four retains and releases.
    private let lines: [Substring]
    private let lastLine: Int
    private var line: Int
    private var column: Int
    /// The cursor as a byte offset in its line; nil when the column lies past the line's end.
    private var byteOffset: Int?
    /// The column just past the end of the block's last line, when the block's range says so: a
    /// literal found up to that line's end ends there without counting its scalars again.
    private let lastLineEndColumn: Int?

    package init(source: SourceText, range: SourceRange) {
        self.init(source: source, range: range, lastLineEndColumn: nil)
    }

    /// `lastLineEndColumn`: the column just past the end of line `range.end.line` (the line's
    /// scalars + 1), if the caller has counted it; nil if not.
    package init(source: SourceText, range: SourceRange, lastLineEndColumn: Int?) {
        self.lines = source.lines
        self.lastLine = max(range.end.line, range.start.line)
        self.line = range.start.line
        self.column = range.start.column
        self.byteOffset = source.byteOffset(line: range.start.line, scalarColumn: range.start.column)
        self.lastLineEndColumn = range.end.line >= range.start.line ? lastLineEndColumn : nil
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
        // The cursor, to search again from (a copy of the whole locator would retain the source).
        let before = (line, column, byteOffset)
        let range = locate(firstLineOf: bytes)
        if let found = lastFound, found.bytes.count == bytes.count, UTF8Validation.isWhole(bytes) {
            // Found whole (the literal has no line break): its bytes are the source's valid UTF-8,
            // and they start and end at scalar boundaries (`isWhole`), so a string of them needs
            // no checking.
            return (UTF8Validation.string(unchecked: bytes), range)
        }
        // Not found whole (a literal of several lines, an entity, an escape): as `locate(_:)`
        // finds it, from where the cursor was (the bytes searched are the string's unless the
        // string had to repair them).
        let text = String(cString: literal)
        if text.utf8.elementsEqual(bytes) { return (text, range) }
        (line, column, byteOffset) = before
        return (text, locate(text))
    }

    /// Where the last `locate(firstLineOf:)` found its needle: the line and the bytes in it.
    private var lastFound: (line: Int, bytes: Range<Int>)?

    /// Only the literal's first line is looked for (as `split(separator: "\n")` cuts a string: a
    /// `\n` after `\r` belongs to the character `\r\n` and does not end the line).
    private mutating func locate(firstLineOf literal: UnsafeBufferPointer<UInt8>) -> SourceRange {
        lastFound = nil
        let needle = UnsafeBufferPointer(rebasing: literal[0..<InlineLocator.firstLineEnd(of: literal)])
        guard !needle.isEmpty else { return SourceRange(at: cursor) }
        var searchLine = line
        while searchLine <= lastLine {
            let from = searchLine == line ? byteOffset : 0
            let fromColumn = searchLine == line ? column : 1
            if let from {
                let knownEnd = searchLine == lastLine ? lastLineEndColumn : nil
                let found: (start: Int, endColumn: Int, end: Int)? = withBytes(ofLine: searchLine) { bytes in
                    guard let start = UTF8Bytes.firstOffset(of: needle, in: bytes, from: from) else { return nil }
                    let startColumn = fromColumn + UTF8Bytes.scalarCount(bytes, in: from..<start)
                    let end = start + needle.count
                    let endColumn = end == bytes.count && knownEnd != nil ? knownEnd! : startColumn + UTF8Bytes.scalarCount(needle)
                    return (startColumn, endColumn, end)
                }
                if let found {
                    let start = SourceLocation(line: searchLine, column: found.start)
                    let end = SourceLocation(line: searchLine, column: found.endColumn)
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
        return SourceRange(start: here, end: SourceLocation(line: here.line, column: here.column + UTF8Bytes.scalarCount(needle)))
    }

    /// Where the first line of `literal` ends: its first `\n` that does not follow `\r`, or its end.
    private static func firstLineEnd(of literal: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = literal.baseAddress else { return 0 }
        var from = 0
        while from < literal.count, let found = memchr(base + from, 0x0A, literal.count - from) {
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if offset == 0 || base[offset - 1] != 0x0D { return offset }
            from = offset + 1
        }
        return literal.count
    }

    /// `SourceText.line(_:)`: line `line` (1-based), or an empty line past the end.
    @inline(__always)
    private func lineText(_ line: Int) -> Substring {
        line >= 1 && line <= lines.count ? lines[line - 1] : ""
    }

    /// `source.withUTF8(ofLine:)`, specialised here: called from this module, the generic one is not,
    /// and its generic calls cost more than the search itself on a line of a soft-wrapped paragraph.
    @inline(__always)
    private func withBytes<Result>(ofLine line: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let text = lineText(line)
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Moves the cursor to the start of the next line and returns where the break was.
    package mutating func lineBreak() -> SourceLocation {
        // The scalars after the cursor only: those before it are counted in its column.
        let endColumn: Int
        if line == lastLine, let known = lastLineEndColumn {
            endColumn = known
        } else if let offset = byteOffset {
            endColumn = column + withBytes(ofLine: line) { UTF8Bytes.scalarCount($0, in: offset..<$0.count) }
        } else {
            endColumn = lineText(line).utf8ScalarCount + 1
        }
        let here = SourceLocation(line: line, column: endColumn)
        if line < lastLine {
            line += 1
            column = 1
            byteOffset = 0
        }
        return here
    }
}
