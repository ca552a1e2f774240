import Foundation

extension SourceEncoding {
    /// The one finding for a source file that is not UTF-8: where its first invalid byte is, what
    /// encoding the file is likely in, and the command that converts it. Nothing else in such a file
    /// is checked (`Checker`), since every other finding would be computed over misread characters.
    static func notUTF8Finding(_ bytes: [UInt8], path: String, at range: SourceRange, invalidLines: Int) -> Diagnostic {
        let guess = guess(bytes)
        let message: String
        let fix: String
        let convert =
            "convert it to UTF-8 in place with `publish import \(shellQuoted(path)) -o \(shellQuoted(folder(of: path))) --force`"
            + " (a notice in this format keeps its text; only the encoding changes)"
        let saveAsUTF8 = "save it as UTF-8 (记事本: 另存为 → 编码 UTF-8; Word: 另存为 → 纯文本 → Unicode (UTF-8))"
        switch guess {
        case .encoding(let encoding):
            message = "the file is not UTF-8 but \(encoding); `check` and `build` read UTF-8 only"
            fix = convert
        case .utf16WithoutByteOrderMark:
            message = "the file is not UTF-8: it looks like UTF-16 without a byte-order mark"
            fix = saveAsUTF8
        case .damagedUTF8:
            message = "the file is UTF-8 with bytes here that are not UTF-8 (a damaged copy, or text cut short)"
            fix = "retype the characters at this position (they show as U+FFFD �)"
        case .unknown:
            message = "the file is not UTF-8, nor GB18030 or UTF-16/32 with a byte-order mark"
            fix = saveAsUTF8
        }
        var notes: [String] = []
        if invalidLines > 1 { notes.append("\(invalidLines) lines hold such bytes; this is the first") }
        notes.append(
            "nothing else in the file is checked until it is UTF-8: findings over misread characters would be noise")
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
