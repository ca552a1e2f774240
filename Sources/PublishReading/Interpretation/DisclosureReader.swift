import PublishCore

/// Reads the disclosure period (公开期限) from a closing paragraph, in every wording published
/// notices use (`../shared/reference/wordings.md`):
///
/// - after a label: `公开期限：`, `公示时间:`, `公示期为`, `意见反馈时间：`, `反馈期限：` …;
/// - without a label, inside the invitation: `请在2024年5月6日至5月20日（10个工作日）内……反映`,
///   `请于2024年5月6日至5月20日期间……反映`;
/// - the end only: `请于2024年5月20日前……反映` (the period starts on the notice's date);
/// - a count from a start: `请于本通报公布之日起10个工作日内……反映`, `公示期为10个工作日（自发布之日起）`
///   (the end is the last of those working days on the official calendar).
///
/// The count (`（15个工作日）`, `，共15个工作日`, `（十五个工作日）`) is read wherever it stands in the
/// same sentence.
package struct DisclosureReader {
    /// The notice's publication date (front matter `date`): the start of end-only and relative
    /// wordings.
    package var publication: CalendarDate?
    package var calendar: WorkdayCalendar

    /// Longest first, so that `意见反馈时间` is not read as `反馈时间`.
    package static let labels: [String] = [
        "意见反馈时间", "意见反馈期限", "公开期限", "公示期限", "公开时间", "公示时间", "公示日期", "公开日期", "反馈期限",
        "反馈时间", "公示期", "公开期",
    ]
    private static let labelScalars = labels.map { Array($0.unicodeScalars) }
    /// Words of a sentence that asks the public to comment: a range in it is the disclosure period.
    private static let invitationWords = ["请", "欢迎", "如有", "如对", "反映", "监督", "意见", "举报", "来信", "来电"]
        .map { Array($0.unicodeScalars) }
    private static let fromDay: [[Unicode.Scalar]] = ["之日起", "发布后", "公布后", "公开后", "印发后"].map {
        Array($0.unicodeScalars)
    }

    /// The period in one paragraph's scalars, located through `range`.
    package func read(_ s: [Unicode.Scalar], range: (Range<Int>) -> SourceRange) -> DisclosurePeriod? {
        // Labelled first, anywhere in the paragraph: a label names the period even when an
        // invitation with another range comes before it.
        for span in Self.spans(s, endingAt: "。；;！？") {
            if let label = Self.firstLabel(in: s, within: span) {
                let after = label.upperBound..<span.upperBound
                if let found = period(in: s, within: after, whole: span, range: range) {
                    var found = found
                    found.label = String(scalars: s[label])
                    found.wording = found.wording == .invitation ? .labelled : found.wording
                    found.range = range(label.lowerBound..<span.upperBound)
                    return found
                }
            }
        }
        for span in Self.spans(s, endingAt: "。！？") where Self.invites(s, within: span) {
            if let found = period(in: s, within: span, whole: span, range: range) { return found }
        }
        return nil
    }

    /// A range, an end with `前` (or after `起至`), or a count from a start, in `s[within]`; the
    /// count may stand anywhere in `s[whole]`, or in a short sentence of its own right after it
    /// (`……至5月17日。共计10个工作日。`). A date written without its year takes the year of
    /// publication. A count is read as counted from publication only when the words say so, or
    /// when nothing in the sentence looks like a date: a date no form reads is left for
    /// `structure/missing-disclosure` to describe, never replaced by a computed one.
    private func period(
        in s: [Unicode.Scalar], within span: Range<Int>, whole: Range<Int>, range: (Range<Int>) -> SourceRange
    ) -> DisclosurePeriod? {
        let text = Array(s[span])
        func shifted(_ offsets: Range<Int>) -> Range<Int> {
            (offsets.lowerBound + span.lowerBound)..<(offsets.upperBound + span.lowerBound)
        }
        func located(_ found: DateScanner.FoundDate) -> LocatedDate {
            let offsets = shifted(found.offsets)
            return LocatedDate(
                date: found.date, text: String(scalars: s[offsets]), range: range(offsets),
                yearInherited: found.yearInherited)
        }
        let count = StatedWorkdays.first(in: s, within: whole) ?? Self.countInNextSentence(s, after: whole)
        func result(_ wording: DisclosurePeriod.Wording, _ period: DateRange?) -> DisclosurePeriod {
            DisclosurePeriod(
                label: nil, wording: wording, period: period, statedWorkdays: count?.value,
                statedWorkdaysRange: count.map { range($0.numberOffsets) }, range: range(whole))
        }

        if let found = DateScanner.ranges(in: text).first {
            let period = DateRange(
                start: located(found.start), end: located(found.end), range: range(shifted(found.offsets)))
            return result(.invitation, period)
        }
        if let publication, let found = DateScanner.yearlessRanges(in: text).first {
            var start = located(found.start)
            var end = located(found.end)
            start.date.year = publication.year
            // A period written in January under a December notice runs into the next year.
            if start.date.month < publication.month - 6 { start.date.year += 1 }
            end.date.year = start.date.year
            if end.date < start.date { end.date.year += 1 }
            return result(.invitation, DateRange(start: start, end: end, range: range(shifted(found.offsets))))
        }
        var deadlines = DateScanner.dates(in: text).filter { Self.isDeadline(text, around: $0.offsets) }
        if deadlines.isEmpty, let publication {
            deadlines = DateScanner.yearlessDates(in: text).filter { Self.isDeadline(text, around: $0.offsets) }.map {
                var date = $0
                date.date.year = publication.year
                if date.date < publication { date.date.year += 1 }
                return date
            }
        }
        if let date = deadlines.first {
            let end = located(date)
            guard let publication else { return result(.endOnly, nil) }
            let start = LocatedDate(date: publication, text: end.text, range: end.range)
            return result(.endOnly, DateRange(start: start, end: end, range: end.range))
        }
        if let count, let from = relativeStart(in: s, within: span, count: count, range: range) {
            let end = calendar.workday(count.value, from: from.date).map {
                LocatedDate(date: $0, text: String(scalars: s[count.offsets]), range: range(count.offsets))
            }
            let period = end.map { DateRange(start: from, end: $0, range: from.range.union($0.range)) }
            return result(.relative, period)
        }
        return nil
    }

    /// `共计10个工作日` standing alone in the short sentence after `span`.
    private static func countInNextSentence(_ s: [Unicode.Scalar], after span: Range<Int>) -> StatedWorkdays? {
        var start = span.upperBound
        while start < s.count, "。；;，, ".unicodeScalars.contains(s[start]) { start += 1 }
        var end = start
        while end < s.count, !"。；;！？".unicodeScalars.contains(s[end]) { end += 1 }
        guard end - start <= 16 else { return nil }
        return StatedWorkdays.first(in: s, within: start..<end)
    }

    /// The first day of a count: a date written after `自`/`从` and before `起`, or the notice's date
    /// when the sentence counts from its publication (`本通报公布之日起`, `发布后`, or a count with no
    /// start at all after a label: `公示期为10个工作日`).
    private func relativeStart(
        in s: [Unicode.Scalar], within span: Range<Int>, count: StatedWorkdays, range: (Range<Int>) -> SourceRange
    ) -> LocatedDate? {
        for date in DateScanner.dates(in: s) where span.contains(date.offsets.lowerBound) {
            var after = date.offsets.upperBound
            while after < s.count, s[after] == " " { after += 1 }
            if after < s.count, s[after] == "起" {
                return LocatedDate(date: date.date, text: String(scalars: s[date.offsets]), range: range(date.offsets))
            }
        }
        guard let publication else { return nil }
        for word in Self.fromDay {
            if let hit = ScalarSearch.firstRange(of: word, in: s, from: span.lowerBound), hit.upperBound <= span.upperBound {
                let phrase = Self.phraseStart(in: s, before: hit.lowerBound, notBefore: span.lowerBound)..<hit.upperBound
                return LocatedDate(date: publication, text: String(scalars: s[phrase]), range: range(phrase))
            }
        }
        // A bare count (`公示期为10个工作日`) counts from publication, unless the sentence holds a date.
        guard !Self.looksLikeDate(s[span]) else { return nil }
        return LocatedDate(date: publication, text: String(scalars: s[count.offsets]), range: range(count.offsets))
    }

    /// Where `本通报公布之日起` starts: at `自`, `从` or `于` a few characters before, else at the verb.
    private static func phraseStart(in s: [Unicode.Scalar], before end: Int, notBefore lowest: Int) -> Int {
        var index = end - 1
        while index >= lowest, end - index <= 8 {
            if s[index] == "自" || s[index] == "从" || s[index] == "于" { return index }
            if "，,：:；;（(".unicodeScalars.contains(s[index]) { return index + 1 }
            index -= 1
        }
        return max(lowest, end - 2)
    }

    /// A date that is the last day: `前`, `之前`, `以前`, `止`, `为止` after it (a weekday in brackets
    /// or a time of day may stand between: `2024年6月21日（星期五）17:00前`), or `至`/`到` before it
    /// with no start (`即日起至2024年5月17日`, `本通报发布之日起至……`).
    private static func isDeadline(_ s: [Unicode.Scalar], around offsets: Range<Int>) -> Bool {
        var before = offsets.lowerBound - 1
        while before >= 0, s[before] == " " { before -= 1 }
        if before >= 0, s[before] == "至" || s[before] == "到" { return true }
        var i = offsets.upperBound
        func skipSpaces() { while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 } }
        skipSpaces()
        if i < s.count, s[i] == "（" || s[i] == "(" {
            var close = i + 1
            while close < s.count, close - i <= 6, s[close] != "）", s[close] != ")" { close += 1 }
            let inside = String(scalars: s[(i + 1)..<min(close, s.count)])
            if close < s.count, inside.hasPrefix("星期") || inside.hasPrefix("周") { i = close + 1 }
        }
        skipSpaces()
        // A time of day: `17:00`, `17∶00`, `17时`, `下午5时`.
        for word in ["上午", "下午", "晚上"] where String(scalars: s[i..<min(i + 2, s.count)]) == word { i += 2 }
        while i < s.count, StatedWorkdays.digitValue(s[i]) != nil || ":：∶时点分".unicodeScalars.contains(s[i]) { i += 1 }
        skipSpaces()
        guard i < s.count else { return false }
        if s[i] == "前" || s[i] == "止" { return true }
        guard i + 1 < s.count else { return false }
        return (s[i] == "之" || s[i] == "以" || s[i] == "为") && (s[i + 1] == "前" || s[i + 1] == "止")
    }

    /// Whether the text holds something written like a date: a digit before `年`, `月` or `日`, or a
    /// Chinese numeral year (`二〇二四年`).
    package static func looksLikeDate(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text {
            if scalar == "年" || scalar == "月" || scalar == "日",
                StatedWorkdays.digitValue(previous) != nil || "〇零一二三四五六七八九十".unicodeScalars.contains(previous)
            {
                return true
            }
            previous = scalar
        }
        return false
    }

    private static func firstLabel(in s: [Unicode.Scalar], within span: Range<Int>) -> Range<Int>? {
        var best: Range<Int>? = nil
        for label in labelScalars {
            // Within the span: not searched to the paragraph's end for each span and label.
            if let hit = ScalarSearch.firstRange(of: label, in: s, from: span.lowerBound, to: span.upperBound),
                best.map({ hit.lowerBound < $0.lowerBound }) ?? true
            {
                best = hit
            }
        }
        return best
    }

    private static func invites(_ s: [Unicode.Scalar], within span: Range<Int>) -> Bool {
        invitationWords.contains { word in
            ScalarSearch.firstRange(of: word, in: s, from: span.lowerBound, to: span.upperBound) != nil
        }
    }

    /// The stretches of `s` between the scalars of `ends` (the ends left out).
    package static func spans(_ s: [Unicode.Scalar], endingAt ends: String) -> [Range<Int>] {
        // A handful of stops: compared one by one, without hashing every scalar of `s`.
        let stops = Array(ends.unicodeScalars)
        var spans: [Range<Int>] = []
        var start = 0
        for index in s.indices where stops.contains(s[index]) {
            if index > start { spans.append(start..<index) }
            start = index + 1
        }
        if start < s.count { spans.append(start..<s.count) }
        return spans
    }
}
