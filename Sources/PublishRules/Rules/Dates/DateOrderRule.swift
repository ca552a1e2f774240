import PublishCore
import PublishReading

/// Reports dates of the notice that are out of order: inspection start ≤ end < feedback ≤
/// publication ≤ disclosure start ≤ disclosure end.
///
/// The dates tell one story: the team inspects, gives its feedback, the committee rectifies and
/// publishes, and the public may comment for a period from publication on. A date out of that order
/// is almost always a wrong year or month (often an end date that took the start's year, as in
/// `2023年12月12日至1月20日`), and it misleads the reader. Each date is compared with the nearest
/// earlier date of the chain the notice gives; a missing or invalid date is passed over.
///
/// Example: `2023年9月12日至11月20日……2023年11月1日，省委巡视组……反馈了巡视意见`
package struct DateOrderRule: Rule {
    package let descriptor = RuleDescriptor(id: "dates/order", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        let dates = NoticeDate.all(in: context).filter(\.date.isValid)
        var findings: [Finding] = []
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            // Feedback comes strictly after the inspection's end, so any pair that spans that link is strict.
            let strict = NoticeDate.Part.allCases.contains {
                $0.isStrictlyAfterPrevious && earlier.part < $0 && $0 <= later.part
            }
            var a = earlier.date
            var b = later.date
            // A month (`2024年4月至6月`) is compared as a month: any day of it may be meant.
            let byMonth = earlier.precision == .month || later.precision == .month
            if byMonth {
                a.day = 1
                b.day = 1
            }
            guard b < a || (strict && a == b && !byMonth) else { continue }
            let message =
                byMonth
                ? Message("dates.order.month-before", later.part.name, later.text, earlier.part.name, earlier.text)
                : a == b
                ? Message("dates.order.same-day", later.part.name, b.chinese, earlier.part.name)
                : Message("dates.order.before", later.part.name, b.chinese, earlier.part.name, a.chinese)
            var notes = [NoticeDate.chain]
            var fix: Message? = nil
            // An end that took its start's year and so falls before it: the period likely runs into the next year.
            let isRangeEnd =
                (earlier.part, later.part) == (.inspectionStart, .inspectionEnd)
                || (earlier.part, later.part) == (.disclosureStart, .disclosureEnd)
            if later.part == .feedback, later.yearInherited {
                notes.append(Message("dates.order.feedback-year", later.text, b.year))
            }
            if isRangeEnd, later.yearInherited {
                notes.append(Message("dates.order.range-year", later.text, b.year))
                if b < a {
                    fix = Message("dates.order.fix-next-year", b.year + 1, b.month, b.day)
                }
            }
            // At the date written later in the file: the one the reader meets when the order breaks.
            let at = later.range.start >= earlier.range.start ? later.range : earlier.range
            findings.append(Finding(message, at: at, notes: notes, fix: fix))
        }
        return findings
    }
}
