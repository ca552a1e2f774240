/// A date as the author wrote it in the body, with where it stands.
public struct LocatedDate: Hashable, Sendable, Codable {
    public var date: CalendarDate
    /// The text as written (`2023年9月12日`, `11月20日`).
    public var text: String
    public var range: SourceRange
    /// `true` when the year was left out and taken from the range's start (`至11月20日`).
    public var yearInherited: Bool

    public init(date: CalendarDate, text: String, range: SourceRange, yearInherited: Bool = false) {
        self.date = date
        self.text = text
        self.range = range
        self.yearInherited = yearInherited
    }
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
