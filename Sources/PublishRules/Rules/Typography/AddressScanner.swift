import PublishCore
import PublishReading

/// Finds URLs and e-mail addresses in a piece of text, as scalar offsets: the spans the typography
/// rules leave alone. The matches are those of `pattern` (leftmost first, then on from the end of
/// each match), found by a hand-written scan: the regular expression ran over every paragraph that
/// held a `:` and was the largest cost of building the typography texts.
///
/// Each part of the pattern is a run of one ASCII class, and no class holds the character that
/// ends its run (`:` after the scheme, `@` after the name, `.` between labels), so no match needs
/// backtracking and a scan finds the same ones. Regular expressions match whole characters
/// (grapheme clusters): a combining mark after an ASCII letter makes a character no class holds.
/// The scan reads scalars, so it only runs on text where every scalar outside ASCII is one that
/// never joins a neighbour into one character (CJK, Latin-1, general punctuation …); other text
/// goes to the regular expression.
package enum AddressScanner {
    /// The pattern the scan implements: a URL (`scheme://…` or `www.…`) or an e-mail address.
    package nonisolated(unsafe) static let pattern = Regex<AnyRegexOutput>(
        checked: #"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"#)

    /// The addresses in `scalars`, left to right.
    package static func addresses(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard mayHoldAddress(scalars) else { return [] }
        guard scalars.allSatisfy(standsAlone) else { return regexAddresses(in: scalars) }
        var found: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            // Every alternative starts with a character of `name` (letters, `w` and digits among
            // them): a match starts nowhere else.
            guard isNameCharacter(scalars[index]) else {
                index += 1
                continue
            }
            if let end = match(scalars, at: index) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The addresses `pattern` finds in the text, left to right: the reference the scan follows.
    package static func regexAddresses(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        TextMatch.all(pattern, in: String(scalars: scalars)).map(\.range)
    }

    /// Whether the text holds what every match needs: `@`, `://` or `www.`.
    package static func mayHoldAddress(_ s: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < s.count {
            switch s[index] {
            case "@": return true
            case ":" where index + 2 < s.count && s[index + 1] == "/" && s[index + 2] == "/": return true
            case "w" where index + 3 < s.count && s[index + 1] == "w" && s[index + 2] == "w" && s[index + 3] == ".":
                return true
            default: index += 1
            }
        }
        return false
    }

    /// The end of the match that starts at `start`, trying the pattern's alternatives in order.
    private static func match(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        // `scheme://` then the address.
        if isLetter(s[start]) {
            let afterScheme = run(s, from: start + 1, of: isSchemeCharacter)
            if afterScheme + 2 < s.count, s[afterScheme] == ":", s[afterScheme + 1] == "/", s[afterScheme + 2] == "/" {
                let end = run(s, from: afterScheme + 3, of: isURLCharacter)
                if end > afterScheme + 3 { return end }
            }
        }
        // `www.` then the address.
        if start + 3 < s.count, s[start] == "w", s[start + 1] == "w", s[start + 2] == "w", s[start + 3] == "." {
            let end = run(s, from: start + 4, of: isURLCharacter)
            if end > start + 4 { return end }
        }
        // `name@label.label…`
        let afterName = run(s, from: start, of: isNameCharacter)
        guard afterName > start, afterName < s.count, s[afterName] == "@" else { return nil }
        var end = run(s, from: afterName + 1, of: isLabelCharacter)
        guard end > afterName + 1 else { return nil }
        var labels = 0
        while end < s.count, s[end] == "." {
            let afterLabel = run(s, from: end + 1, of: isLabelCharacter)
            guard afterLabel > end + 1 else { break }
            end = afterLabel
            labels += 1
        }
        return labels > 0 ? end : nil
    }

    /// Where the run of scalars of one class that starts at `start` ends.
    private static func run(_ s: [Unicode.Scalar], from start: Int, of isInClass: (Unicode.Scalar) -> Bool) -> Int {
        var end = start
        while end < s.count, isInClass(s[end]) { end += 1 }
        return end
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || ("0"..."9").contains(c)
    }

    /// `[A-Za-z0-9+.-]`
    private static func isSchemeCharacter(_ c: Unicode.Scalar) -> Bool {
        isAlphanumeric(c) || c == "+" || c == "." || c == "-"
    }

    /// `[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]`
    private static func isURLCharacter(_ c: Unicode.Scalar) -> Bool {
        if isAlphanumeric(c) { return true }
        switch c {
        case "-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=",
            "%":
            return true
        default: return false
        }
    }

    /// `[A-Za-z0-9._%+\-]`
    private static func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        isAlphanumeric(c) || c == "." || c == "_" || c == "%" || c == "+" || c == "-"
    }

    /// `[A-Za-z0-9\-]`
    private static func isLabelCharacter(_ c: Unicode.Scalar) -> Bool {
        isAlphanumeric(c) || c == "-"
    }

    /// Whether `scalar` is ASCII or a character that never joins its neighbours into one grapheme
    /// cluster (no combining mark, joiner, variation selector or prepended sign) and is no ASCII
    /// letter in disguise (the Kelvin sign equals `K`): then every ASCII scalar of the text is a
    /// character of its own, and the other characters are in no class of the pattern.
    package static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x2FF, 0x2000...0x200B, 0x200E...0x206F, 0x2100...0x2129, 0x212B...0x2BFF, 0x2E80...0x2FDF, 0x3000...0x3029,
            0x3030...0x3098, 0x309B...0x30FF, 0x3100...0x312F, 0x31C0...0x31EF, 0x3200...0x32FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF9D, 0xFFE0...0xFFEF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }
}
