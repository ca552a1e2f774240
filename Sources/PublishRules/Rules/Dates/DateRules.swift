import PublishCore
import PublishReading

/// The `dates/*` rules (docs/rules.md lists every rule).
package enum DateRules {
    package static let all: [any Rule] = [InvalidDateRule(), DateOrderRule(), MissingDateRule()]
}

/// One of the dates a notice must give in order (docs/rules.md, `dates/order`): inspection start ≤
/// end < feedback ≤ publication ≤ disclosure start ≤ disclosure end, with where it was written.
package struct NoticeDate {
    package enum Part: Int, CaseIterable, Comparable {
        case inspectionStart, inspectionEnd, feedback, publication, disclosureStart, disclosureEnd

        /// How messages name the date.
        var name: Message {
            switch self {
            case .inspectionStart: Message("date-part.inspection-start")
            case .inspectionEnd: Message("date-part.inspection-end")
            case .feedback: Message("date-part.feedback")
            case .publication: Message("date-part.publication")
            case .disclosureStart: Message("date-part.disclosure-start")
            case .disclosureEnd: Message("date-part.disclosure-end")
            }
        }

        /// Whether this date must come strictly after the previous part of the chain (feedback is
        /// given after the inspection has ended; every other link allows the same day).
        var isStrictlyAfterPrevious: Bool { self == .feedback }

        package static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    package var part: Part
    package var date: CalendarDate
    /// As written (`2023年9月12日`, `11月20日`, or the front matter's `2025-03-07`).
    package var text: String
    package var range: SourceRange
    package var yearInherited: Bool
    package var precision: DatePrecision = .day

    /// The chain as messages state it.
    package static let chain = Message("dates.chain")

    /// The dates of the chain the notice gives, in chain order; valid or not.
    package static func all(in context: CheckContext) -> [NoticeDate] {
        let notice = context.notice
        var dates: [NoticeDate] = []
        func add(_ part: Part, _ located: LocatedDate?) {
            guard let located else { return }
            dates.append(
                NoticeDate(
                    part: part, date: located.date, text: located.text, range: located.range,
                    yearInherited: located.yearInherited, precision: located.precision))
        }
        add(.inspectionStart, notice.opening.period?.start)
        add(.inspectionEnd, notice.opening.period?.end)
        add(.feedback, notice.opening.feedback)
        if let date = notice.frontMatter.date {
            dates.append(
                NoticeDate(
                    part: .publication, date: date, text: date.description,
                    range: notice.frontMatter.ranges["date"] ?? context.bodyStart, yearInherited: false))
        }
        // An implied start (the publication date itself) or a computed end adds nothing to check.
        if let disclosure = notice.closing?.disclosure {
            if disclosure.wording == .labelled || disclosure.wording == .invitation {
                add(.disclosureStart, disclosure.period?.start)
            }
            if disclosure.wording != .relative { add(.disclosureEnd, disclosure.period?.end) }
        }
        return dates
    }
}

package extension DateRules {
    /// Why `date` does not exist, in a few words; nil for a valid date.
    static func invalidityReason(of date: CalendarDate) -> Message? {
        if date.year < 1 || date.year > 9999 { return Message("dates.reason.year", date.year) }
        if date.month < 1 || date.month > 12 { return Message("dates.reason.month", date.month) }
        let days = CalendarDate.daysInMonth(year: date.year, month: date.month)
        if date.day < 1 || date.day > days { return Message("dates.reason.days", date.year, date.month, days) }
        return nil
    }

    /// A range one column wide at the start of `range`, for findings about a whole paragraph.
    static func firstCharacter(of range: SourceRange) -> SourceRange {
        SourceRange(start: range.start, end: SourceLocation(line: range.start.line, column: range.start.column + 1))
    }
}
