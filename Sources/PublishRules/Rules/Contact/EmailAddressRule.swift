import PublishCore
import PublishReading

/// Reports an e-mail address that cannot be written to: no `@` or two of them, no dot in the
/// domain, a space or a full-width character inside (`＠`, `。`, `．`), a dot at the start or end of
/// a part, two dots in a row, a character an address cannot hold.
///
/// Clerks type addresses with a Chinese input method on, which gives `＠` and `。`; a mail sent to
/// such an address bounces, and the public's opinions never arrive.
///
/// Example: `电子邮箱：ccnaxsxczgzb＠163.com`, `电子邮箱：ccnaxsxczgzb@163。com`
package struct EmailAddressRule: Rule {
    package let descriptor = RuleDescriptor(id: "contact/email", severity: .error)

    package struct Problem: Equatable {
        var message: Message
        /// Scalar offset in the address (its length for a problem just after it), or nil for the
        /// whole address.
        var offset: Int?
        var fix: Message?
    }

    package func check(_ context: CheckContext) -> [Finding] {
        (context.notice.closing?.contacts ?? []).compactMap { contact in
            guard contact.kind == .email else { return nil }
            let range = contact.valueRange
            // The text right after the address on its line: the interpreter stops at a space or a
            // `。`, which may stand inside the address the author meant.
            var following = ""
            if range.start.line == range.end.line {
                following = String(
                    scalars: context.source.line(range.end.line).unicodeScalars.dropFirst(range.end.column - 1))
            }
            guard let problem = Self.problem(in: contact.value, followedBy: following) else { return nil }
            var at = range
            if let offset = problem.offset, range.start.line == range.end.line {
                let start = SourceLocation(line: range.start.line, column: range.start.column + offset)
                at = SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1))
            }
            return Finding(problem.message, at: at, fix: problem.fix)
        }
    }

    package static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-".unicodeScalars)
    package static let domainCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-".unicodeScalars)

    /// What is wrong with an e-mail address as written, or nil. `following` is the text after it
    /// on its line, which tells a space or a `。` inside the address from the end of the sentence.
    package static func problem(in value: String, followedBy following: String = "") -> Problem? {
        let scalars = Array(value.unicodeScalars)
        let after = Array(following.unicodeScalars)
        let addressFix = Message("email.fix.half-width")

        // A full-width full stop or a space that cut the address short.
        if let first = after.first, ["。", "．", "｡"].contains(first), after.count > 1, isASCIIAlphanumeric(after[1]) {
            return Problem(
                message: Message("email.full-width-dot", first),
                offset: scalars.count, fix: addressFix)
        }
        let spaces = after.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.count
        if spaces > 0, spaces < after.count {
            let word = after[spaces...].prefix { $0.isASCII && $0 != " " && isASCIIAlphanumeric($0) || "@._-".unicodeScalars.contains($0) }
            if word.first == "@" || word.first == "." || scalars.last == "@" || scalars.last == "."
                || (!scalars.contains("@") && word.contains("@")) {
                return Problem(message: Message("email.space"), offset: scalars.count, fix: Message("email.fix.remove-space"))
            }
        }
        if let dots = Optional(after.prefix { $0 == "." }.count), dots > 0, dots < after.count,
            "。；;，,、）)：:".unicodeScalars.contains(after[dots]) {
            return Problem(message: Message("email.trailing-dot", value), offset: scalars.count, fix: Message("email.fix.remove-dot"))
        }

        if let index = scalars.firstIndex(where: { !$0.isASCII }) {
            let scalar = scalars[index]
            let message: Message
            switch scalar {
            case "＠": message = Message("email.full-width-at")
            case "。", "．", "｡": message = Message("email.full-width-dot", scalar)
            case "\u{FF01}"..."\u{FF5E}":
                let ascii = Unicode.Scalar(scalar.value - 0xFEE0)!
                message = Message("email.full-width-character", scalar, ascii)
            default: message = Message("email.bad-character", scalar)
            }
            return Problem(message: message, offset: index, fix: addressFix)
        }
        let ats = scalars.indices.filter { scalars[$0] == "@" }
        guard let at = ats.first else {
            return Problem(message: Message("email.no-at", value), offset: nil, fix: Message("email.fix.write-as"))
        }
        guard ats.count == 1 else {
            return Problem(message: Message("email.several-at", value, ats.count), offset: ats[1], fix: nil)
        }
        let local = Array(scalars[..<at])
        let domain = Array(scalars[(at + 1)...])
        guard !local.isEmpty else {
            return Problem(message: Message("email.no-name", value), offset: at, fix: nil)
        }
        guard !domain.isEmpty else {
            return Problem(message: Message("email.no-domain", value), offset: at, fix: nil)
        }
        if let index = scalars.indices.dropLast().first(where: { scalars[$0] == "." && scalars[$0 + 1] == "." }) {
            return Problem(message: Message("email.double-dot", value), offset: index, fix: Message("email.fix.remove-one-dot"))
        }
        if let index = local.firstIndex(where: { !localCharacters.contains($0) }) {
            return Problem(message: Message("email.bad-character", local[index]), offset: index, fix: nil)
        }
        if let index = domain.firstIndex(where: { !domainCharacters.contains($0) }) {
            return Problem(
                message: Message("email.domain-bad-character", domain[index]),
                offset: at + 1 + index, fix: nil)
        }
        if local.first == "." || local.last == "." {
            return Problem(
                message: Message(local.first == "." ? "email.name-starts-with-dot" : "email.name-ends-with-dot", value),
                offset: local.first == "." ? 0 : at - 1, fix: Message("email.fix.remove-dot"))
        }
        if domain.first == "." || domain.last == "." {
            return Problem(
                message: Message(domain.first == "." ? "email.domain-starts-with-dot" : "email.domain-ends-with-dot", value),
                offset: domain.first == "." ? at + 1 : scalars.count - 1, fix: Message("email.fix.remove-dot"))
        }
        guard domain.contains(".") else {
            return Problem(
                message: Message("email.domain-no-dot", String(scalars: domain)),
                offset: at + 1, fix: Message("email.fix.whole-domain"))
        }
        let labels = domain.split(separator: ".")
        if let label = labels.first(where: { $0.first == "-" || $0.last == "-" }) {
            return Problem(
                message: Message("email.label-hyphen", value, String(scalars: label)),
                offset: nil, fix: nil)
        }
        if let top = labels.last, top.count < 2 || !top.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) {
            return Problem(
                message: Message("email.no-top-level-domain", value),
                offset: nil, fix: nil)
        }
        return nil
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
