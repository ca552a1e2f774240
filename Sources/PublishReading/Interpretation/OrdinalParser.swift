import PublishCore

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

    package static let whitespace: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{A0}"]
    package static let marksAfterParentheses: Set<Unicode.Scalar> = ["、", ".", "．", "，", ",", "：", ":"]

    /// The ordinal at the start of `text`, if any.
    public static func parse(_ text: some StringProtocol) -> Match? {
        parse(Array(text.unicodeScalars.prefix(16)))
    }

    package static func parse(_ s: [Unicode.Scalar]) -> Match? {
        parse(scalars: s)
    }

    /// How many scalars decide `parse(_:)` of a text of at least that many, but for the whitespace
    /// after the ordinal: it reads none past the seventh (`（十一）、` is the longest ordinal with its
    /// mark) before counting the whitespace. A caller that decodes this many scalars first needs
    /// the rest (up to 16) only when the match takes all of them (`needsMoreScalars`).
    package static let decisiveLength = 8

    /// Whether `match`, parsed from the first `count` scalars (`decisiveLength` of a longer text),
    /// may have whitespace after them: then the text's first 16 scalars must be parsed again.
    package static func needsMoreScalars(_ match: Match?, count: Int) -> Bool {
        guard let match else { return false }
        return count == decisiveLength && match.length >= decisiveLength
    }

    /// `parse(_:)` of scalars read into a buffer (on the stack, say): no array made for them.
    package static func parse(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Match? {
        parse(scalars: s)
    }

    /// `parse(_:)` of any run of scalars indexed from 0, specialised for each caller's kind.
    private static func parse<Scalars: RandomAccessCollection<Unicode.Scalar>>(scalars s: Scalars) -> Match?
    where Scalars.Index == Int {
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
            found.length < s.count, isMarkAfterParentheses(s[found.length]) {
            found.deviations.append(.markAfterParentheses)
            found.length += 1
        }
        while found.length < s.count, isWhitespace(s[found.length]) {
            found.length += 1
        }
        return found
    }

    /// Whether an ordinal may start with `first`: false only where `parse(_:)` finds none.
    package static func mayStartOrdinal(_ first: Unicode.Scalar) -> Bool {
        switch first.value {
        case 0x2460...0x249B, 0x3220...0x3229: true
        default: first == "（" || first == "(" || isDigit(first) || isNumeral(first)
        }
    }

    /// `（一）`, `(一)`, `（1）`, `(1)`, `（１）`.
    private static func parenthesized<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ s: Scalars) -> Match?
    where Scalars.Index == Int {
        guard s[0] == "（" || s[0] == "(" else { return nil }
        guard let close = s.prefix(6).firstIndex(where: { $0 == "）" || $0 == ")" }), close >= 2 else { return nil }
        let inner = s[1..<close]
        var deviations: [Ordinal.Deviation] = []
        if s[0] == "(" || s[close] == ")" { deviations.append(.halfWidthParentheses) }
        if let (value, isStandard) = numeralValue(inner) {
            if !isStandard { deviations.append(.nonstandardNumeral) }
            return Match(level: .parenthesizedHanzi, value: value, deviations: deviations, length: close + 1)
        }
        if let (value, fullWidth) = arabicValue(inner) {
            if fullWidth { deviations.append(.fullWidthDigits) }
            return Match(level: .parenthesizedArabic, value: value, deviations: deviations, length: close + 1)
        }
        return nil
    }

    /// `一、`, `一.`, `一．`, and measures `一是`.
    private static func hanzi<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ s: Scalars) -> Match?
    where Scalars.Index == Int {
        var end = 0
        while end < s.count, end < 5, isNumeral(s[end]) { end += 1 }
        guard end > 0, end < s.count else { return nil }
        guard let (value, isStandard) = numeralValue(s[0..<end]) else { return nil }
        var deviations: [Ordinal.Deviation] = isStandard ? [] : [.nonstandardNumeral]
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
    private static func arabic<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ s: Scalars) -> Match?
    where Scalars.Index == Int {
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

    /// `ChineseNumeral.value(of:)` and `ChineseNumeral.isStandard(_:)` of the scalars as a string:
    /// nil unless every scalar is a numeral character (`isNumeral`), and read straight off the
    /// scalars when they are the usual ones, without making a string and its characters.
    package static func numeral(_ scalars: ArraySlice<Unicode.Scalar>) -> (value: Int, isStandard: Bool)? {
        numeralValue(scalars)
    }

    /// `numeral(_:)` of any run of scalars.
    private static func numeralValue<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars)
        -> (value: Int, isStandard: Bool)?
    {
        guard scalars.allSatisfy(isNumeral) else { return nil }
        guard scalars.allSatisfy({ $0.value < 0xF900 }) else {
            // A compatibility ideograph (U+F9B2 for 零): let `ChineseNumeral` read it.
            let text = String(scalars: scalars)
            return ChineseNumeral.value(of: text).map { ($0, ChineseNumeral.isStandard(text)) }
        }
        // Each scalar is one character here, so this is `ChineseNumeral.value(of:)` step by step.
        guard !scalars.isEmpty, scalars.count <= 6 else { return nil }
        func digit(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar {
            case "〇", "零": 0
            case "一": 1
            case "二", "两": 2
            case "三": 3
            case "四": 4
            case "五": 5
            case "六": 6
            case "七": 7
            case "八": 8
            case "九": 9
            default: nil
            }
        }
        let value: Int
        if scalars.allSatisfy({ digit($0) != nil }) {
            // 一 … 九 alone (and 〇, which reads as 0); a run of digits (一二) is not a numeral.
            guard scalars.count == 1, let single = digit(scalars.first!) else { return nil }
            value = single
        } else {
            var total = 0
            var pending: Int? = nil
            for scalar in scalars {
                if let digit = digit(scalar) {
                    if pending != nil && digit != 0 { return nil }
                    pending = digit == 0 ? pending : digit
                } else if scalar == "十" {
                    total += (pending ?? 1) * 10
                    pending = nil
                } else if scalar == "百" {
                    guard let p = pending else { return nil }
                    total += p * 100
                    pending = nil
                }
            }
            total += pending ?? 0
            guard total > 0 else { return nil }
            value = total
        }
        return (value, isStandardForm(value, scalars))
    }

    /// `ChineseNumeral.text(value).unicodeScalars.elementsEqual(scalars)`, without making the text.
    private static func isStandardForm<Scalars: Collection<Unicode.Scalar>>(_ value: Int, _ scalars: Scalars) -> Bool {
        // Beyond 999 the standard text is written in digits, which no numeral scalar is.
        guard value > 0, value < 1000 else { return false }
        var index = scalars.startIndex
        func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.endIndex, scalars[index] == scalar else { return false }
            scalars.formIndex(after: &index)
            return true
        }
        let hundreds = value / 100
        let tens = (value / 10) % 10
        let ones = value % 10
        if hundreds > 0, !(take(digitScalar(hundreds)) && take("百")) { return false }
        if tens > 0 {
            if !(tens == 1 && hundreds == 0), !take(digitScalar(tens)) { return false }
            if !take("十") { return false }
        } else if hundreds > 0 && ones > 0 {
            if !take("零") { return false }
        }
        if ones > 0, !take(digitScalar(ones)) { return false }
        return index == scalars.endIndex
    }

    /// The scalar `ChineseNumeral.text` writes for the digit `digit` (0–9).
    private static func digitScalar(_ digit: Int) -> Unicode.Scalar {
        switch digit {
        case 1: "一"
        case 2: "二"
        case 3: "三"
        case 4: "四"
        case 5: "五"
        case 6: "六"
        case 7: "七"
        case 8: "八"
        case 9: "九"
        default: "零"
        }
    }

    /// `whitespace.contains(scalar)`, without hashing.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// `marksAfterParentheses.contains(scalar)`, without hashing.
    private static func isMarkAfterParentheses(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", ".", "．", "，", ",", "：", ":": true
        default: false
        }
    }

    /// Whether the scalar, as a character, is one of `ChineseNumeral.characters`: the same answer
    /// without making a `Character` and hashing it.
    package static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百":
            return true
        default:
            // Characters compare by canonical equivalence, so a CJK compatibility ideograph such as
            // U+F9B2 equals 零. No scalar below U+F900 is equivalent to another ideograph.
            return scalar.value >= 0xF900 && ChineseNumeral.characters.contains(Character(scalar))
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    private static func arabicValue<Digits: Collection<Unicode.Scalar>>(_ digits: Digits) -> (Int, Bool)? {
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
