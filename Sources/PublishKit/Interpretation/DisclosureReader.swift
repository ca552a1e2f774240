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
struct DisclosureReader {
    /// The notice's publication date (front matter `date`): the start of end-only and relative
    /// wordings.
    var publication: CalendarDate?
    var calendar: WorkdayCalendar

    /// Longest first, so that `意见反馈时间` is not read as `反馈时间`.
    static let labels: [String] = [
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
    func read(_ s: [Unicode.Scalar], range: (Range<Int>) -> SourceRange) -> DisclosurePeriod? {
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

    /// A range, a count from a start, or an end with `前`, in `s[within]` (the count may stand
    /// anywhere in `s[whole]`).
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
        let count = StatedWorkdays.first(in: s, within: whole)
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
        for date in DateScanner.dates(in: text) where Self.isDeadline(text, after: date.offsets.upperBound) {
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

    /// `前`, `之前`, `以前`, `止`, `为止` after a date: it is the last day.
    private static func isDeadline(_ s: [Unicode.Scalar], after index: Int) -> Bool {
        var i = index
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count else { return false }
        if s[i] == "前" || s[i] == "止" { return true }
        guard i + 1 < s.count else { return false }
        return (s[i] == "之" || s[i] == "以" || s[i] == "为") && (s[i + 1] == "前" || s[i + 1] == "止")
    }

    private static func firstLabel(in s: [Unicode.Scalar], within span: Range<Int>) -> Range<Int>? {
        var best: Range<Int>? = nil
        for label in labelScalars {
            if let hit = ScalarSearch.firstRange(of: label, in: s, from: span.lowerBound), hit.upperBound <= span.upperBound,
                best.map({ hit.lowerBound < $0.lowerBound }) ?? true
            {
                best = hit
            }
        }
        return best
    }

    private static func invites(_ s: [Unicode.Scalar], within span: Range<Int>) -> Bool {
        invitationWords.contains { word in
            ScalarSearch.firstRange(of: word, in: s, from: span.lowerBound).map { $0.upperBound <= span.upperBound } ?? false
        }
    }

    /// The stretches of `s` between the scalars of `ends` (the ends left out).
    static func spans(_ s: [Unicode.Scalar], endingAt ends: String) -> [Range<Int>] {
        let stops = Set(ends.unicodeScalars)
        var spans: [Range<Int>] = []
        var start = 0
        for (index, scalar) in s.enumerated() where stops.contains(scalar) {
            if index > start { spans.append(start..<index) }
            start = index + 1
        }
        if start < s.count { spans.append(start..<s.count) }
        return spans
    }
}
