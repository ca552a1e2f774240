import Foundation

/// The text of one source file, decoded and normalised, with the table that maps positions.
///
/// Clerks paste from Word and web pages, so the decoder accepts what those produce: a byte-order
/// mark is dropped, CRLF and lone CR become LF, NUL becomes U+FFFD, and bytes that are not UTF-8 are
/// replaced by U+FFFD. A NUL is reported at its line and column; a file that is not UTF-8 gets one
/// finding, at its first invalid byte, that names the encoding it is likely in
/// (`SourceEncoding.notUTF8Finding`).
public struct SourceText: Sendable {
    /// The file as the user named it; used in diagnostics.
    public let path: String
    /// The normalised text: no BOM, `\n` line ends, no NUL.
    public let text: String
    /// The lines of `text`, without their `\n`. Line `n` of the file is `lines[n - 1]`.
    public var lines: SourceLines { SourceLines(text: text, starts: lineStarts) }
    /// Where each line starts in `text`'s UTF-8: line `n` at `lineStarts[n - 1]`; at least one.
    package let lineStarts: [Int]
    /// What decoding found: invalid UTF-8, NUL bytes.
    public let diagnostics: [Diagnostic]

    /// Decodes raw file bytes.
    public init(bytes: [UInt8], path: String) {
        self.path = path
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let (text, diagnostics) = SourceText.decode(body, path: path)
        self.text = text
        self.lineStarts = SourceText.withUTF8(of: text, SourceLineBytes.lineStarts)
        self.diagnostics = diagnostics
    }

    /// Wraps text that is already a Swift string (tests, stdin already decoded).
    public init(string: String, path: String) {
        self.init(bytes: Array(string.utf8), path: path)
    }

    // MARK: - Positions

    /// The source line `line` (1-based), or an empty line past the end.
    public func line(_ line: Int) -> Substring {
        guard line >= 1, line <= lineStarts.count else { return "" }
        return lines[line - 1]
    }

    /// Converts a 1-based UTF-8 byte column on `line` (as libcmark-gfm reports it) into a 1-based
    /// column in Unicode scalars.
    public func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1 else { return 1 }
        return withLineBytes { $0.scalarColumn(line: line, byteColumn: byteColumn) }
    }

    /// The byte offset in `line` where 1-based scalar column `scalarColumn` starts; the line's
    /// length for the column just past its end, nil for a column further out.
    package func byteOffset(line: Int, scalarColumn: Int) -> Int? {
        withLineBytes { $0.byteOffset(line: line, scalarColumn: scalarColumn) }
    }

    /// Calls `body` with the text's bytes and its line starts, lent for the call: positions read
    /// off them with no `Substring` per line.
    package func withLineBytes<Result>(_ body: (SourceLineBytes) -> Result) -> Result {
        SourceText.withUTF8(of: text) { bytes in
            lineStarts.withUnsafeBufferPointer { starts in
                body(SourceLineBytes(bytes: bytes, lineStarts: starts))
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text` (a native string's own storage).
    private static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The location just past the last character of the file.
    public var endLocation: SourceLocation {
        SourceLocation(line: lineStarts.count, column: withLineBytes { UTF8ScalarCount.of($0.line($0.lineCount)) } + 1)
    }

    // MARK: - Decoding

    private static func decode(_ bytes: ArraySlice<UInt8>, path: String) -> (String, [Diagnostic]) {
        // Fast path: valid UTF-8 with nothing to normalise.
        // The bytes are checked once (`UTF8Validation`), and the string made of them is not
        // checked again.
        let plain: String? = bytes.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return "" }
            if memchr(start, 0x0D, buffer.count) != nil || memchr(start, 0x00, buffer.count) != nil { return nil }
            return UTF8Validation.string(validating: buffer)
        }
        if let plain { return (plain, []) }
        var scalars = String.UnicodeScalarView()
        var diagnostics: [Diagnostic] = []
        var line = 1
        var column = 1
        var invalidLines = Set<Int>()
        var firstInvalid: SourceRange?
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var pendingCR = false
        func here() -> SourceRange {
            SourceRange(start: SourceLocation(line: line, column: column),
                        end: SourceLocation(line: line, column: column + 1))
        }
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if pendingCR {
                    pendingCR = false
                    if scalar == "\n" { continue loop }  // CRLF: the LF was already emitted for the CR
                }
                switch scalar {
                case "\r":
                    scalars.append("\n")
                    line += 1
                    column = 1
                    pendingCR = true
                case "\n":
                    scalars.append("\n")
                    line += 1
                    column = 1
                case "\u{0}":
                    diagnostics.append(Diagnostic(
                        rule: PipelineRule.nulByte.id, severity: .error,
                        message: Message("source.nul-byte"), file: path, range: here(),
                        notes: [Message("source.nul-byte.replaced")],
                        fix: Message("source.nul-byte.fix")))
                    scalars.append("\u{FFFD}")
                    column += 1
                default:
                    scalars.append(scalar)
                    column += 1
                }
            case .error:
                pendingCR = false
                invalidLines.insert(line)
                if firstInvalid == nil { firstInvalid = here() }
                scalars.append("\u{FFFD}")
                column += 1
            case .emptyInput:
                break loop
            }
        }
        // A file that is not UTF-8 gets one finding, which names the encoding it is likely in;
        // NUL bytes then come from that encoding (UTF-16) and are not reported on their own.
        if let firstInvalid {
            let finding = SourceEncoding.notUTF8Finding(
                Array(bytes), path: path, at: firstInvalid, invalidLines: invalidLines.count)
            return (String(scalars), [finding])
        }
        return (String(scalars), diagnostics)
    }
}
