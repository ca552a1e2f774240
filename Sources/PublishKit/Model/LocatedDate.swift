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
