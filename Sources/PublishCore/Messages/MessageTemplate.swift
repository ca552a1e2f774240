/// The placeholders of a catalogue entry: `{1}` is the first argument, `{2|file|files}` picks a
/// word by the second argument's number (the first for 1, the second otherwise; English needs it,
/// Chinese does not). Any other brace is text, so `{{> partial}}` stays as written.
public enum MessageTemplate {
    public static func fill(_ template: String, with arguments: [String]) -> String {
        // Most texts (every help text, read at each start) have no placeholder at all.
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var scalars = template.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            // The text before the brace copied as a whole (appending it scalar by scalar cost
            // tens of instructions a character).
            out += Substring(scalars[..<open])
            let rest = scalars[scalars.index(after: open)...]
            if let placeholder = Placeholder(rest) {
                out += placeholder.text(arguments)
                scalars = rest[placeholder.end...]
            } else {
                out += "{"
                scalars = rest
            }
        }
        out += Substring(scalars)
        return out
    }

    /// The argument numbers a template uses, for the catalogue tests: all of them (`pluralsOnly`
    /// nil), those it quotes (false) or those it only chooses a plural by (true).
    public static func placeholders(in template: String, pluralsOnly: Bool? = nil) -> Set<Int> {
        var found: Set<Int> = []
        var scalars = template.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            let rest = scalars[scalars.index(after: open)...]
            if let placeholder = Placeholder(rest) {
                if pluralsOnly == nil || pluralsOnly == !placeholder.forms.isEmpty { found.insert(placeholder.number) }
                scalars = rest[placeholder.end...]
            } else {
                scalars = rest
            }
        }
        return found
    }

    private struct Placeholder {
        var number: Int
        var forms: [String]
        var end: String.UnicodeScalarView.Index

        /// Reads `1}` or `1|one|many}` at the start of `text`.
        init?(_ text: Substring.UnicodeScalarView) {
            let digits = text.prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty, digits.count < 3, let number = Int(String(String.UnicodeScalarView(digits))), number >= 1
            else { return nil }
            let after = text[digits.endIndex...]
            guard let close = after.firstIndex(of: "}") else { return nil }
            let inner = String(String.UnicodeScalarView(after[..<close]))
            if inner.isEmpty {
                forms = []
            } else {
                guard inner.hasPrefix("|") else { return nil }
                forms = inner.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                guard forms.count == 2 else { return nil }
            }
            self.number = number
            self.end = after.index(after: close)
        }

        func text(_ arguments: [String]) -> String {
            guard number <= arguments.count else { return "{\(number)}" }
            let value = arguments[number - 1]
            guard forms.count == 2 else { return value }
            return value == "1" ? forms[0] : forms[1]
        }
    }
}
