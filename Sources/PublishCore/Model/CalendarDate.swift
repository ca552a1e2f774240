/// A calendar day (no clock time, no time zone): notices speak of days in Asia/Shanghai.
///
/// It may hold a date that does not exist (2025年2月30日) so that `check` can report it where the
/// author wrote it; `isValid` tells.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the date exists in the (proleptic) Gregorian calendar, years 1–9999.
    public var isValid: Bool {
        (1...9999).contains(year) && (1...12).contains(month)
            && (1...CalendarDate.daysInMonth(year: year, month: month)).contains(day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO 8601 form, `2025-03-07`.
    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        let d = day < 10 ? "0\(day)" : String(day)
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// The form 公文 use: Arabic numerals, no zero padding (`2025年3月7日`).
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// Parses `2025-03-07` (ISO form, as in front matter). Returns nil for anything else; the
    /// result may be an invalid date.
    ///
    /// Three parts between `-`, each what `Int` reads (digits, a `+` before them allowed) — read
    /// on the UTF-8 bytes: splitting into substrings and parsing each through the generic `Int`
    /// initialiser cost about ten thousand instructions a date (the holiday table alone has 400).
    public init?(iso text: some StringProtocol) {
        guard let parts = Self.isoParts(String(text)) else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    private static func isoParts(_ text: String) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            var numbers = (0, 0, 0)
            var part = 0
            var value = 0
            var digits = 0
            var signed = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "-")
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                    let (sum, carry) = times.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
                    guard !overflow, !carry else { return nil }
                    value = sum
                    digits += 1
                case UInt8(ascii: "+") where digits == 0 && !signed:
                    signed = true
                case UInt8(ascii: "-"):
                    guard digits > 0, part < 3 else { return nil }
                    switch part {
                    case 0: numbers.0 = value
                    case 1: numbers.1 = value
                    default: numbers.2 = value
                    }
                    part += 1
                    value = 0
                    digits = 0
                    signed = false
                default:
                    return nil
                }
            }
            return part == 3 ? numbers : nil
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: - Day arithmetic

    /// Days since 1970-01-01 (negative before it). Only meaningful for valid dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

import Foundation

extension CalendarDate {
    /// Today in the given time zone (Asia/Shanghai for notices).
    public static func today(in timeZone: String = "Asia/Shanghai") -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
