/// Recognises the ordinal at the start of a heading or paragraph, in every form clerks write it:
/// `一、` `（一）` `(一)` `（一）、` `㈠` `1.` `1．` `1、` `１.` `⒈` `（1）` `⑴` `①` `一是`.
public enum OrdinalParser {
    /// What was found: the ordinal without its source range, and how many scalars it takes
    /// (the whitespace after it included).
    public struct Match: Equatable, Sendable {
        public var level: Ordinal.Level
        public var value: Int
        public var deviations: [Ordinal.Deviation]
        public var length: Int
    }

    static let whitespace: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{A0}"]
    static let marksAfterParentheses: Set<Unicode.Scalar> = ["、", ".", "．", "，", ",", "：", ":"]

    /// The ordinal at the start of `text`, if any.
    public static func parse(_ text: some StringProtocol) -> Match? {
        parse(Array(text.unicodeScalars.prefix(16)))
    }

    static func parse(_ s: [Unicode.Scalar]) -> Match? {
        guard let first = s.first else { return nil }
        var match: Match?
        switch first.value {
        case 0x3220...0x3229:  // ㈠ … ㈩
            match = Match(level: .parenthesizedHanzi, value: Int(first.value - 0x3220) + 1,
                          deviations: [.lookalikeCharacter], length: 1)
        case 0x2474...0x2487:  // ⑴ … ⒇
            match = Match(level: .parenthesizedArabic, value: Int(first.value - 0x2474) + 1,
                          deviations: [.lookalikeCharacter], length: 1)
        case 0x2488...0x249B:  // ⒈ … ⒛
            match = Match(level: .arabic, value: Int(first.value - 0x2488) + 1,
                          deviations: [.lookalikeCharacter], length: 1)
        case 0x2460...0x2473:  // ① … ⑳
            match = Match(level: .circled, value: Int(first.value - 0x2460) + 1, deviations: [], length: 1)
        default:
            match = parenthesized(s) ?? hanzi(s) ?? arabic(s)
        }
        guard var found = match else { return nil }
        // Punctuation after a bracketed or single-character ordinal: `（一）、`, `㈠、`, `①、`.
        if found.level != .hanzi, found.level != .arabic, found.level != .measure,
            found.length < s.count, marksAfterParentheses.contains(s[found.length]) {
            found.deviations.append(.markAfterParentheses)
            found.length += 1
        }
        while found.length < s.count, whitespace.contains(s[found.length]) {
            found.length += 1
        }
        return found
    }

    /// `（一）`, `(一)`, `（1）`, `(1)`, `（１）`.
    private static func parenthesized(_ s: [Unicode.Scalar]) -> Match? {
        guard s[0] == "（" || s[0] == "(" else { return nil }
        guard let close = s.prefix(6).firstIndex(where: { $0 == "）" || $0 == ")" }), close >= 2 else { return nil }
        let inner = s[1..<close]
        var deviations: [Ordinal.Deviation] = []
        if s[0] == "(" || s[close] == ")" { deviations.append(.halfWidthParentheses) }
        if let value = ChineseNumeral.value(of: String(String.UnicodeScalarView(inner))) {
            if !ChineseNumeral.isStandard(String(String.UnicodeScalarView(inner))) { deviations.append(.nonstandardNumeral) }
            return Match(level: .parenthesizedHanzi, value: value, deviations: deviations, length: close + 1)
        }
        if let (value, fullWidth) = arabicValue(inner) {
            if fullWidth { deviations.append(.fullWidthDigits) }
            return Match(level: .parenthesizedArabic, value: value, deviations: deviations, length: close + 1)
        }
        return nil
    }

    /// `一、`, `一.`, `一．`, and measures `一是`.
    private static func hanzi(_ s: [Unicode.Scalar]) -> Match? {
        var end = 0
        while end < s.count, end < 5, ChineseNumeral.characters.contains(Character(s[end])) { end += 1 }
        guard end > 0, end < s.count else { return nil }
        let numeral = String(String.UnicodeScalarView(s[0..<end]))
        guard let value = ChineseNumeral.value(of: numeral) else { return nil }
        var deviations: [Ordinal.Deviation] = ChineseNumeral.isStandard(numeral) ? [] : [.nonstandardNumeral]
        switch s[end] {
        case "、":
            return Match(level: .hanzi, value: value, deviations: deviations, length: end + 1)
        case ".", "．":
            deviations.append(.fullStopAfterHanzi)
            return Match(level: .hanzi, value: value, deviations: deviations, length: end + 1)
        case "是":
            return Match(level: .measure, value: value, deviations: deviations, length: end + 1)
        default:
            return nil
        }
    }

    /// `1.`, `1．`, `1、`, `１.`; not `1.5` and not a year such as `2024.`.
    private static func arabic(_ s: [Unicode.Scalar]) -> Match? {
        var end = 0
        while end < s.count, end < 4, isDigit(s[end]) { end += 1 }
        guard end > 0, end <= 3, end < s.count, let (value, fullWidth) = arabicValue(s[0..<end]) else { return nil }
        var deviations: [Ordinal.Deviation] = fullWidth ? [.fullWidthDigits] : []
        switch s[end] {
        case ".": break
        case "．": deviations.append(.fullWidthFullStop)
        case "、": deviations.append(.dunhaoAfterArabic)
        default: return nil
        }
        // A decimal (3.5), a date (2023.9) or a span of numbers (3、4月份) is no ordinal.
        if end + 1 < s.count, isDigit(s[end + 1]) { return nil }
        return Match(level: .arabic, value: value, deviations: deviations, length: end + 1)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    private static func arabicValue(_ digits: ArraySlice<Unicode.Scalar>) -> (Int, Bool)? {
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(isDigit) else { return nil }
        var value = 0
        var fullWidth = false
        for digit in digits {
            if ("０"..."９").contains(digit) {
                fullWidth = true
                value = value * 10 + Int(digit.value - 0xFF10)
            } else {
                value = value * 10 + Int(digit.value - 0x30)
            }
        }
        return value > 0 ? (value, fullWidth) : nil
    }
}
