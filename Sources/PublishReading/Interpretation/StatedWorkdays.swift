import PublishCore

/// A number of working days as closings state it: `（15个工作日）`, `(15个工作日)`, `，共15个工作日`,
/// `15 个工作日`, `（十五个工作日）`, in Arabic (ASCII or full-width) or Chinese numerals.
package struct StatedWorkdays {
    package var value: Int
    /// Where the number stands (the digits or the numeral), in the scalars it was found in.
    package var numberOffsets: Range<Int>
    /// The number through `工作日`.
    package var offsets: Range<Int>

    private static let word: [Unicode.Scalar] = ["工", "作", "日"]

    /// The first stated count in `s[span]`.
    package static func first(in s: [Unicode.Scalar], within span: Range<Int>) -> StatedWorkdays? {
        var from = span.lowerBound
        while let hit = ScalarSearch.firstRange(of: word, in: s, from: from), hit.upperBound <= span.upperBound {
            if let found = count(before: hit, in: s, from: span.lowerBound) { return found }
            from = hit.upperBound
        }
        return nil
    }

    /// The number right before `工作日` (an optional `个` and spaces between).
    private static func count(before word: Range<Int>, in s: [Unicode.Scalar], from lowest: Int) -> StatedWorkdays? {
        var end = word.lowerBound
        if end > lowest, s[end - 1] == "个" { end -= 1 }
        while end > lowest, s[end - 1] == " " || s[end - 1] == "\u{3000}" { end -= 1 }
        var start = end
        if start > lowest, digitValue(s[start - 1]) != nil {
            while start > lowest, digitValue(s[start - 1]) != nil { start -= 1 }
            guard end - start <= 3 else { return nil }
            let value = s[start..<end].reduce(0) { $0 * 10 + digitValue($1)! }
            return value > 0 ? StatedWorkdays(value: value, numberOffsets: start..<end, offsets: start..<word.upperBound) : nil
        }
        while start > lowest, end - start < 6, isNumeralCharacter(s[start - 1]) { start -= 1 }
        // The longest numeral that reads: `共十五` is not one, `十五` is.
        while start < end {
            if let value = ChineseNumeral.value(of: String(scalars: s[start..<end])) {
                return StatedWorkdays(value: value, numberOffsets: start..<end, offsets: start..<word.upperBound)
            }
            start += 1
        }
        return nil
    }

    /// 0–9 for ASCII and full-width digits.
    package static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    private static func isNumeralCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ChineseNumeral.characters.contains(Character(scalar))
    }
}
