import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// A source file as `fmt` edits it: its lines as Unicode scalars, each with the line end it had
/// (LF, CRLF or a lone CR) and the byte-order mark if it had one, so that everything `fmt` does not
/// change comes back byte for byte.
///
/// Lines and columns count as everywhere else (`SourceText`): CRLF and CR end a line like LF, and
/// columns are scalars from 1, the byte-order mark not counted.
package struct EditableSource {
    private var hasByteOrderMark: Bool
    private var lines: [[Unicode.Scalar]]
    /// The line end after each line; the last line's is empty when the file does not end with one.
    private var lineEnds: [String]

    /// Nil when the bytes are not valid UTF-8 (or hold NUL): positions could not be trusted.
    init?(bytes: [UInt8]) {
        var body = bytes[...]
        hasByteOrderMark = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hasByteOrderMark { body = body.dropFirst(3) }
        guard !body.contains(0), let text = String(validating: body, as: UTF8.self) else { return nil }
        lines = [[]]
        lineEnds = []
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" {
                    lineEnds.append("\r\n")
                    lines.append([])
                    continue
                }
                lineEnds.append("\r")
                lines.append([])
            }
            switch scalar {
            case "\r": pendingCR = true
            case "\n":
                lineEnds.append("\n")
                lines.append([])
            default: lines[lines.count - 1].append(scalar)
            }
        }
        if pendingCR {
            lineEnds.append("\r")
            lines.append([])
        }
        lineEnds.append("")
    }

    /// The characters of a range on one line, or nil when it is not inside the file.
    func text(_ range: SourceRange) -> String? {
        guard range.start.line == range.end.line, (1...lines.count).contains(range.start.line) else { return nil }
        let line = lines[range.start.line - 1]
        let lower = range.start.column - 1
        let upper = range.end.column - 1
        guard lower >= 0, lower <= upper, upper <= line.count else { return nil }
        return String(String.UnicodeScalarView(line[lower..<upper]))
    }

    /// The scalars of line `number` (1-based), or an empty line past the end.
    func line(_ number: Int) -> [Unicode.Scalar] {
        (1...lines.count).contains(number) ? lines[number - 1] : []
    }

    /// Applies `edits`, from the end of the file backwards so that earlier positions stay valid.
    /// An edit that overlaps one already applied, or whose range no longer holds its original text,
    /// is left out. Returns the edits applied.
    mutating func apply(_ edits: [TextEdit]) -> [TextEdit] {
        var applied: [TextEdit] = []
        var lowestStart: SourceLocation?
        for edit in edits.sorted().reversed() {
            if let lowestStart, edit.range.end > lowestStart { continue }
            guard text(edit.range) == edit.original else { continue }
            let index = edit.range.start.line - 1
            let lower = edit.range.start.column - 1
            let upper = edit.range.end.column - 1
            lines[index].replaceSubrange(lower..<upper, with: Array(edit.replacement.unicodeScalars))
            lowestStart = edit.range.start
            applied.append(edit)
        }
        return applied.reversed()
    }

    /// The file's bytes.
    var bytes: [UInt8] {
        var out: [UInt8] = hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for (line, end) in zip(lines, lineEnds) {
            out += Array(String(String.UnicodeScalarView(line)).utf8)
            out += Array(end.utf8)
        }
        return out
    }
}
