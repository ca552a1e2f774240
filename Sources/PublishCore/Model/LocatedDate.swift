/// A date as the author wrote it in the body, with where it stands.
public struct LocatedDate: Hashable, Sendable, Codable {
    public var date: CalendarDate
    /// The text as written (`2023年9月12日`, `11月20日`).
    public var text: String
    public var range: SourceRange
    /// `true` when the year was left out and taken from the range's start (`至11月20日`) or, for a
    /// feedback date, from the inspection period (`并于8月30日反馈`).
    public var yearInherited: Bool
    /// Whether the author wrote a day or only a month (`2024年4月至6月`). A month is held as its
    /// first day and compared with other dates by month.
    public var precision: DatePrecision = .day

    public init(date: CalendarDate, text: String, range: SourceRange, yearInherited: Bool = false) {
        self.date = date
        self.text = text
        self.range = range
        self.yearInherited = yearInherited
    }
}

package extension LocatedDate {
    private enum CodingKeys: String, CodingKey {
        case date, text, range, yearInherited, precision
    }

    /// A month is written as a month (`2024-04`) with `precision: month`; a day as `2025-03-07`
    /// with no `precision`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if precision == .month {
            try container.encode(String(date.description.prefix(7)), forKey: .date)
            try container.encode(precision, forKey: .precision)
        } else {
            try container.encode(date, forKey: .date)
        }
        try container.encode(text, forKey: .text)
        try container.encode(range, forKey: .range)
        try container.encode(yearInherited, forKey: .yearInherited)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let precision = try container.decodeIfPresent(DatePrecision.self, forKey: .precision) ?? .day
        let date: CalendarDate
        if precision == .month {
            let text = try container.decode(String.self, forKey: .date)
            guard let month = CalendarDate(iso: text + "-01") else {
                throw DecodingError.dataCorruptedError(forKey: .date, in: container, debugDescription: "not a month: \(text)")
            }
            date = month
        } else {
            date = try container.decode(CalendarDate.self, forKey: .date)
        }
        self.init(
            date: date, text: try container.decode(String.self, forKey: .text),
            range: try container.decode(SourceRange.self, forKey: .range),
            yearInherited: try container.decode(Bool.self, forKey: .yearInherited))
        self.precision = precision
    }
}

/// How precisely a date is written: a day (`2024年4月8日`) or a month (`2024年4月`).
public enum DatePrecision: String, Hashable, Sendable, Codable {
    case day
    case month
}

/// A span of days from `start` to `end`, both inclusive, as written in the body.
public struct DateRange: Hashable, Sendable, Codable {
    public var start: LocatedDate
    public var end: LocatedDate
    public var range: SourceRange

    public init(start: LocatedDate, end: LocatedDate, range: SourceRange) {
        self.start = start
        self.end = end
        self.range = range
    }
}
