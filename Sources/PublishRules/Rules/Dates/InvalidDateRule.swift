import PublishCore
import PublishReading

/// Reports a date in the body that does not exist: 2月30日, month 13, year 0.
///
/// A date that is not on the calendar is a typing error, and the public cannot tell which day was
/// meant. It also breaks every later check: the order of the dates and the count of working days
/// are skipped for it. The rule looks at the dates the notice is built on (the inspection period,
/// the feedback date, the disclosure period) and at every other full date in the body (paragraphs,
/// headings, tables), and names the part a date plays when it has one.
///
/// Example: `公开期限：2025年2月20日至2月30日（7个工作日）`
package struct InvalidDateRule: Rule {
    package let descriptor = RuleDescriptor(id: "dates/invalid", severity: .error)

    /// The bytes of `年`, `月`, `日`.
    private static let dateMarks = ["年", "月", "日"].map { Array($0.utf8) }

    package func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<SourceLocation>()
        func report(_ date: CalendarDate, text: String, range: SourceRange, part: NoticeDate.Part?, yearInherited: Bool)
        {
            guard let reason = DateRules.invalidityReason(of: date), reported.insert(range.start).inserted else {
                return
            }
            let message = part.map { Message("dates.invalid.part", $0.name, text, reason) }
                ?? Message("dates.invalid", text, reason)
            var notes: [Message] = []
            if yearInherited { notes.append(Message("dates.invalid.year-from-range", date.year)) }
            var fix: Message? = nil
            if (1...9999).contains(date.year), (1...12).contains(date.month), date.day > 28 {
                let last = CalendarDate.daysInMonth(year: date.year, month: date.month)
                fix = Message("dates.invalid.fix-last-day", date.year, date.month, last)
            }
            findings.append(Finding(message, at: range, notes: notes, fix: fix))
        }
        // The dates the notice is built on first, so that their finding names their part.
        for date in NoticeDate.all(in: context) where date.part != .publication {
            report(date.date, text: date.text, range: date.range, part: date.part, yearInherited: date.yearInherited)
        }
        // Most notices hold no impossible date: the bytes of all their author text, laid out for the
        // typography rules, tell so without joining or decoding a text (`InvalidDateCandidates`).
        let layout = TypographyRules.layout(context)
        guard layout.bytes.withUnsafeBufferPointer(InvalidDateCandidates.mayHoldInvalidDate) else { return findings }
        // Every text of the body: paragraphs, and also headings' leads and table cells.
        // Every date reported below is written with 年, 月 and 日, or ends a range whose start is
        // (and takes its year from it): text without all three is passed over before it is joined
        // and scanned.
        for rich in context.texts(holding: Self.dateMarks) {
            // The scalars of the joined text, decoded from its runs; every text here holds 年, so the
            // scanners' answers on the scalars are those on the string (`DateScanner.mayHoldDate`).
            let scalars = rich.scalarArray
            func written(_ offsets: Range<Int>) -> String {
                String(scalars: scalars[offsets.clamped(to: 0..<scalars.count)])
            }
            // Whether the date as written holds `mark`. The scalars are looked at directly, without
            // making a string: the 年 and 日 of a date stand between digits and spaces, so no
            // neighbour joins them into another character.
            func holds(_ offsets: Range<Int>, _ mark: Unicode.Scalar) -> Bool {
                scalars[offsets.clamped(to: 0..<scalars.count)].contains(mark)
            }
            // Full dates written the Chinese way (`2025年2月30日`), and the ends of ranges that take
            // their year or month from the start (`2025年2月20日至30日`).
            var found = DateScanner.dates(in: scalars).filter { holds($0.offsets, "年") }
            found += DateScanner.ranges(in: scalars).map(\.end).filter { $0.yearInherited && holds($0.offsets, "日") }
            for date in found.sorted(by: { $0.offsets.lowerBound < $1.offsets.lowerBound }) {
                // A date that exists is not reported: pass over it before locating it.
                guard DateRules.invalidityReason(of: date.date) != nil else { continue }
                guard let range = rich.range(of: date.offsets) else { continue }
                report(
                    date.date, text: written(date.offsets), range: range, part: nil, yearInherited: date.yearInherited)
            }
        }
        return findings
    }
}
