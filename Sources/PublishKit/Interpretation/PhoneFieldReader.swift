/// Reads the phone fields of a closing paragraph: a label (`联系电话`, `举报电话`, `传真` …), then one or
/// more numbers, each with its office hours in brackets when it has them.
///
/// Hand-written rather than a pattern because where a number ends depends on what it is:
/// `0431 80798040` is one number (an area code, a space, the local number), `80798040 80798041`
/// two. A run of digits is cut at a space when the digits before it already make a whole number
/// (`PhoneNumber.problem(in:)`) and more digits follow. Numbers follow one another after `、`, `，`,
/// `,`, `/`, `或`, `和`, `及` or a space; hours given once after the last number (`0431-80798040、
/// 80798041（工作日8:30-17:00）`) belong to every number of the field.
enum PhoneFieldReader {
    /// Longest first where one label holds another.
    static let labels: [[Unicode.Scalar]] = [
        "联系电话", "举报电话", "监督电话", "受理电话", "咨询电话", "值班电话", "办公电话", "传真电话", "联系方式", "传真", "电话", "拨打",
    ].map { Array($0.unicodeScalars) }

    struct Number {
        var label: Range<Int>
        var value: Range<Int>
        var hours: Range<Int>?
        /// Label (or the separator before a further number) through the number or its hours.
        var whole: Range<Int>
    }

    static func numbers(in s: [Unicode.Scalar]) -> [Number] {
        var found: [Number] = []
        var index = 0
        while index < s.count {
            guard let label = label(in: s, at: index) else {
                index += 1
                continue
            }
            var cursor = afterLabel(s, label.upperBound)
            var field: [Number] = []
            var fieldStart = label.lowerBound
            while let value = number(in: s, at: cursor) {
                var end = value.upperBound
                var hours: Range<Int>? = nil
                if let bracket = bracketed(in: s, at: skipSpaces(s, end)), isHours(s[bracket]) {
                    hours = bracket
                    end = bracket.upperBound + 1
                }
                field.append(Number(label: label, value: value, hours: hours, whole: fieldStart..<end))
                guard let next = furtherNumber(in: s, after: end) else {
                    cursor = end
                    break
                }
                fieldStart = end
                cursor = next
            }
            if let shared = field.last?.hours {
                for i in field.indices where field[i].hours == nil { field[i].hours = shared }
            }
            found += field
            index = field.last?.whole.upperBound ?? label.upperBound
        }
        return found
    }

    private static func label(in s: [Unicode.Scalar], at index: Int) -> Range<Int>? {
        for label in labels where index + label.count <= s.count {
            if s[index..<(index + label.count)].elementsEqual(label) { return index..<(index + label.count) }
        }
        return nil
    }

    /// After the label: `号码`, `：`, `:`, `为`, `是` and spaces.
    private static func afterLabel(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        var i = skipSpaces(s, index)
        if i + 1 < s.count, s[i] == "号", s[i + 1] == "码" { i = skipSpaces(s, i + 2) }
        if i < s.count, s[i] == "：" || s[i] == ":" || s[i] == "为" || s[i] == "是" { i = skipSpaces(s, i + 1) }
        return i
    }

    /// The separator and spaces before a further number of the same field, and where that number
    /// starts; nil when no number follows.
    private static func furtherNumber(in s: [Unicode.Scalar], after index: Int) -> Int? {
        var i = skipSpaces(s, index)
        if i < s.count, "、，,/或和及".unicodeScalars.contains(s[i]) { i = skipSpaces(s, i + 1) }
        return startsNumber(s, i) ? i : nil
    }

    private static func startsNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        if isDigit(s[i]) { return true }
        return (s[i] == "（" || s[i] == "(") && i + 1 < s.count && isDigit(s[i + 1])
    }

    /// A number at `i`: an area code in brackets, digits with the separators of `PhoneNumber`, an
    /// extension after `转`.
    private static func number(in s: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        guard startsNumber(s, start) else { return nil }
        var i = start
        if s[i] == "（" || s[i] == "(" {
            var j = i + 1
            while j < s.count, isDigit(s[j]) { j += 1 }
            guard j < s.count, s[j] == "）" || s[j] == ")", j - i - 1 <= 4 else { return nil }
            i = skipSpaces(s, j + 1)
            guard i < s.count, isDigit(s[i]) else { return nil }
        }
        var end = i
        while i < s.count {
            if isDigit(s[i]) {
                i += 1
                end = i
            } else if s[i] == " " || s[i] == "\u{3000}" {
                // A space ends the number when what stands before it is a whole number already.
                let next = skipSpaces(s, i)
                guard next < s.count, isDigit(s[next]) else { break }
                if PhoneNumber.problem(in: String(scalars: s[start..<end])) == nil { break }
                i = next
            } else if PhoneNumber.separators.contains(s[i]), s[i] != "（", s[i] != "(", s[i] != ")", s[i] != "）",
                i + 1 < s.count, isDigit(s[i + 1])
            {
                i += 1
            } else {
                break
            }
        }
        return end > start ? start..<end : nil
    }

    /// The text inside brackets at `i` (`（…）`, `(…)`), without the brackets.
    private static func bracketed(in s: [Unicode.Scalar], at i: Int) -> Range<Int>? {
        guard i < s.count, s[i] == "（" || s[i] == "(" else { return nil }
        var j = i + 1
        while j < s.count, s[j] != "）", s[j] != ")" {
            if s[j] == "（" || s[j] == "(" || s[j] == "。" || s[j] == "；" { return nil }
            j += 1
        }
        return j < s.count ? (i + 1)..<j : nil
    }

    private static func isHours(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        PatternSubject(String(scalars: text)).contains(ClosingInterpreter.timeOrDay)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        var i = index
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" || s[i] == "\t" { i += 1 }
        return i
    }
}
