import PublishCore

/// Reads the facts of the opening: authority, team, target, kind, period, feedback date and the
/// disclosure formula, in either order (team first or date first).
package enum OpeningInterpreter {
    // Each pattern is its regular expression and the same expression as a scalar pattern (see
    // `TextPattern`).
    package static let authority = TextPattern(
        #"根据[^，,。；;]{1,30}?(?:统一部署|部署|安排|要求)"#,
        .sequence([
            .text("根据"), .repeated(.none(of: "，,。；;"), min: 1, max: 30, lazy: true),
            .either("统一部署", "部署", "安排", "要求"),
        ]))
    private static let committeeSeats = ScalarClass.any(of: "省市区县州旗盟")
    package static let numberedTeam = TextPattern(
        #"(?:中央|中共[\p{Han}]{1,12}?委员会|[\p{Han}]{0,10}?[省市区县州旗盟]委|[\p{Han}]{1,10}?党组|[\p{Han}]{1,10}?党委)?第[一二三四五六七八九十百〇零]+(?:轮)?(?:巡视|巡察)组"#,
        .sequence([
            .optional(.choice([
                .text("中央"),
                .sequence([.text("中共"), .repeated(.han, min: 1, max: 12, lazy: true), .text("委员会")]),
                .sequence([.repeated(.han, min: 0, max: 10, lazy: true), .one(committeeSeats), .text("委")]),
                .sequence([.repeated(.han, min: 1, max: 10, lazy: true), .text("党组")]),
                .sequence([.repeated(.han, min: 1, max: 10, lazy: true), .text("党委")]),
            ])),
            .text("第"), .oneOrMore(.any(of: "一二三四五六七八九十百〇零")), .optional(.text("轮")), .either("巡视", "巡察"),
            .text("组"),
        ]))
    package static let team = TextPattern(
        #"(?:中央|[省市区县州旗盟]委|[\p{Han}]{1,8}?委)(?:巡视|巡察)组"#,
        .sequence([
            .choice([
                .text("中央"), .sequence([.one(committeeSeats), .text("委")]),
                .sequence([.repeated(.han, min: 1, max: 8, lazy: true), .text("委")]),
            ]),
            .either("巡视", "巡察"), .text("组"),
        ]))
    /// `(?:开展了?|进行了?|实施了?)`
    private static let inspectionVerb = ScalarPattern.choice([
        .sequence([.text("开展"), .optional(.text("了"))]), .sequence([.text("进行"), .optional(.text("了"))]),
        .sequence([.text("实施"), .optional(.text("了"))]),
    ])
    package static let kindAfterVerb = TextPattern(
        #"(?:开展了?|进行了?|实施了?)((常规|专项|机动|提级|联动|交叉|延伸)?(巡视|巡察)(“回头看”|"回头看"|‘回头看’|回头看)?)"#,
        .sequence([
            inspectionVerb,
            .capture(1, .sequence([
                .optional(.capture(2, .either("常规", "专项", "机动", "提级", "联动", "交叉", "延伸"))),
                .capture(3, .either("巡视", "巡察")),
                .optional(.capture(4, .either("“回头看”", "\"回头看\"", "‘回头看’", "回头看"))),
            ])),
        ]))
    package static let kindAnywhere = TextPattern(
        #"((常规|专项|机动|提级|联动|交叉|延伸)(巡视|巡察)(“回头看”|"回头看"|回头看)?)"#,
        .capture(1, .sequence([
            .capture(2, .either("常规", "专项", "机动", "提级", "联动", "交叉", "延伸")),
            .capture(3, .either("巡视", "巡察")),
            .optional(.capture(4, .either("“回头看”", "\"回头看\"", "回头看"))),
        ])))
    package static let target = TextPattern(
        #"对([^，,。；;对]{1,40}?)(?:开展了?|进行了?|实施了?)"#,
        .sequence([
            .text("对"), .capture(1, .repeated(.none(of: "，,。；;对"), min: 1, max: 40, lazy: true)), inspectionVerb,
        ]))
    package static let formula = TextPattern(
        #"现将[^。]*?(?:予以公布|予以公开|予以通报|公布如下|通报如下|报告如下|公开如下|公布|通报|公开)[^。]*。?"#,
        .sequence([
            .text("现将"), .zeroOrMore(.none(of: "。"), lazy: true),
            .either("予以公布", "予以公开", "予以通报", "公布如下", "通报如下", "报告如下", "公开如下", "公布", "通报", "公开"),
            .zeroOrMore(.none(of: "。")), .optional(.text("。")),
        ]))

    /// Whether a paragraph goes on with the inspection's story: it says when feedback was given
    /// (反馈 and a day) or names the inspection team.
    package static func tellsInspection(_ text: String) -> Bool {
        let scalars = text.scalarArray
        let hasDay = !DateScanner.dates(in: scalars).isEmpty || !DateScanner.yearlessDates(in: scalars).isEmpty
        guard hasDay else { return false }
        let keywords = KeywordText(text)
        return keywords.contains("反馈") || keywords.contains("巡视组") || keywords.contains("巡察组")
    }

    /// Whether a paragraph holds the disclosure formula.
    package static func hasFormula(_ text: String) -> Bool {
        PatternSubject(text).contains(formula)
    }

    /// The facts of `paragraphs`; `publication` (front matter `date`) gives the year of a feedback
    /// date written without one when the opening has no inspection period.
    package static func interpret(_ paragraphs: [Paragraph], publication: CalendarDate? = nil) -> Opening {
        var opening = Opening(paragraphs: paragraphs)
        for paragraph in paragraphs {
            let rich = paragraph.richText
            let plain = rich.plain
            let subject = PatternSubject(plain)
            let offsets = RunOffsets(rich)
            func located(_ match: TextMatch?) -> LocatedText? {
                guard let match, let range = rich.range(of: match.range, offsets: offsets) else { return nil }
                return LocatedText(text: match.text, range: range)
            }
            if opening.authority == nil { opening.authority = located(subject.first(authority)) }
            if opening.team == nil {
                opening.team = located(subject.first(numberedTeam) ?? subject.first(team))
            }
            if opening.target == nil, let match = subject.first(target), let group = match[1],
                let range = rich.range(of: group.range, offsets: offsets) {
                opening.target = LocatedText(text: group.text, range: range)
            }
            if opening.kind == nil {
                let match = subject.first(kindAfterVerb) ?? subject.first(kindAnywhere)
                opening.kind = kind(match, in: rich, offsets: offsets)
            }
            // The paragraph's date ranges found once, for its period and for its feedback date.
            let ranges = opening.period == nil || opening.feedback == nil ? DateScanner.ranges(in: subject.scalars) : []
            if opening.period == nil, let found = ranges.first {
                opening.period = DateScanner.located(found, in: rich, scalars: subject.scalars, offsets: offsets)
            }
            if opening.feedback == nil, let found = feedbackDate(in: subject.scalars, ranges: ranges) {
                opening.feedback = DateScanner.located(found, in: rich, scalars: subject.scalars, offsets: offsets)
            }
            if opening.formula == nil { opening.formula = located(subject.first(formula)) }
        }
        if let feedback = opening.feedback, feedback.date.year == 0 {
            opening.feedback = withYear(feedback, period: opening.period, publication: publication)
        }
        if opening.kind == nil, let team = opening.team {
            let body: InspectionKind.Body = KeywordText(team.text).contains("巡察") ? .xuncha : .xunshi
            opening.kind = InspectionKind(body: body, mode: .unspecified, followUp: false, text: "", range: team.range)
        }
        return opening
    }

    private static func kind(_ match: TextMatch?, in rich: RichText, offsets: RunOffsets) -> InspectionKind? {
        guard let match, let whole = match[1], let body = match[3] else { return nil }
        let mode: InspectionKind.Mode =
            switch match[2]?.text {
            case "常规": .regular
            case "专项": .special
            case "机动": .mobile
            case "提级": .elevated
            case "联动": .linked
            case "交叉": .cross
            case "延伸": .extended
            default: .unspecified
            }
        return InspectionKind(
            body: body.text == "巡察" ? .xuncha : .xunshi, mode: mode, followUp: match[4] != nil,
            text: whole.text,
            range: rich.range(of: whole.range, offsets: offsets) ?? SourceRange(at: SourceLocation(line: 1, column: 1)))
    }

    /// A feedback date written without its year (`并于8月30日反馈了巡视意见`) takes the year of the
    /// period's end, or the next one when that would put it before the period's start
    /// (`2023年9月12日至11月20日……1月30日反馈` is 2024-01-30). Without a period, it takes the year of
    /// publication, or the one before when that would put it after publication. A date that then
    /// falls inside the period is left for `dates/order` to report where it stands.
    private static func withYear(_ feedback: LocatedDate, period: DateRange?, publication: CalendarDate?) -> LocatedDate? {
        var located = feedback
        if let period {
            located.date.year = period.end.date.year
            if located.date < period.start.date { located.date.year += 1 }
        } else if let publication {
            located.date.year = publication.year
            if located.date > publication { located.date.year -= 1 }
        } else {
            return nil
        }
        return located
    }

    /// The date of the sentence that says 反馈: the nearest date before 反馈 in that sentence that is
    /// not part of the inspection period, else the nearest after it. A date written without its
    /// year (`并于7月5日召开巡察反馈会`) has year 0 here; `withYear` gives it one.
    private static func feedbackDate(in scalars: [Unicode.Scalar], ranges: [DateScanner.FoundRange]) -> DateScanner.FoundDate? {
        let rangeSpans = ranges.map(\.offsets)
        let dates = (DateScanner.dates(in: scalars) + DateScanner.yearlessDates(in: scalars) + DateScanner.yearMonths(in: scalars)).filter { date in
            !rangeSpans.contains { $0.overlaps(date.offsets) }
        }.sorted { $0.offsets.lowerBound < $1.offsets.lowerBound }
        let keyword = Array("反馈".unicodeScalars)
        var searchFrom = 0
        while searchFrom < scalars.count,
            let hit = ScalarSearch.firstRange(of: keyword, in: scalars, from: searchFrom)
        {
            let sentenceStart = (scalars[..<hit.lowerBound].lastIndex(of: "。") ?? -1) + 1
            let sentenceEnd = scalars[hit.upperBound...].firstIndex(of: "。") ?? scalars.count
            if let before = dates.last(where: { $0.offsets.lowerBound >= sentenceStart && $0.offsets.upperBound <= hit.lowerBound }) {
                return before
            }
            if let after = dates.first(where: { $0.offsets.lowerBound >= hit.upperBound && $0.offsets.upperBound <= sentenceEnd }) {
                return after
            }
            searchFrom = hit.upperBound
        }
        return nil
    }
}
