/// Reads the facts of the opening: authority, team, target, kind, period, feedback date and the
/// disclosure formula, in either order (team first or date first).
enum OpeningInterpreter {
    nonisolated(unsafe) private static let authority = Regex<AnyRegexOutput>(
        checked: #"根据[^，,。；;]{1,30}?(?:统一部署|部署|安排|要求)"#)
    nonisolated(unsafe) private static let numberedTeam = Regex<AnyRegexOutput>(
        checked: #"(?:中央|中共[\p{Han}]{1,12}?委员会|[\p{Han}]{0,10}?[省市区县州旗盟]委|[\p{Han}]{1,10}?党组|[\p{Han}]{1,10}?党委)?第[一二三四五六七八九十百〇零]+(?:轮)?(?:巡视|巡察)组"#)
    nonisolated(unsafe) private static let team = Regex<AnyRegexOutput>(
        checked: #"(?:中央|[省市区县州旗盟]委|[\p{Han}]{1,8}?委)(?:巡视|巡察)组"#)
    nonisolated(unsafe) private static let kindAfterVerb = Regex<AnyRegexOutput>(
        checked: #"(?:开展了?|进行了?|实施了?)((常规|专项|机动|提级|联动)?(巡视|巡察)(“回头看”|"回头看"|‘回头看’|回头看)?)"#)
    nonisolated(unsafe) private static let kindAnywhere = Regex<AnyRegexOutput>(
        checked: #"((常规|专项|机动|提级|联动)(巡视|巡察)(“回头看”|"回头看"|回头看)?)"#)
    nonisolated(unsafe) private static let target = Regex<AnyRegexOutput>(
        checked: #"对([^，,。；;对]{1,40}?)(?:开展了?|进行了?|实施了?)"#)
    nonisolated(unsafe) private static let formula = Regex<AnyRegexOutput>(
        checked: #"现将[^。]*?(?:予以公布|予以公开|予以通报|公布如下|通报如下|报告如下|公开如下|公布|通报|公开)[^。]*。?"#)

    /// Whether a paragraph holds the disclosure formula.
    static func hasFormula(_ text: String) -> Bool {
        text.firstMatch(of: formula) != nil
    }

    static func interpret(_ paragraphs: [Paragraph]) -> Opening {
        var opening = Opening(paragraphs: paragraphs)
        for paragraph in paragraphs {
            let rich = paragraph.richText
            let plain = rich.plain
            func located(_ match: TextMatch?) -> LocatedText? {
                guard let match, let range = rich.range(of: match.range) else { return nil }
                return LocatedText(text: match.text, range: range)
            }
            if opening.authority == nil { opening.authority = located(TextMatch.first(authority, in: plain)) }
            if opening.team == nil {
                opening.team = located(TextMatch.first(numberedTeam, in: plain) ?? TextMatch.first(team, in: plain))
            }
            if opening.target == nil, let match = TextMatch.first(target, in: plain), let group = match[1],
                let range = rich.range(of: group.range) {
                opening.target = LocatedText(text: group.text, range: range)
            }
            if opening.kind == nil {
                opening.kind = kind(TextMatch.first(kindAfterVerb, in: plain) ?? TextMatch.first(kindAnywhere, in: plain), in: rich)
            }
            if opening.period == nil, let found = DateScanner.ranges(in: plain).first {
                opening.period = DateScanner.located(found, in: rich, plain: plain)
            }
            if opening.feedback == nil, let found = feedbackDate(in: plain) {
                opening.feedback = DateScanner.located(found, in: rich, plain: plain)
            }
            if opening.formula == nil { opening.formula = located(TextMatch.first(formula, in: plain)) }
        }
        if opening.kind == nil, let team = opening.team {
            let body: InspectionKind.Body = team.text.contains("巡察") ? .xuncha : .xunshi
            opening.kind = InspectionKind(body: body, mode: .unspecified, followUp: false, text: "", range: team.range)
        }
        return opening
    }

    private static func kind(_ match: TextMatch?, in rich: RichText) -> InspectionKind? {
        guard let match, let whole = match[1], let body = match[3] else { return nil }
        let mode: InspectionKind.Mode =
            switch match[2]?.text {
            case "常规": .regular
            case "专项": .special
            case "机动": .mobile
            case "提级": .elevated
            case "联动": .linked
            default: .unspecified
            }
        return InspectionKind(
            body: body.text == "巡察" ? .xuncha : .xunshi, mode: mode, followUp: match[4] != nil,
            text: whole.text, range: rich.range(of: whole.range) ?? SourceRange(at: SourceLocation(line: 1, column: 1)))
    }

    /// The date of the sentence that says 反馈: the nearest full date before 反馈 in that sentence
    /// that is not part of the inspection period, else the nearest after it.
    private static func feedbackDate(in plain: String) -> DateScanner.FoundDate? {
        let scalars = Array(plain.unicodeScalars)
        let rangeSpans = DateScanner.ranges(in: plain).map(\.offsets)
        let dates = DateScanner.dates(in: plain).filter { date in
            !rangeSpans.contains { $0.overlaps(date.offsets) }
        }
        let keyword = Array("反馈".unicodeScalars)
        var searchFrom = 0
        while searchFrom < scalars.count, let hit = scalars[searchFrom...].firstRange(of: keyword) {
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
