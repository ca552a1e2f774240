/// The text of one source file, decoded and normalised, with the table that maps positions.
///
/// Clerks paste from Word and web pages, so the decoder accepts what those produce: a byte-order
/// mark is dropped, CRLF and lone CR become LF, NUL becomes U+FFFD, and bytes that are not UTF-8 are
/// replaced by U+FFFD. Each replacement is reported as a diagnostic at its line and column.
public struct SourceText: Sendable {
    /// The file as the user named it; used in diagnostics.
    public let path: String
    /// The normalised text: no BOM, `\n` line ends, no NUL.
    public let text: String
    /// The lines of `text`, without their `\n`. Line `n` of the file is `lines[n - 1]`.
    public let lines: [Substring]
    /// What decoding found: invalid UTF-8, NUL bytes.
    public let diagnostics: [Diagnostic]

    /// Decodes raw file bytes.
    public init(bytes: [UInt8], path: String) {
        self.path = path
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let (text, diagnostics) = SourceText.decode(body, path: path)
        self.text = text
        // Split on the byte: splitting by Character would run grapheme breaking over the file.
        var lines: [Substring] = []
        var lineStart = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x0A {
            lines.append(text[lineStart..<index])
            lineStart = text.utf8.index(after: index)
        }
        lines.append(text[lineStart...])
        self.lines = lines
        self.diagnostics = diagnostics
    }

    /// Wraps text that is already a Swift string (tests, stdin already decoded).
    public init(string: String, path: String) {
        self.init(bytes: Array(string.utf8), path: path)
    }

    // MARK: - Positions

    /// The source line `line` (1-based), or an empty line past the end.
    public func line(_ line: Int) -> Substring {
        guard line >= 1, line <= lines.count else { return "" }
        return lines[line - 1]
    }

    /// Converts a 1-based UTF-8 byte column on `line` (as libcmark-gfm reports it) into a 1-based
    /// column in Unicode scalars.
    public func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1 else { return 1 }
        // Count the scalars that start before the byte: every byte that is not a continuation byte
        // starts one. A column inside a multi-byte scalar rounds down to that scalar.
        var column = 0
        for byte in self.line(line).utf8.prefix(byteColumn - 1) where byte & 0xC0 != 0x80 {
            column += 1
        }
        let pointsInsideScalar = self.line(line).utf8.dropFirst(byteColumn - 1).first.map { $0 & 0xC0 == 0x80 } ?? false
        return pointsInsideScalar ? column : column + 1
    }

    /// The location just past the last character of the file.
    public var endLocation: SourceLocation {
        SourceLocation(line: max(lines.count, 1), column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    // MARK: - Decoding

    private static func decode(_ bytes: ArraySlice<UInt8>, path: String) -> (String, [Diagnostic]) {
        // Fast path: valid UTF-8 with nothing to normalise.
        if !bytes.contains(where: { $0 == 0x0D || $0 == 0x00 }),
            let text = String(validating: bytes, as: UTF8.self)
        {
            return (text, [])
        }
        var scalars = String.UnicodeScalarView()
        var diagnostics: [Diagnostic] = []
        var line = 1
        var column = 1
        var reportedInvalidLines = Set<Int>()
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
                        rule: "parse/nul-byte", severity: .error,
                        message: "the file contains a NUL byte", file: path, range: here(),
                        notes: ["it was replaced by U+FFFD"],
                        fix: "delete the invisible character at this position"))
                    scalars.append("\u{FFFD}")
                    column += 1
                default:
                    scalars.append(scalar)
                    column += 1
                }
            case .error:
                pendingCR = false
                if reportedInvalidLines.insert(line).inserted {
                    diagnostics.append(Diagnostic(
                        rule: "parse/invalid-utf8", severity: .error,
                        message: "the file is not valid UTF-8 here", file: path, range: here(),
                        notes: ["the bytes were replaced by U+FFFD; files saved as GBK or GB18030 look like this"],
                        fix: "save the file as UTF-8 (in Word: 另存为 → 纯文本 → Unicode (UTF-8))"))
                }
                scalars.append("\u{FFFD}")
                column += 1
            case .emptyInput:
                break loop
            }
        }
        return (String(scalars), diagnostics)
    }
}
