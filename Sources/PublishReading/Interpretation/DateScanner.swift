import Foundation
import PublishCore

/// Finds dates and date ranges written the Chinese way (`2023年9月12日至11月20日`,
/// `10月1日至7日`) or the ISO way (`2025-03-07`) in a stretch of text.
///
/// Hand-written rather than a regular expression: it runs over every paragraph of every notice
/// (`dates/invalid`), and Swift's regex engine made it the largest cost of `publish check`.
package enum DateScanner {
    package struct FoundDate {
        package var date: CalendarDate
        package var offsets: Range<Int>
        package var yearInherited: Bool
        var precision: DatePrecision = .day
    }

    package struct FoundRange {
        var start: FoundDate
        package var end: FoundDate
        package var offsets: Range<Int>
    }

    /// Every date range in `text`, left to right.
    package static func ranges(in text: String) -> [FoundRange] {
        mayHoldDate(text) ? ranges(in: text.scalarArray) : []
    }

    /// Every date range in the text `s`, left to right.
    package static func ranges(in s: [Unicode.Scalar]) -> [FoundRange] {
        guard s.contains(where: { $0 == "年" || $0 == "-" || $0 == "." || $0 == "．" || $0 == "/" }) else { return [] }
        var found: [FoundRange] = []
        var index = 0
        while index < s.count {
            guard let start = fullDate(s, at: index) else {
                if let months = monthRange(s, at: index) {
                    found.append(months)
                    index = months.offsets.upperBound
                } else {
                    index += 1
                }
                continue
            }
            var cursor = skipStart(s, start.end)
            guard let afterConnector = connector(s, at: cursor) else {
                index = start.end
                continue
            }
            cursor = skipSpaces(s, afterConnector)
            let end = start.iso ? isoDate(s, at: cursor) : partialDate(s, at: cursor, inheriting: start.date)
            guard let end else {
                index = start.end
                continue
            }
            found.append(FoundRange(
                start: FoundDate(date: start.date, offsets: index..<start.end, yearInherited: false),
                end: FoundDate(date: end.date, offsets: cursor..<end.end, yearInherited: end.yearInherited),
                offsets: index..<end.end))
            index = end.end
        }
        return found
    }

    /// Every single full date (with its year) in `text`, left to right.
    package static func dates(in text: String) -> [FoundDate] {
        mayHoldDate(text) ? dates(in: text.scalarArray) : []
    }

    /// Whether `text` has a `年` or a `-`, which every date has: looked for on the UTF-8 bytes,
    /// so that text without dates is not decoded into scalars.
    package static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let start = bytes.baseAddress else { return false }
            for mark in ["-", ".", "/"] as [Unicode.Scalar] where memchr(start, Int32(mark.value), bytes.count) != nil {
                return true
            }
            // 年 is E5 B9 B4; B4 is the rarer byte in Chinese text.
            var offset = 2
            while offset < bytes.count, let found = memchr(start + offset, 0xB4, bytes.count - offset) {
                let at = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(found))
                if at >= 2, bytes[at - 2] == 0xE5, bytes[at - 1] == 0xB9 { return true }
                offset = at + 1
            }
            return false
        } ?? true
    }

    /// Every single full date in the text `s`, left to right.
    package static func dates(in s: [Unicode.Scalar]) -> [FoundDate] {
        guard s.contains(where: { $0 == "年" || $0 == "-" || $0 == "." || $0 == "．" || $0 == "/" }) else { return [] }
        var found: [FoundDate] = []
        var index = 0
        while index < s.count {
            if let date = fullDate(s, at: index) {
                found.append(FoundDate(date: date.date, offsets: index..<date.end, yearInherited: false))
                index = date.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Every date written without its year (`8月30日`, `7月5日`) that is not the end of a range or
    /// part of a full date, left to right. Its `date` has year 0 until the caller gives it one.
    package static func yearlessDates(in s: [Unicode.Scalar]) -> [FoundDate] {
        guard s.contains("月") else { return [] }
        var found: [FoundDate] = []
        var index = 0
        while index < s.count {
            // A month after a year or a range's connector belongs to a full date or a range.
            var previous = index - 1
            while previous >= 0, s[previous] == " " || s[previous] == "\u{3000}" { previous -= 1 }
            // `同年7月12日` (the same year) has no year of its own.
            let sameYear = previous >= 1 && s[previous] == "年" && s[previous - 1] == "同"
            let follows = previous >= 0 && ((s[previous] == "年" && !sameYear) || connector(s, at: previous) != nil)
            if isDigit(s, index), !isDigit(s, index - 1), !follows,
                let (month, afterMonth) = number(s, index, max: 2), let afterYue = mark(s, afterMonth, "月"),
                let (day, afterDay) = number(s, skipSpaces(s, afterYue), max: 2), let afterRi = mark(s, afterDay, "日")
            {
                found.append(FoundDate(date: CalendarDate(year: 0, month: month, day: day), offsets: index..<afterRi, yearInherited: true))
                index = afterRi
            } else {
                index += 1
            }
        }
        return found
    }

    /// Every month written with its year and no day (`2024年4月`), left to right, held as its first
    /// day with month precision.
    package static func yearMonths(in s: [Unicode.Scalar]) -> [FoundDate] {
        guard s.contains("月") else { return [] }
        var found: [FoundDate] = []
        var index = 0
        while index < s.count {
            if let (date, end) = yearMonth(s, at: index) {
                found.append(FoundDate(date: date, offsets: index..<end, yearInherited: false, precision: .month))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Ranges written without a year (`5月6日至5月17日`, `5月6日至17日`) that are not part of a
    /// dated range, left to right; every date in them has year 0 until the caller gives it one.
    package static func yearlessRanges(in s: [Unicode.Scalar]) -> [FoundRange] {
        var found: [FoundRange] = []
        for start in yearlessDates(in: s) {
            guard let afterConnector = connector(s, at: skipStart(s, start.offsets.upperBound)),
                let end = partialDate(s, at: skipSpaces(s, afterConnector), inheriting: start.date), !end.iso
            else { continue }
            let endStart = skipSpaces(s, afterConnector)
            found.append(FoundRange(
                start: start,
                end: FoundDate(date: end.date, offsets: endStart..<end.end, yearInherited: true),
                offsets: start.offsets.lowerBound..<end.end))
        }
        return found
    }

    // MARK: - Pieces

    /// `2023年11月至2024年1月`, `2024年4月至6月`: months, not days. Each month is held as its first day.
    private static func monthRange(_ s: [Unicode.Scalar], at i: Int) -> FoundRange? {
        guard let (start, afterStart) = yearMonth(s, at: i) else { return nil }
        guard let afterConnector = connector(s, at: skipStart(s, afterStart)) else { return nil }
        let cursor = skipSpaces(s, afterConnector)
        let end: (CalendarDate, Int, Bool)
        if let (date, after) = yearMonth(s, at: cursor) {
            end = (date, after, false)
        } else if let (month, afterMonth) = number(s, cursor, max: 2), let afterYue = mark(s, afterMonth, "月"),
            !isDigit(s, skipSpaces(s, afterYue))
        {
            end = (CalendarDate(year: start.year, month: month, day: 1), afterYue, true)
        } else {
            return nil
        }
        return FoundRange(
            start: FoundDate(date: start, offsets: i..<afterStart, yearInherited: false, precision: .month),
            end: FoundDate(date: end.0, offsets: cursor..<end.1, yearInherited: end.2, precision: .month),
            offsets: i..<end.1)
    }

    /// `2024年4月` not followed by a day.
    private static func yearMonth(_ s: [Unicode.Scalar], at i: Int) -> (CalendarDate, Int)? {
        guard isDigit(s, i), !isDigit(s, i - 1), let (year, afterYear) = number(s, i, max: 4), afterYear - i == 4,
            let afterNian = mark(s, afterYear, "年"),
            let (month, afterMonth) = number(s, skipSpaces(s, afterNian), max: 2),
            let afterYue = mark(s, afterMonth, "月"), !isDigit(s, skipSpaces(s, afterYue))
        else { return nil }
        return (CalendarDate(year: year, month: month, day: 1), afterYue)
    }

    private struct Parsed {
        var date: CalendarDate
        var end: Int
        var iso: Bool = false
        var yearInherited: Bool = false
    }

    /// ASCII and full-width digits (`２０２４年５月６日` is a date, however it is typed).
    private static func isDigit(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i >= 0 && i < s.count && digitValue(s[i]) != nil
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? { StatedWorkdays.digitValue(scalar) }

    /// Up to `max` digits at `i`: their value and where they end.
    private static func number(_ s: [Unicode.Scalar], _ i: Int, max: Int) -> (Int, Int)? {
        var end = i
        var value = 0
        while end < s.count, end - i < max, isDigit(s, end) {
            value = value * 10 + digitValue(s[end])!
            end += 1
        }
        guard end > i, !isDigit(s, end) else { return nil }
        return (value, end)
    }

    /// Spaces, and the `起` of `2024年5月6日起至5月17日止`, between a range's start and its connector.
    private static func skipStart(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        let j = skipSpaces(s, i)
        return j < s.count && s[j] == "起" ? skipSpaces(s, j + 1) : j
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var i = i
        while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\u{3000}" { i += 1 }
        return i
    }

    /// `literal` (one scalar) after optional spaces.
    private static func mark(_ s: [Unicode.Scalar], _ i: Int, _ literal: Unicode.Scalar) -> Int? {
        let j = skipSpaces(s, i)
        return j < s.count && s[j] == literal ? j + 1 : nil
    }

    /// A full date at `i`, Chinese (`2025年3月7日`) or ISO (`2025-03-07`), starting at a digit that
    /// no digit precedes.
    private static func fullDate(_ s: [Unicode.Scalar], at i: Int) -> Parsed? {
        guard isDigit(s, i), !isDigit(s, i - 1) else { return nil }
        if let iso = isoDate(s, at: i) { return iso }
        guard let (year, afterYear) = number(s, i, max: 4), afterYear - i == 4,
            let afterNian = mark(s, afterYear, "年"),
            let (month, afterMonth) = number(s, skipSpaces(s, afterNian), max: 2),
            let afterYue = mark(s, afterMonth, "月"),
            let (day, afterDay) = number(s, skipSpaces(s, afterYue), max: 2),
            let afterRi = mark(s, afterDay, "日")
        else { return nil }
        return Parsed(date: CalendarDate(year: year, month: month, day: day), end: afterRi)
    }

    /// `2025-03-07`, and the dotted form web pages use (`2024.5.6`, `2024．5．6`, `2024/5/6`).
    private static func isoDate(_ s: [Unicode.Scalar], at i: Int) -> Parsed? {
        guard isDigit(s, i), !isDigit(s, i - 1),
            let (year, afterYear) = number(s, i, max: 4), afterYear - i == 4,
            afterYear < s.count, ["-", ".", "．", "/"].contains(s[afterYear]),
            let (month, afterMonth) = number(s, afterYear + 1, max: 2),
            afterMonth < s.count, s[afterMonth] == s[afterYear],
            let (day, afterDay) = number(s, afterMonth + 1, max: 2),
            // `2024.5.6.` ends a sentence; `2024.5.6.7` is no date.
            !(afterDay + 1 < s.count && s[afterDay] == s[afterYear] && isDigit(s, afterDay + 1)),
            // Only ISO dates may be impossible: a dotted group of numbers that is no date is no date.
            s[afterYear] == "-" || ((1...12).contains(month) && (1...31).contains(day))
        else { return nil }
        return Parsed(date: CalendarDate(year: year, month: month, day: day), end: afterDay, iso: true)
    }

    /// The end of a range: `2024年1月4日`, `3月27日` or `7日`, taking what is left out from the start.
    private static func partialDate(_ s: [Unicode.Scalar], at i: Int, inheriting start: CalendarDate) -> Parsed? {
        if var full = fullDate(s, at: i), !full.iso {
            full.yearInherited = false
            return full
        }
        guard let (first, afterFirst) = number(s, i, max: 2) else { return nil }
        if let afterYue = mark(s, afterFirst, "月") {
            guard let (day, afterDay) = number(s, skipSpaces(s, afterYue), max: 2), let afterRi = mark(s, afterDay, "日") else {
                return nil
            }
            return Parsed(date: CalendarDate(year: start.year, month: first, day: day), end: afterRi, yearInherited: true)
        }
        guard let afterRi = mark(s, afterFirst, "日") else { return nil }
        return Parsed(date: CalendarDate(year: start.year, month: start.month, day: first), end: afterRi, yearInherited: true)
    }

    /// 至, 到, —, ——, –, －, -, ～, ~ : where it ends.
    private static func connector(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i < s.count else { return nil }
        switch s[i] {
        case "至", "到", "–", "－", "-", "～", "~": return i + 1
        case "—": return i + 1 < s.count && s[i + 1] == "—" ? i + 2 : i + 1
        default: return nil
        }
    }

    // MARK: - Model values

    /// A found date as a model value, located through the rich text whose scalars it was found in.
    package static func located(
        _ found: FoundDate, in text: RichText, scalars: [Unicode.Scalar], offsets: RunOffsets
    ) -> LocatedDate {
        let written = String(scalars: scalars[found.offsets.clamped(to: 0..<scalars.count)])
        var date = LocatedDate(
            date: found.date, text: written,
            range: text.range(of: found.offsets, offsets: offsets) ?? SourceRange(at: SourceLocation(line: 1, column: 1)),
            yearInherited: found.yearInherited)
        date.precision = found.precision
        return date
    }

    package static func located(
        _ found: FoundRange, in text: RichText, scalars: [Unicode.Scalar], offsets: RunOffsets
    ) -> DateRange {
        DateRange(
            start: located(found.start, in: text, scalars: scalars, offsets: offsets),
            end: located(found.end, in: text, scalars: scalars, offsets: offsets),
            range: text.range(of: found.offsets, offsets: offsets) ?? SourceRange(at: SourceLocation(line: 1, column: 1)))
    }
}
