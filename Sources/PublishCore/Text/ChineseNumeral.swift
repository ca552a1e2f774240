/// Chinese numerals as ordinals use them: 一 … 十, 十一 … 九十九, 一百 …
public enum ChineseNumeral {
    package static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The characters a numeral may use.
    public static let characters: Set<Character> = Set(digits.keys).union(["十", "百"])

    /// The standard form of `value` (1 ≤ value ≤ 999): `十一`, not `一十一`.
    public static func text(_ value: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 1000 else { return String(value) }
        var result = ""
        let hundreds = value / 100
        let tens = (value / 10) % 10
        let ones = value % 10
        if hundreds > 0 { result += names[hundreds] + "百" }
        if tens > 0 {
            result += (tens == 1 && hundreds == 0 ? "" : names[tens]) + "十"
        } else if hundreds > 0 && ones > 0 {
            result += "零"
        }
        if ones > 0 { result += names[ones] }
        return result
    }

    /// The value of a numeral written with `characters`, or nil if it is not a numeral.
    public static func value(of text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy(characters.contains) else { return nil }
        if text.allSatisfy({ digits[$0] != nil }) {
            // 一 … 九 alone; a run of digits (一二) is not a numeral.
            return text.count == 1 ? digits[text.first!] : nil
        }
        var total = 0
        var pending: Int? = nil
        for character in text {
            if let digit = digits[character] {
                if pending != nil && digit != 0 { return nil }
                pending = digit == 0 ? pending : digit
            } else if character == "十" {
                total += (pending ?? 1) * 10
                pending = nil
            } else if character == "百" {
                guard let p = pending else { return nil }
                total += p * 100
                pending = nil
            }
        }
        total += pending ?? 0
        return total > 0 ? total : nil
    }

    /// Whether `text` is the standard way of writing its value.
    public static func isStandard(_ text: some StringProtocol) -> Bool {
        guard let value = value(of: text) else { return false }
        return self.text(value) == String(text)
    }
}
