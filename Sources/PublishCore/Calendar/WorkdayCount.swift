/// The working days in a span, plus the years for which the count had no data.
///
/// When a span runs into a year that has no holiday notice yet, the count does not give up (it
/// would lose the part it does know). It also does not pretend to be sure. Uncovered days are
/// counted as Monday–Friday and their years are listed, so the caller can warn that the number
/// is only an estimate.
public struct WorkdayCount: Hashable, Sendable {
    /// The working days counted, ascending. Both ends of the span are included, so a caller can
    /// name the exact days behind a disputed count.
    public var days: [CalendarDate]
    /// Years inside the span that have no notice data, ascending. Days in these years were
    /// counted as plain Monday–Friday.
    public var uncoveredYears: [Int]

    public init(days: [CalendarDate], uncoveredYears: [Int]) {
        self.days = days
        self.uncoveredYears = uncoveredYears
    }

    /// The number to compare with a notice's 「（N个工作日）」.
    public var workdays: Int { days.count }

    /// Whether the count rests only on published notices. When false, warn rather than report a
    /// mismatch as certain.
    public var isExact: Bool { uncoveredYears.isEmpty }
}
