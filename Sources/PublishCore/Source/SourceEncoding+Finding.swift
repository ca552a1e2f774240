import Foundation

extension SourceEncoding {
    /// The one finding for a source file that is not UTF-8: where its first invalid byte is, what
    /// encoding the file is likely in, and the command that converts it. Nothing else in such a file
    /// is checked (`Checker`), since every other finding would be computed over misread characters.
    static func notUTF8Finding(_ bytes: [UInt8], path: String, at range: SourceRange, invalidLines: Int) -> Diagnostic {
        let guess = guess(bytes)
        let message: Message
        let fix: Message
        let convert = Message("source.encoding.convert", shellQuoted(path), shellQuoted(folder(of: path)))
        let saveAsUTF8 = Message("source.encoding.save-as-utf8")
        switch guess {
        case .encoding(let encoding):
            message = Message("source.encoding.other", encoding.name)
            fix = convert
        case .utf16WithoutByteOrderMark:
            message = Message("source.encoding.utf16-without-bom")
            fix = saveAsUTF8
        case .damagedUTF8:
            message = Message("source.encoding.damaged-utf8")
            fix = Message("source.encoding.damaged-utf8.fix")
        case .unknown:
            message = Message("source.encoding.unknown")
            fix = saveAsUTF8
        }
        var notes: [Message] = []
        if invalidLines > 1 { notes.append(Message("source.encoding.invalid-lines", invalidLines)) }
        notes.append(Message("source.encoding.nothing-else-checked"))
        return Diagnostic(
            rule: PipelineRule.invalidUTF8.id, severity: .error, message: message, file: path, range: range, notes: notes,
            fix: fix)
    }

    /// The folder of `path` as the user named it (`.` for a bare name).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` as a shell word: unchanged when it holds only safe characters, else in single quotes.
    private static func shellQuoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_./".unicodeScalars.contains(scalar))
        }
        return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
