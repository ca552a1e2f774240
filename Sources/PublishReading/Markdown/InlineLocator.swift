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
    /// The source's bytes and line starts, lent for the parse: a line's bytes without a
    /// `Substring` (a retain and a release) each time one is searched.
    private let lines: SourceLineBytes
    private let lastLine: Int
    private var line: Int
    private var column: Int
    /// The cursor as a byte offset in its line; nil when the column lies past the line's end.
    private var byteOffset: Int?
    /// The column just past the end of the block's last line, when the block's range says so: a
    /// literal found up to that line's end ends there without counting its scalars again.
    private let lastLineEndColumn: Int?

    /// Keeps the bytes `lines` points into alive when the locator made its own copy of them
    /// (`init(source:range:lastLineEndColumn:)`); nil when they are lent by the caller.
    private let storage: LineBytesCopy?

    /// `lastLineEndColumn`: the column just past the end of line `range.end.line` (the line's
    /// scalars + 1), if the caller has counted it; nil if not. `lines` must stay valid while the
    /// locator is used (the parser lends them for the whole conversion).
    package init(lines: SourceLineBytes, range: SourceRange, lastLineEndColumn: Int? = nil) {
        self.init(lines: lines, storage: nil, range: range, lastLineEndColumn: lastLineEndColumn)
    }

    /// A locator over its own copy of the source's bytes, for callers that hold no lent bytes.
    package init(source: SourceText, range: SourceRange, lastLineEndColumn: Int? = nil) {
        let storage = LineBytesCopy(source)
        self.init(lines: storage.lines, storage: storage, range: range, lastLineEndColumn: lastLineEndColumn)
    }

    private init(lines: SourceLineBytes, storage: LineBytesCopy?, range: SourceRange, lastLineEndColumn: Int?) {
        self.lines = lines
        self.storage = storage
        self.lastLine = max(range.end.line, range.start.line)
        self.line = range.start.line
        self.column = range.start.column
        self.byteOffset = lines.byteOffset(line: range.start.line, scalarColumn: range.start.column)
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
        // The cursor, to search again from.
        let before = (line, column, byteOffset)
        let range = locate(firstLineOf: bytes)
        if let found = lastFound, found.bytes.count == bytes.count, UTF8Validation.isWhole(bytes) {
            // Found whole (the literal has no line break): its bytes are the source's valid UTF-8,
            // and they start and end at scalar boundaries (`isWhole`), so a string of them needs
            // no checking. It is ASCII when it has as many scalars as bytes.
            let isASCII = found.scalars.map { $0 == bytes.count }
            return (UTF8Validation.string(unchecked: bytes, isASCII: isASCII), range)
        }
        // Not found whole (a literal of several lines, an entity, an escape): as `locate(_:)`
        // finds it, from where the cursor was (the bytes searched are the string's unless the
        // string had to repair them).
        let text = String(cString: literal)
        if text.utf8.elementsEqual(bytes) { return (text, range) }
        (line, column, byteOffset) = before
        return (text, locate(text))
    }

    /// Where the last `locate(firstLineOf:)` found its needle: the line, the bytes in it, and the
    /// needle's scalars when they were counted.
    private var lastFound: (line: Int, bytes: Range<Int>, scalars: Int?)?

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
                let bytes = lines.line(searchLine)
                if let start = InlineLocator.firstOffset(of: needle, in: bytes, from: from) {
                    let startColumn = start == from ? fromColumn : fromColumn + UTF8ScalarCount.of(bytes, in: from..<start)
                    let end = start + needle.count
                    var scalars: Int? = nil
                    let endColumn: Int
                    if end == bytes.count, let knownEnd {
                        endColumn = knownEnd
                    } else {
                        let counted = UTF8ScalarCount.of(needle)
                        scalars = counted
                        endColumn = startColumn + counted
                    }
                    line = searchLine
                    column = endColumn
                    byteOffset = end
                    lastFound = (searchLine, start..<end, scalars)
                    return SourceRange(
                        start: SourceLocation(line: searchLine, column: startColumn),
                        end: SourceLocation(line: searchLine, column: endColumn))
                }
            }
            searchLine += 1
        }
        let here = cursor
        return SourceRange(start: here, end: SourceLocation(line: here.line, column: here.column + UTF8ScalarCount.of(needle)))
    }

    /// `UTF8Bytes.firstOffset(of:in:from:)`, trying `from` itself first: a literal mostly starts
    /// where the one before it ended.
    @inline(__always)
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int)
        -> Int?
    {
        if let haystackStart = haystack.baseAddress, let needleStart = needle.baseAddress, from >= 0,
            needle.count <= haystack.count - from, memcmp(haystackStart + from, needleStart, needle.count) == 0
        {
            return from
        }
        return UTF8Bytes.firstOffset(of: needle, in: haystack, from: from)
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

    /// Moves the cursor to the start of the next line and returns where the break was.
    package mutating func lineBreak() -> SourceLocation {
        // The scalars after the cursor only: those before it are counted in its column.
        let endColumn: Int
        if line == lastLine, let known = lastLineEndColumn {
            endColumn = known
        } else if let offset = byteOffset {
            let bytes = lines.line(line)
            endColumn = column + UTF8ScalarCount.of(bytes, in: offset..<bytes.count)
        } else {
            endColumn = UTF8ScalarCount.of(lines.line(line)) + 1
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

/// A copy of a source's bytes and line starts that lives as long as the locators that read it.
private final class LineBytesCopy {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let lineStarts: UnsafeMutableBufferPointer<Int>

    init(_ source: SourceText) {
        let utf8 = Array(source.text.utf8)
        bytes = .allocate(capacity: utf8.count)
        _ = bytes.initialize(from: utf8)
        lineStarts = .allocate(capacity: source.lineStarts.count)
        _ = lineStarts.initialize(from: source.lineStarts)
    }

    var lines: SourceLineBytes {
        SourceLineBytes(bytes: UnsafeBufferPointer(bytes), lineStarts: UnsafeBufferPointer(lineStarts))
    }

    deinit {
        bytes.deallocate()
        lineStarts.deallocate()
    }
}
