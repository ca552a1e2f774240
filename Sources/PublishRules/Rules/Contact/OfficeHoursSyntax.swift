import PublishCore

/// What `contact/hours` reads in office hours (digits already ASCII): the times, whether the text
/// between two times marks a range, and the digits of an end after a dash. The regular
/// expressions below define each; a hand-written scan finds the same on text where every scalar is
/// a character of its own and the only spaces are ` ` and `　` (nearly all hours as written), and
/// the expressions read the rest. Compiling the expressions and running them was most of the
/// rule's cost, for a few characters per notice.
///
/// The scan matches as the expressions do: every part of a time is a run of one class (digits,
/// spaces) that the next part cannot start with, so no match needs backtracking; words and dashes
/// hold no space or digit, so trying each word and dash in turn finds every way to read a range
/// mark.
package struct OfficeHoursSyntax {
    /// A time as the pattern matched it: scalar offsets, and the hour and minute digits.
    package struct TimeMatch: Equatable {
        package var range: Range<Int>
        package var hour: String
        package var minute: String?
        /// Written with a colon (`8:30`) rather than `时`/`点`.
        package var hasColon: Bool
    }

    nonisolated(unsafe) static let timePattern = Regex<AnyRegexOutput>(
        checked: #"([0-9０-９]+)\s*[:：∶]\s*([0-9０-９]+)|([0-9０-９]+)\s*[时点](?:\s*([0-9０-９]+)\s*分)?"#)
    nonisolated(unsafe) static let rangeMark = Regex<AnyRegexOutput>(
        checked: #"^\s*(?:上午|下午|中午|晚上|早上|早|晚)?\s*(?:-|－|—|–|~|～|至|到|——|--|－－)\s*(?:上午|下午|中午|晚上|早上|早|晚)?\s*$"#)
    nonisolated(unsafe) static let danglingEnd = Regex<AnyRegexOutput>(
        checked: #"^\s*(?:-|－|—|–|~|～|至|到|——|--|－－)\s*(?:上午|下午|中午|晚上|早上|早|晚)?\s*([0-9０-９]+)"#)
    private static let words: [[Unicode.Scalar]] = ["上午", "下午", "中午", "晚上", "早上", "早", "晚"].map {
        Array($0.unicodeScalars)
    }
    private static let dashes: [[Unicode.Scalar]] = ["-", "－", "—", "–", "~", "～", "至", "到", "——", "--", "－－"].map {
        Array($0.unicodeScalars)
    }

    package let scalars: [Unicode.Scalar]
    /// Whether the scan reads the text (otherwise the regular expressions do).
    package let scans: Bool

    /// `scanning` forces one way of reading (for tests); by default the scan reads the text when
    /// it can.
    package init(_ scalars: [Unicode.Scalar], scanning: Bool? = nil) {
        self.scalars = scalars
        self.scans = scanning ?? scalars.allSatisfy(Self.isScannable)
    }

    /// A scalar the scan reads as the expressions do: a character of its own (`AddressScanner.standsAlone`),
    /// no control character, and no space other than ` ` and `　` (which `\s` matches).
    package static func isScannable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: false
        default: AddressScanner.standsAlone(scalar)
        }
    }

    // MARK: - The times

    /// Every match of `timePattern`, left to right.
    package func times() -> [TimeMatch] {
        guard scans else {
            return TextMatch.all(Self.timePattern, in: string(0..<scalars.count)).map { match in
                TimeMatch(
                    range: match.range, hour: (match[1] ?? match[3])?.text ?? "", minute: (match[2] ?? match[4])?.text,
                    hasColon: match[2] != nil)
            }
        }
        var found: [TimeMatch] = []
        var index = 0
        while index < scalars.count {
            if let time = time(at: index) {
                found.append(time)
                index = time.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The match of `timePattern` that starts at `start`.
    private func time(at start: Int) -> TimeMatch? {
        let hourEnd = digits(from: start)
        guard hourEnd > start else { return nil }
        let mark = spaces(from: hourEnd)
        guard mark < scalars.count else { return nil }
        switch scalars[mark] {
        case ":", "：", "∶":
            let minuteStart = spaces(from: mark + 1)
            let minuteEnd = digits(from: minuteStart)
            guard minuteEnd > minuteStart else { return nil }
            return TimeMatch(
                range: start..<minuteEnd, hour: string(start..<hourEnd), minute: string(minuteStart..<minuteEnd),
                hasColon: true)
        case "时", "点":
            // `(?:\s*([0-9]+)\s*分)?`
            let minuteStart = spaces(from: mark + 1)
            let minuteEnd = digits(from: minuteStart)
            if minuteEnd > minuteStart {
                let end = spaces(from: minuteEnd)
                if end < scalars.count, scalars[end] == "分" {
                    return TimeMatch(
                        range: start..<(end + 1), hour: string(start..<hourEnd), minute: string(minuteStart..<minuteEnd),
                        hasColon: false)
                }
            }
            return TimeMatch(range: start..<(mark + 1), hour: string(start..<hourEnd), minute: nil, hasColon: false)
        default:
            return nil
        }
    }

    // MARK: - Ranges

    /// Whether scalars `offsets` are all of a range mark (`rangeMark`): a dash or `至`, with spaces
    /// and time-of-day words around it.
    package func isRangeMark(_ offsets: Range<Int>) -> Bool {
        guard scans else { return string(offsets).firstMatch(of: Self.rangeMark) != nil }
        let limit = offsets.upperBound
        for afterWord in wordEnds(from: spaces(from: offsets.lowerBound, within: limit), within: limit) {
            for afterDash in dashEnds(from: spaces(from: afterWord, within: limit), within: limit) {
                for end in wordEnds(from: spaces(from: afterDash, within: limit), within: limit)
                where spaces(from: end, within: limit) == limit {
                    return true
                }
            }
        }
        return false
    }

    /// The digits of an end that follows the time ending at `offset` (`danglingEnd`: a dash, a
    /// word, digits), as offsets in the whole text.
    package func danglingEnd(after offset: Int) -> Range<Int>? {
        guard scans else {
            guard let match = TextMatch.first(Self.danglingEnd, in: string(offset..<scalars.count)), let digits = match[1]
            else { return nil }
            return (offset + digits.range.lowerBound)..<(offset + digits.range.upperBound)
        }
        for afterDash in dashEnds(from: spaces(from: offset), within: scalars.count) {
            for afterWord in wordEnds(from: spaces(from: afterDash), within: scalars.count) {
                let start = spaces(from: afterWord)
                let end = digits(from: start)
                if end > start { return start..<end }
            }
        }
        return nil
    }

    // MARK: - Pieces

    private func string(_ offsets: Range<Int>) -> String { String(scalars: scalars[offsets]) }

    private func digits(from start: Int) -> Int {
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || ("０"..."９").contains(scalars[end]) { end += 1 }
        return end
    }

    private func spaces(from start: Int, within limit: Int? = nil) -> Int {
        let limit = limit ?? scalars.count
        var end = start
        while end < limit, scalars[end] == " " || scalars[end] == "\u{3000}" { end += 1 }
        return end
    }

    /// Where an optional time-of-day word that may start at `start` may end: `start` itself
    /// (no word), then after each word written there.
    private func wordEnds(from start: Int, within limit: Int) -> [Int] {
        [start] + ends(of: Self.words, at: start, within: limit)
    }

    /// Where a dash written at `start` ends, for each dash written there.
    private func dashEnds(from start: Int, within limit: Int) -> [Int] {
        ends(of: Self.dashes, at: start, within: limit)
    }

    private func ends(of pieces: [[Unicode.Scalar]], at start: Int, within limit: Int) -> [Int] {
        pieces.compactMap { piece in
            start + piece.count <= limit && scalars[start..<(start + piece.count)].elementsEqual(piece)
                ? start + piece.count : nil
        }
    }
}
