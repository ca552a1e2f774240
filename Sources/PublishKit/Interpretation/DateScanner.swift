/// Finds dates and date ranges written the Chinese way (`2023年9月12日至11月20日`,
/// `10月1日至7日`) or the ISO way (`2025-03-07`) in a stretch of text.
enum DateScanner {
    struct FoundDate {
        var date: CalendarDate
        var offsets: Range<Int>
        var yearInherited: Bool
    }

    struct FoundRange {
        var start: FoundDate
        var end: FoundDate
        var offsets: Range<Int>
    }

    private static let full = #"(?:^|[^\d])(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(日)"#
    private static let iso = #"(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#
    private static let connector = #"\s*(?:至|到|—|–|－|-|～|~|——)\s*"#

    nonisolated(unsafe) private static let rangePattern = Regex<AnyRegexOutput>(
        checked: full + connector + #"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日"#)
    nonisolated(unsafe) private static let isoRangePattern = Regex<AnyRegexOutput>(
        checked: iso + connector + #"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#)
    nonisolated(unsafe) private static let datePattern = Regex<AnyRegexOutput>(checked: full)
    nonisolated(unsafe) private static let isoPattern = Regex<AnyRegexOutput>(checked: iso)

    /// Every date range in `text`, left to right.
    static func ranges(in text: String) -> [FoundRange] {
        var found: [FoundRange] = []
        for match in TextMatch.all(rangePattern, in: text) {
            guard let start = date(match[1], match[2], match[3]) else { continue }
            let year = match[5].flatMap { Int($0.text) }
            let month = match[6].flatMap { Int($0.text) }
            guard let day = match[7].flatMap({ Int($0.text) }) else { continue }
            let endDate = CalendarDate(year: year ?? start.year, month: month ?? start.month, day: day)
            let endStart = match[5]?.range.lowerBound ?? match[6]?.range.lowerBound ?? match[7]!.range.lowerBound
            let startFound = FoundDate(date: start, offsets: match[1]!.range.lowerBound..<match[4]!.range.upperBound,
                                       yearInherited: false)
            let endFound = FoundDate(date: endDate, offsets: endStart..<match.range.upperBound, yearInherited: year == nil)
            found.append(FoundRange(start: startFound, end: endFound, offsets: match[1]!.range.lowerBound..<match.range.upperBound))
        }
        for match in TextMatch.all(isoRangePattern, in: text) {
            guard let start = date(match[1], match[2], match[3]), let end = date(match[4], match[5], match[6]) else { continue }
            found.append(FoundRange(
                start: FoundDate(date: start, offsets: match[1]!.range.lowerBound..<match[3]!.range.upperBound, yearInherited: false),
                end: FoundDate(date: end, offsets: match[4]!.range.lowerBound..<match[6]!.range.upperBound, yearInherited: false),
                offsets: match[1]!.range.lowerBound..<match.range.upperBound))
        }
        return found.sorted { $0.offsets.lowerBound < $1.offsets.lowerBound }
    }

    /// Every single full date (with its year) in `text`, left to right.
    static func dates(in text: String) -> [FoundDate] {
        let chinese = TextMatch.all(datePattern, in: text).compactMap { match -> FoundDate? in
            date(match[1], match[2], match[3]).map {
                FoundDate(date: $0, offsets: match[1]!.range.lowerBound..<match[4]!.range.upperBound, yearInherited: false)
            }
        }
        let isoDates = TextMatch.all(isoPattern, in: text).compactMap { match -> FoundDate? in
            date(match[1], match[2], match[3]).map {
                FoundDate(date: $0, offsets: match[1]!.range.lowerBound..<match[3]!.range.upperBound, yearInherited: false)
            }
        }
        return (chinese + isoDates).sorted { $0.offsets.lowerBound < $1.offsets.lowerBound }
    }

    private static func date(_ y: TextMatch.Group?, _ m: TextMatch.Group?, _ d: TextMatch.Group?) -> CalendarDate? {
        guard let y = y.flatMap({ Int($0.text) }), let m = m.flatMap({ Int($0.text) }),
            let d = d.flatMap({ Int($0.text) })
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// A found date as a model value, located through the rich text it came from.
    static func located(_ found: FoundDate, in text: RichText, plain: String) -> LocatedDate {
        let scalars = Array(plain.unicodeScalars)
        let written = String(String.UnicodeScalarView(scalars[found.offsets.clamped(to: 0..<scalars.count)]))
        return LocatedDate(
            date: found.date, text: written,
            range: text.range(of: found.offsets) ?? SourceRange(at: SourceLocation(line: 1, column: 1)),
            yearInherited: found.yearInherited)
    }

    static func located(_ found: FoundRange, in text: RichText, plain: String) -> DateRange {
        DateRange(
            start: located(found.start, in: text, plain: plain),
            end: located(found.end, in: text, plain: plain),
            range: text.range(of: found.offsets) ?? SourceRange(at: SourceLocation(line: 1, column: 1)))
    }
}
