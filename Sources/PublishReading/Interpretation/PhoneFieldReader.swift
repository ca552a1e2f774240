import PublishCore

/// Reads the phone fields of a closing paragraph: a label (`联系电话`, `举报电话`, `传真` …), then one or
/// more numbers, each with its office hours in brackets when it has them.
///
/// Hand-written rather than a pattern because where a number ends depends on what it is:
/// `0431 80798040` is one number (an area code, a space, the local number), `80798040 80798041`
/// two. A run of digits is cut at a space when the digits before it already make a whole number
/// (`PhoneNumber.problem(in:)`) and more digits follow. Numbers follow one another after `、`, `，`,
/// `,`, `/`, `或`, `和`, `及` or a space; hours given once after the last number (`0431-80798040、
/// 80798041（工作日8:30-17:00）`) belong to every number of the field.
package enum PhoneFieldReader {
    /// Longest first where one label holds another.
    package static let labelTexts = [
        "联系电话", "举报电话", "监督电话", "受理电话", "咨询电话", "值班电话", "办公电话", "传真电话", "联系方式", "传真", "电话", "拨打",
        "来电", "手机",
    ]
    package static let labels: [[Unicode.Scalar]] = labelTexts.map { Array($0.unicodeScalars) }

    package struct Number {
        var label: Range<Int>
        var value: Range<Int>
        var hours: Range<Int>?
        /// Label (or the separator before a further number) through the number or its hours.
        var whole: Range<Int>
    }

    package static func numbers(in s: [Unicode.Scalar]) -> [Number] {
        var found: [Number] = []
        var index = 0
        while index < s.count {
            guard let label = label(in: s, at: index) else {
                index += 1
                continue
            }
            // Hours may stand between the label and its colon: `联系电话（工作日8:30-17:00）：……`.
            var labelHours: Range<Int>? = nil
            var cursor = skipSpaces(s, label.upperBound)
            if let bracket = bracketed(in: s, at: cursor), isHours(s[bracket]) {
                labelHours = bracket
                cursor = bracket.upperBound + 1
            }
            cursor = afterLabel(s, cursor)
            if let bracket = bracketed(in: s, at: cursor), isHours(s[bracket]) {
                labelHours = bracket
                cursor = skipSpaces(s, bracket.upperBound + 1)
            }
            var field: [Number] = []
            var fieldStart = label.lowerBound
            while let value = number(in: s, at: skipName(s, cursor)) {
                var end = value.upperBound
                var hours: Range<Int>? = nil
                if let bracket = bracketed(in: s, at: skipSpaces(s, end)) {
                    // Hours, or whose number it is (`（区纪委监委）`): either way part of this number.
                    if isHours(s[bracket]) { hours = bracket }
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
            if let shared = field.last?.hours ?? labelHours {
                for i in field.indices where field[i].hours == nil { field[i].hours = shared }
            }
            found += field
            index = field.last?.whole.upperBound ?? label.upperBound
        }
        return found
    }

    private static func label(in s: [Unicode.Scalar], at index: Int) -> Range<Int>? {
        // Most places start no label: their first scalar says so, most often by its bit of
        // `labelFirstMask` alone.
        let first = s[index]
        guard labelFirstMask & 1 << UInt64(first.value & 0x3F) != 0, labelFirstScalars.contains(first) else { return nil }
        for label in labels where index + label.count <= s.count && s[index] == label[0] {
            if s[index..<(index + label.count)].elementsEqual(label) { return index..<(index + label.count) }
        }
        return nil
    }

    /// `labelFirstScalars` folded into 64 bits (`ScalarMask`): a scalar whose bit is not set starts
    /// no label.
    private static let labelFirstMask: UInt64 = labelFirstScalars.reduce(0) { $0 | 1 << UInt64($1.value & 0x3F) }

    /// The first scalar of each label, without repeats.
    private static let labelFirstScalars: [Unicode.Scalar] = labels.reduce(into: []) { firsts, label in
        if let first = label.first, !firsts.contains(first) { firsts.append(first) }
    }

    /// After the label: `号码`, `：`, `:`, `为`, `是` and spaces.
    private static func afterLabel(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        var i = skipSpaces(s, index)
        if i + 1 < s.count, s[i] == "号", s[i + 1] == "码" { i = skipSpaces(s, i + 2) }
        if i < s.count, s[i] == "：" || s[i] == ":" || s[i] == "为" || s[i] == "是" { i = skipSpaces(s, i + 1) }
        return i
    }

    /// The separator and spaces before a further number of the same field, and where that number
    /// (or the name of whose number it is) starts; nil when no number follows.
    private static func furtherNumber(in s: [Unicode.Scalar], after index: Int) -> Int? {
        var i = skipSpaces(s, index)
        if i < s.count, "、，,/或和及".unicodeScalars.contains(s[i]) { i = skipSpaces(s, i + 1) }
        return startsNumber(s, skipName(s, i)) ? i : nil
    }

    /// Past the name of whose number follows (`区委巡察办0431-80798040`): up to 12 Chinese characters
    /// right before a number. Where no number follows, `index` itself.
    private static func skipName(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        var i = index
        while i < s.count, i - index < 12, s[i].properties.isIdeographic { i += 1 }
        if i > index, i < s.count, s[i] == "：" || s[i] == ":" { i += 1 }
        return i > index && startsNumber(s, i) ? i : index
    }

    private static func startsNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        if isDigit(s[i]) { return true }
        if (s[i] == "+" || s[i] == "＋"), i + 1 < s.count, isDigit(s[i + 1]) { return true }
        return (s[i] == "（" || s[i] == "(") && i + 1 < s.count && isDigit(s[i + 1])
    }

    /// A number at `i`: an area code in brackets, digits with the separators of `PhoneNumber`, an
    /// extension after `转`.
    private static func number(in s: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        guard startsNumber(s, start) else { return nil }
        var i = start
        if s[i] == "+" || s[i] == "＋" { i += 1 }
        if s[i] == "（" || s[i] == "(" {
            var j = i + 1
            while j < s.count, isDigit(s[j]) { j += 1 }
            guard j < s.count, s[j] == "）" || s[j] == ")", j - i - 1 <= 4 else { return nil }
            i = skipSpaces(s, j + 1)
            if i + 1 < s.count, isDash(s[i]), isDigit(s[i + 1]) { i += 1 }
            guard i < s.count, isDigit(s[i]) else { return nil }
        }
        var end = i
        while i < s.count {
            if isDigit(s[i]) {
                i += 1
                end = i
            } else if s[i] == " " || s[i] == "\u{3000}" {
                let next = skipSpaces(s, i)
                // `0431 — 80798040`: spaces around a dash are inside the number.
                if next + 1 < s.count, isDash(s[next]) {
                    let after = skipSpaces(s, next + 1)
                    if after < s.count, isDigit(s[after]) {
                        i = after
                        continue
                    }
                }
                guard next < s.count, isDigit(s[next]) else { break }
                // A space ends the number when the digits before it are a whole number and the
                // digits after it do not make one longer number with them (`139 1234 5678`).
                var group = next
                while group < s.count, isDigit(s[group]) { group += 1 }
                var run = group
                while run < s.count, s[run] == " ", run + 1 < s.count, isDigit(s[run + 1]) {
                    run += 1
                    while run < s.count, isDigit(s[run]) { run += 1 }
                }
                let before = String(scalars: s[start..<end])
                let joined = String(scalars: s[start..<group])
                let whole = String(scalars: s[start..<run])
                if PhoneNumber.problem(in: whole) != nil, PhoneNumber.problem(in: before) == nil,
                    PhoneNumber.problem(in: joined) != nil
                {
                    break
                }
                i = next
            } else if s[i] == "/", i + 1 < s.count, isDigit(s[i + 1]) {
                // `0431-80798040/41`: the last digits of a second number, written as an alternative.
                var j = i + 1
                while j < s.count, isDigit(s[j]) { j += 1 }
                guard j - i - 1 <= 4 else { break }
                i = j
                end = j
            } else if PhoneNumber.isSeparator(s[i]), s[i] != "（", s[i] != "(", s[i] != ")", s[i] != "）",
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
        // The scalars are at hand: not decoded again from the string made of them.
        PatternSubject(text: String(scalars: text), scalars: Array(text)).contains(ClosingInterpreter.timeOrDay)
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "－" || scalar == "—" || scalar == "–"
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
