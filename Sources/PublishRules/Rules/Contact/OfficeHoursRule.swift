import PublishCore
import PublishReading

/// Reports office hours after a phone number that do not read as times: an impossible time
/// (`25:00`, `8:70`), a range that ends before it starts (`17:00-8:30`), or a time with no end.
///
/// The hours tell the public when someone answers; a wrong time sends callers to an empty office.
/// Accepted: `工作日8:30-17:00`, `周一至周五 8:30—12:00，14:00—17:30`, `9:00至17:00`,
/// `上午8:30-11:30，下午2:00-5:00` (下午/晚 move times before 12:00 into the afternoon),
/// `8时30分至17时`, full-width `：` and digits, and `- － — ～ ~ 至 到` between the two times.
/// Hours that name days only (`工作日`) are not checked.
///
/// Example: `联系电话：0431-80798040（工作日8:30-25:00）`
package struct OfficeHoursRule: Rule {
    package let descriptor = RuleDescriptor(id: "contact/hours", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        let closing = context.notice.closing
        return (closing?.contacts ?? []).flatMap { contact -> [Finding] in
            guard contact.kind == .phone, let hours = contact.hours else { return [] }
            return Self.problems(in: hours.text).map { problem in
                Finding(
                    problem.message, at: ContactRules.range(of: problem.offsets, in: hours.range, closing: closing),
                    notes: [Message("hours.note", hours.text)], fix: problem.fix)
            }
        }
    }

    package struct Problem: Equatable {
        var message: Message
        /// Scalar offsets in the hours text.
        var offsets: Range<Int>
        var fix: Message?
    }

    /// A time as written in the hours.
    private struct Time {
        var text: String
        var offsets: Range<Int>
        var hour: Int
        var minute: Int
        /// Why the time is no time of day, or nil.
        var invalidity: Message?
        var valid: Bool { invalidity == nil }
        /// Minutes since midnight, afternoon words applied.
        var minutes: Int
    }

    private static let afternoonWords = ["下午", "晚上", "晚", "中午"].map { Array($0.unicodeScalars) }
    private static let morningWords = ["上午", "早上", "早"].map { Array($0.unicodeScalars) }

    /// The offset of the last occurrence of `word` in `scalars`.
    private static func lastOffset(of word: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard scalars.count >= word.count else { return nil }
        var start = scalars.endIndex - word.count
        while start >= scalars.startIndex {
            if scalars[start..<(start + word.count)].elementsEqual(word) { return start - scalars.startIndex }
            start -= 1
        }
        return nil
    }

    /// What is wrong with the office hours as written, each with where it stands in the text.
    package static func problems(in text: String) -> [Problem] {
        let normalised = ContactRules.asciiDigits(text)
        let scalars = Array(normalised.unicodeScalars)
        let original = Array(text.unicodeScalars)
        let syntax = OfficeHoursSyntax(scalars)
        func slice(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

        var times: [Time] = []
        for match in syntax.times() {
            // The digits come from `normalised`: ASCII already.
            let hour = Int(match.hour) ?? 99
            let minute = match.minute.flatMap { Int($0) } ?? 0
            var reason: Message? = nil
            if match.hasColon, match.minute?.count != 2, minute <= 59 {
                reason = Message("hours.reason.two-digit-minutes")
            } else if hour > 24 || (hour == 24 && minute > 0) {
                reason = Message("hours.reason.hour-range")
            } else if minute > 59 {
                reason = Message("hours.reason.minute-range")
            }
            // The last time-of-day word before the time says whether it is in the afternoon.
            let before = scalars[..<match.range.lowerBound]
            let afternoon = afternoonWords.compactMap { lastOffset(of: $0, in: before) }.max()
            let morning = morningWords.compactMap { lastOffset(of: $0, in: before) }.max()
            let isAfternoon = afternoon.map { a in morning.map { a > $0 } ?? true } ?? false
            let shifted = isAfternoon && hour < 12 ? hour + 12 : hour
            times.append(Time(
                text: String(scalars: original[match.range]), offsets: match.range, hour: hour,
                minute: minute, invalidity: reason, minutes: shifted * 60 + minute))
        }

        var problems: [Problem] = []
        var inRange = Set<Int>()
        for (index, time) in times.enumerated() {
            guard let reason = time.invalidity else { continue }
            inRange.insert(index)
            problems.append(Problem(
                message: Message("hours.not-a-time", time.text, reason),
                offsets: time.offsets, fix: Message("hours.fix.time")))
        }
        for index in times.indices.dropLast() {
            let start = times[index]
            let end = times[index + 1]
            guard syntax.isRangeMark(start.offsets.upperBound..<end.offsets.lowerBound) else { continue }
            inRange.insert(index)
            inRange.insert(index + 1)
            guard start.valid, end.valid, end.minutes <= start.minutes else { continue }
            problems.append(Problem(
                message: Message(
                    "hours.end-not-after-start", slice(start.offsets.lowerBound..<end.offsets.upperBound), end.text, start.text),
                offsets: end.offsets, fix: Message("hours.fix.check-times")))
        }
        for (index, time) in times.enumerated() where !inRange.contains(index) {
            if let offsets = syntax.danglingEnd(after: time.offsets.upperBound) {
                problems.append(Problem(
                    message: Message("hours.end-not-a-time", slice(offsets)),
                    offsets: offsets, fix: Message("hours.fix.minutes")))
            } else {
                problems.append(Problem(
                    message: Message("hours.no-end", time.text),
                    offsets: time.offsets, fix: Message("hours.fix.range")))
            }
        }
        return problems.sorted { $0.offsets.lowerBound < $1.offsets.lowerBound }
    }
}
