import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Escapes one line of plain text so that, as a Markdown paragraph or heading, it reads back as
/// exactly that text: nothing in it turns into emphasis, a link, HTML, a list or a heading.
///
/// Only what would change meaning is escaped (a backslash before an ASCII punctuation mark, which
/// renders as the mark alone), so imported notices stay readable and their round trip exact:
/// `*` always; `_` unless it stands inside a word; `[` when a `]` follows; `<` before what could be
/// a tag or an autolink; `&` before what could be an entity; `~` and `` ` `` when two of them could
/// pair; `\` before ASCII punctuation; and at the start of a paragraph the marks that open blocks
/// (`#` headings, `>` quotes, `-`/`+` items, `1.` ordered items, thematic breaks). Full-width
/// characters never need escaping. The line must not hold a line break, and should have no leading
/// or trailing whitespace (Markdown drops both).
public enum MarkdownEscaper {
    /// `line` as the text of a paragraph.
    public static func paragraph(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var escaped = inlineEscapes(scalars)
        if let index = blockStartEscape(scalars) { escaped.insert(index) }
        return render(scalars, escaping: escaped)
    }

    /// `line` as the text of an ATX heading (after `## `).
    public static func heading(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var escaped = inlineEscapes(scalars)
        // A run of `#` at the end after a space would be read as the heading's closing sequence.
        var start = scalars.count
        while start > 0, scalars[start - 1] == "#" { start -= 1 }
        if start < scalars.count, start == 0 || scalars[start - 1] == " " || scalars[start - 1] == "\t" {
            escaped.insert(start)
        }
        return render(scalars, escaping: escaped)
    }

    // MARK: - What to escape

    private static func inlineEscapes(_ s: [Unicode.Scalar]) -> Set<Int> {
        var escaped = Set<Int>()
        let pairedTildes = hasRun(of: "~", length: 2, in: s)
        let pairedBackticks = s.filter { $0 == "`" }.count >= 2
        let lastClosingBracket = s.lastIndex(of: "]") ?? -1
        for (index, scalar) in s.enumerated() {
            let next = index + 1 < s.count ? s[index + 1] : nil
            switch scalar {
            case "*":
                escaped.insert(index)
            case "_":
                let before = index > 0 ? s[index - 1] : nil
                if !isWordCharacter(before) || !isWordCharacter(next) { escaped.insert(index) }
            case "~":
                if pairedTildes { escaped.insert(index) }
            case "`":
                if pairedBackticks { escaped.insert(index) }
            case "[":
                if lastClosingBracket > index { escaped.insert(index) }
            case "<":
                if let next, next.isASCII, next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" {
                    escaped.insert(index)
                }
            case "&":
                if startsEntity(s, at: index + 1) { escaped.insert(index) }
            case "\\":
                if let next, isASCIIPunctuation(next) { escaped.insert(index) }
            default:
                break
            }
        }
        return escaped
    }

    /// The index to escape so that the paragraph opens no other block, if any.
    private static func blockStartEscape(_ s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        func isBlank(_ index: Int) -> Bool { index >= s.count || s[index] == " " || s[index] == "\t" }
        switch first {
        case "#":
            var run = 0
            while run < s.count, s[run] == "#" { run += 1 }
            return run <= 6 && isBlank(run) ? 0 : nil
        case ">":
            return 0
        case "-", "+", "*", "_":
            if (first == "-" || first == "+") && isBlank(1) { return 0 }
            // A thematic break: three or more of one mark, spaces between allowed.
            let marks = s.filter { $0 != " " && $0 != "\t" }
            if first != "+", marks.count >= 3, marks.allSatisfy({ $0 == first }) { return 0 }
            return nil
        case "0"..."9":
            var digits = 0
            while digits < s.count, ("0"..."9").contains(s[digits]) { digits += 1 }
            guard digits <= 9, digits < s.count, s[digits] == "." || s[digits] == ")", isBlank(digits + 1) else {
                return nil
            }
            return digits
        default:
            return nil
        }
    }

    // MARK: - Characters

    private static func render(_ s: [Unicode.Scalar], escaping escaped: Set<Int>) -> String {
        var out = String.UnicodeScalarView()
        for (index, scalar) in s.enumerated() {
            if escaped.contains(index) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    private static func hasRun(of mark: Unicode.Scalar, length: Int, in s: [Unicode.Scalar]) -> Bool {
        var run = 0
        for scalar in s {
            run = scalar == mark ? run + 1 : 0
            if run >= length { return true }
        }
        return false
    }

    /// Letters and digits of any script: `_` between two of them cannot open or close emphasis.
    private static func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }

    /// Whether `&` followed by `s[index...]` could be an entity (`&amp;`, `&#123;`, `&#x4E00;`).
    private static func startsEntity(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        var i = index
        func isLetter(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.properties.isAlphabetic }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func isHex(_ c: Unicode.Scalar) -> Bool { isDigit(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c) }
        if i < s.count, s[i] == "#" {
            i += 1
            var isDigitClass = isDigit
            if i < s.count, s[i] == "x" || s[i] == "X" {
                i += 1
                isDigitClass = isHex
            }
            let start = i
            while i < s.count, isDigitClass(s[i]) { i += 1 }
            return i > start && i < s.count && s[i] == ";"
        }
        let start = i
        while i < s.count, isLetter(s[i]) || isDigit(s[i]) { i += 1 }
        return i > start && isLetter(s[start]) && i < s.count && s[i] == ";"
    }
}
