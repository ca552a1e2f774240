import Foundation

/// Tells from the bytes of a notice's author text whether `dates/invalid` may find an impossible
/// date in it, without decoding it: the rule's scan of every text (which joins the texts that hold
/// 年, 月 and 日, decodes them and runs `DateScanner` over them) runs only when it may.
///
/// Every date that scan reports ends in 日 and has a day written as one or two digits right before
/// it (spaces allowed between): after `M月` (a full date `YYYY年M月D日` or a range's end `M月D日`),
/// or after a range's connector (`至D日`, which takes its month from the range's start, itself a
/// full date the scan also reads). Such a date is impossible only if its day is 0, above 28 for a
/// month not known to have more, or its month is 0 or above 12, or its year (the four digits
/// before the 年 before `M月`) is 0. So the text may hold one only where a 日 has such a day,
/// month or year; anything else is no date or a possible one. Reading texts laid out one after
/// another is safe: the digits of a date's day and month stand after a mark of the same text, and
/// a year's four digits are the four nearest to its 年.
package enum InvalidDateCandidates {
    /// Whether `bytes` (UTF-8 of whole scalars) may hold an impossible date as `dates/invalid`
    /// reads its texts.
    package static func mayHoldInvalidDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return false }
        // 日 is E6 97 A5: its last byte looked for with memchr.
        return occurrences(of: (0xE6, 0x97, 0xA5), in: bytes, base: base, where: { dayMayBeInvalid(bytes, before: $0) })
    }

    /// Whether `test` holds for the start of some occurrence of the three bytes `mark`.
    private static func occurrences(
        of mark: (UInt8, UInt8, UInt8), in bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>,
        where test: (Int) -> Bool
    ) -> Bool {
        var offset = 2
        while offset < bytes.count, let found = memchr(base + offset, Int32(mark.2), bytes.count - offset) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[at - 2] == mark.0, bytes[at - 1] == mark.1, test(at - 2) { return true }
            offset = at + 1
        }
        return false
    }

    /// The 日 at byte `mark`: whether the digits before it make a day of an impossible date.
    private static func dayMayBeInvalid(_ bytes: UnsafeBufferPointer<UInt8>, before mark: Int) -> Bool {
        let day = digits(bytes, before: skipSpaces(bytes, before: mark))
        // No digits, or three or more: no day of a date.
        guard day.count == 1 || day.count == 2 else { return false }
        let beforeDay = skipSpaces(bytes, before: day.start)
        guard let (previous, previousStart) = scalar(bytes, before: beforeDay) else { return false }
        if previous == 0x6708 {  // 月
            let month = digits(bytes, before: skipSpaces(bytes, before: previousStart))
            guard month.count == 1 || month.count == 2 else { return false }
            if month.value == 0 || month.value > 12 || day.value == 0 || day.value > maximumDays(month.value) { return true }
            // A full date's year: `YYYY年M月D日`.
            guard let (beforeMonth, beforeMonthStart) = scalar(bytes, before: skipSpaces(bytes, before: month.start)),
                beforeMonth == 0x5E74  // 年
            else { return false }
            return yearMayBeZero(bytes, before: beforeMonthStart)
        }
        // `至D日` takes its month from the range's start.
        if isConnector(previous) { return day.value == 0 || day.value > 28 }
        return false
    }

    /// The 年 at byte `mark`: whether the four digits before it (spaces between) are all 0.
    private static func yearMayBeZero(_ bytes: UnsafeBufferPointer<UInt8>, before mark: Int) -> Bool {
        let year = digits(bytes, before: skipSpaces(bytes, before: mark), upTo: 4)
        return year.count == 4 && year.value == 0
    }

    /// The days every year's `month` has (February 28).
    private static func maximumDays(_ month: Int) -> Int {
        switch month {
        case 2: 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 至, 到, –, —, －, -, ～, ~: a range's connector, or its last scalar.
    private static func isConnector(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x81F3, 0x5230, 0x2013, 0x2014, 0xFF0D, 0x2D, 0xFF5E, 0x7E: true
        default: false
        }
    }

    /// The digits (ASCII or full-width) that end at byte `end`, read back: up to `limit` of them,
    /// their value and where the first one starts. Three digits stand for "more than two".
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, upTo limit: Int = 3)
        -> (count: Int, value: Int, start: Int)
    {
        var count = 0
        var value = 0
        var place = 1
        var start = end
        while count < limit, let (scalar, scalarStart) = scalar(bytes, before: start) {
            let digit: UInt32
            switch scalar {
            case 0x30...0x39: digit = scalar - 0x30
            case 0xFF10...0xFF19: digit = scalar - 0xFF10
            default: return (count, value, start)
            }
            value += Int(digit) * place
            place *= 10
            count += 1
            start = scalarStart
        }
        return (count, value, start)
    }

    /// Where the spaces (` `, tab, U+3000) that end at byte `end` start.
    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        var end = end
        while let (scalar, start) = scalar(bytes, before: end), scalar == 0x20 || scalar == 0x09 || scalar == 0x3000 {
            end = start
        }
        return end
    }

    /// The scalar that ends at byte `end` and where it starts, or nil at the start.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (UInt32, Int)? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let lead = UInt32(bytes[start])
        switch end - start {
        case 1: return (lead, start)
        case 2: return ((lead & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F), start)
        case 3:
            return ((lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F), start)
        default:
            return (
                (lead & 0x07) << 18 | UInt32(bytes[start + 1] & 0x3F) << 12 | UInt32(bytes[start + 2] & 0x3F) << 6
                    | UInt32(bytes[start + 3] & 0x3F), start
            )
        }
    }
}
