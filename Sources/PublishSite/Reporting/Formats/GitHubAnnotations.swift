import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as GitHub Actions workflow commands, one per line:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
public enum GitHubAnnotations {
    public static func format(_ diagnostics: [Diagnostic], language: Language = .english) -> String {
        String(decoding: bytes(diagnostics.sorted(), language: language), as: UTF8.self)
    }

    /// The commands for `diagnostics` in the order given, as UTF-8.
    ///
    /// A file of imported text has hundreds of findings saying one of a few things: a finding's
    /// message (with its fix), put together and escaped, is kept for the findings after it that
    /// share its box or say the same and for the other files (`escapedMessages`); the file's name
    /// and each rule are escaped once (`FindingPieces`), the commands written straight into the
    /// array returned.
    static func bytes(_ diagnostics: [Diagnostic], language: Language) -> [UInt8] {
        // The fixed pieces add up to under 100 bytes, four numbers to 80.
        let pieces = FindingPieces(
            diagnostics, perFinding: 300, file: { escaped($0, alsoSeparators: true) }, rule: { escaped($0, alsoSeparators: true) }
        ) { finding in
            escapedMessages.value(of: finding, in: language) { d, language in
                escaped(message(of: d, in: language), alsoSeparators: false)
            }
        }
        return pieces.bytes { index, part, stored, start in
            let range = diagnostics[index].range
            var cursor = start
            switch diagnostics[index].severity {
            case .error: cursor.put("::error file=")
            case .warning: cursor.put("::warning file=")
            case .note: cursor.put("::notice file=")
            }
            cursor.put(stored[part.file])
            cursor.put(",line=")
            cursor.put(decimal: range.start.line)
            cursor.put(",col=")
            cursor.put(decimal: range.start.column)
            cursor.put(",endLine=")
            cursor.put(decimal: range.end.line)
            cursor.put(",endColumn=")
            cursor.put(decimal: range.end.column)
            cursor.put(",title=")
            cursor.put(stored[part.rule])
            cursor.put("::")
            cursor.put(stored[part.text])
            cursor.put("\n")
            return cursor
        }
    }

    /// Findings' messages with their fixes, escaped (`message(of:in:)`), shared by the files of a run.
    private static let escapedMessages = FindingTextTable<[UInt8]>()

    /// A finding's message, and on a second line its fix.
    static func message(of d: Diagnostic, in language: Language) -> String {
        var message = d.message.text(in: language)
        if let fix = d.fix { message += "\n" + Message("printer.labelled", Message("printer.fix"), fix).text(in: language) }
        return message
    }

    /// The escaping the runner expects in a command's message.
    static func escapeData(_ text: String) -> String {
        String(decoding: escaped(text, alsoSeparators: false), as: UTF8.self)
    }

    /// The escaping the runner expects in a property value.
    static func escapeProperty(_ text: String) -> String {
        String(decoding: escaped(text, alsoSeparators: true), as: UTF8.self)
    }

    /// `text`'s UTF-8 with `%`, CR and LF (and in a property `:` and `,`) as `%XX`, byte by byte: a
    /// check of imported text writes hundreds of thousands of these.
    private static func escaped(_ text: String, alsoSeparators: Bool) -> [UInt8] {
        func escaped(_ byte: UInt8) -> StaticString? {
            switch byte {
            case UInt8(ascii: "%"): "%25"
            case 0x0D: "%0D"
            case 0x0A: "%0A"
            case UInt8(ascii: ":") where alsoSeparators: "%3A"
            case UInt8(ascii: ",") where alsoSeparators: "%2C"
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let replacement = escaped(byte) {
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }
}
