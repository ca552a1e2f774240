import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The lines a government web page puts around a notice, which a copy of the page brings along:
/// breadcrumbs (`当前位置: 首页 > 信息公开 > …`), publication details (`发布时间:2024-07-26 来源:区委巡察办
/// 浏览次数:123`), page tools (`字号:大 中 小`, `【打印】【关闭】`), links to the previous and next
/// article, and a bare date under the title.
///
/// They are not part of the notice: `import` leaves them out of the body and keeps the publication
/// date they give. A line is furniture only as a whole, so a sentence of the notice that happens to
/// name 来源 or 打印 is never taken for it.
public enum PageFurniture {
    public enum Kind: String, Sendable, Equatable {
        /// `当前位置: 首页 > 信息公开 > 巡察工作`
        case breadcrumb
        /// `发布时间:2024-07-26 来源:区委巡察办`, `浏览次数:123`, `索引号:…`
        case publicationDetails
        /// `字号:大 中 小`, `【打印】【关闭】`, `分享到:`
        case pageTools
        /// `上一篇:…`, `下一篇:…`
        case articleNavigation
        /// A line that is only a date (`2024-07-26`, `(2024年7月26日)`), under the title.
        case dateLine
    }

    public struct Match: Sendable, Equatable {
        public var kind: Kind
        /// The publication date the line gives, if any.
        public var date: CalendarDate?
    }

    /// Whether the whole of `line` (trimmed) is furniture. A bare date counts only where
    /// `dateLineAllowed` (above the notice: at its end a date is the signature's).
    public static func recognise(_ line: String, dateLineAllowed: Bool = false) -> Match? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.unicodeScalars.count <= 160, !text.contains("。") else { return nil }
        if dateLineAllowed, let date = bareDate(text) { return Match(kind: .dateLine, date: date) }
        if text.firstMatch(of: breadcrumb) != nil { return Match(kind: .breadcrumb) }
        if text.firstMatch(of: navigation) != nil { return Match(kind: .articleNavigation) }
        if text.firstMatch(of: details) != nil || text.firstMatch(of: datedDetails) != nil {
            return Match(kind: .publicationDetails, date: publicationDate(in: text))
        }
        if isPageTools(text) { return Match(kind: .pageTools) }
        return nil
    }

    /// A title line with a date after it (`关于……的通报(2024-07-26)`, `……的通报 2024-07-26`): the
    /// title and the date. Lines without one come back unchanged.
    public static func splitDateSuffix(_ line: String) -> (text: String, date: CalendarDate?) {
        guard let match = line.firstMatch(of: dateSuffix),
            let date = date(in: String(line[match.range]))
        else { return (line, nil) }
        let title = line[..<match.range.lowerBound].trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? (line, nil) : (title, date)
    }

    /// A title line behind the web page's category (`上级巡视：中共……委员会`, `【巡视整改】关于……的通报`):
    /// the category and the line without it. Only short categories that name the kind of page
    /// (巡视, 巡察, 整改, 通报, 公告, 公示, 信息公开) count, so a title that merely holds a colon stays whole.
    public static func splitCategoryPrefix(_ line: String) -> (prefix: String, rest: String)? {
        let scalars = Array(line.unicodeScalars)
        let words = ["巡视", "巡察", "整改", "通报", "公告", "公示", "信息公开", "纪检监察"]
        func names(_ category: ArraySlice<Unicode.Scalar>) -> Bool {
            let text = String(String.UnicodeScalarView(category))
            return words.contains(where: text.contains)
        }
        var end: Int? = nil
        if let first = scalars.first, first == "【" || first == "[",
            let close = scalars.firstIndex(where: { $0 == "】" || $0 == "]" }), close <= 12,
            names(scalars[1..<close])
        {
            end = close + 1
        } else if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), (2...8).contains(colon),
            scalars[..<colon].allSatisfy({ $0.properties.isIdeographic }), names(scalars[..<colon])
        {
            end = colon + 1
        }
        guard let end else { return nil }
        var restStart = end
        while restStart < scalars.count, scalars[restStart] == " " || scalars[restStart] == "\u{3000}" { restStart += 1 }
        guard restStart < scalars.count else { return nil }
        return (
            String(String.UnicodeScalarView(scalars[..<end])),
            String(String.UnicodeScalarView(scalars[restStart...]))
        )
    }

    // MARK: - Patterns

    private static let separators = #"(?:>>|>|＞|»|›|→|/|\\)"#
    nonisolated(unsafe) private static let breadcrumb = Regex<AnyRegexOutput>(
        checked: #"^[【\[]?\s*(?:当前位置|您现在的位置|您当前的位置|您的位置|现在位置|所在位置|当前页面|位置)\s*(?:是)?\s*[:：]|^(?:首页|网站首页|主页)\s*"#
            + separators)
    nonisolated(unsafe) private static let navigation = Regex<AnyRegexOutput>(
        checked: #"^[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[】\]]?\s*(?:[:：]|$)"#)
    nonisolated(unsafe) private static let details = Regex<AnyRegexOutput>(
        checked:
            #"^[【\[(（]?\s*(?:发布时间|发布日期|发表时间|发文日期|成文日期|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|作者|发布者|发布人|发布机构|发布单位|编辑|责任编辑|审核|浏览次数|浏览量|浏览|点击数|点击量|点击次数|阅读次数|阅读量|阅读数|访问量|访问次数|索引号|主题分类|发文机关|发文字号|信息分类|文号)\s*[:：]"#
    )
    /// `2024-07-26 10:30 来源:区委巡察办` — a date first, then details.
    nonisolated(unsafe) private static let datedDetails = Regex<AnyRegexOutput>(
        checked: dateText + #"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s+.*(?:来源|作者|浏览|点击|阅读|编辑)\s*[:：]"#)
    nonisolated(unsafe) private static let dateSuffix = Regex<AnyRegexOutput>(
        checked: #"(?:\s*[\[(（【]\s*"# + dateText + #"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[\])）】]|\s+"# + dateText
            + ")$")
    nonisolated(unsafe) private static let bareDatePattern = Regex<AnyRegexOutput>(
        checked: #"^[\[(（【]?\s*"# + dateText + #"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[\])）】]?$"#)
    nonisolated(unsafe) private static let datePattern = Regex<AnyRegexOutput>(checked: dateText)
    /// `2024-07-26`, `2024/7/26`, `2024.07.26`, `2024年7月26日`.
    private static let dateText = #"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"#
    nonisolated(unsafe) private static let publicationLabel = Regex<AnyRegexOutput>(
        checked: #"(?:发布时间|发布日期|发表时间|发文日期|成文日期|更新时间|时间|日期)\s*[:：]\s*"#)

    /// The tokens page tools are made of (after brackets and separators are removed).
    private static let toolWords = [
        "扫一扫在手机打开当前页", "打印本页", "打印此页", "打印文章", "打印页面", "关闭窗口", "关闭本页", "关闭页面", "返回顶部",
        "加入收藏", "我要纠错", "视力保护色", "分享到", "朋友圈", "QQ空间", "打印", "关闭", "返回", "收藏", "纠错", "分享",
        "字号", "字体", "文字大小", "默认", "微信", "微博", "大", "中", "小", "T",
    ]
    /// The words that make a line page tools rather than a stray `大` or `中`.
    private static let toolAnchors = ["打印", "关闭", "字号", "字体", "文字大小", "返回", "收藏", "纠错", "分享"]
    private static let toolSeparators: Set<Unicode.Scalar> = [
        "【", "】", "[", "]", "(", ")", "（", "）", "〔", "〕", "『", "』", "「", "」", "|", "｜", ":", "：", "、", "/", " ",
        "\t", "\u{3000}", "\u{A0}", "·", "•", "-", "—",
    ]

    private static func isPageTools(_ text: String) -> Bool {
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.filter { !toolSeparators.contains($0) }))
        guard toolAnchors.contains(where: rest.contains) else { return false }
        var remaining = Substring(rest)
        while !remaining.isEmpty {
            guard let word = toolWords.first(where: remaining.hasPrefix) else { return false }
            remaining = remaining.dropFirst(word.count)
        }
        return true
    }

    // MARK: - Dates

    private static func bareDate(_ text: String) -> CalendarDate? {
        guard text.firstMatch(of: bareDatePattern) != nil else { return nil }
        return date(in: text)
    }

    /// The date after a publication label, else the first date on the line.
    private static func publicationDate(in text: String) -> CalendarDate? {
        if let label = text.firstMatch(of: publicationLabel),
            let date = date(in: String(text[label.range.upperBound...]))
        {
            return date
        }
        return date(in: text)
    }

    /// The first valid date at or after the start of `text`.
    static func date(in text: String) -> CalendarDate? {
        for match in text.matches(of: datePattern) {
            guard let y = match.output[1].substring.flatMap({ Int($0) }),
                let m = match.output[2].substring.flatMap({ Int($0) }),
                let d = match.output[3].substring.flatMap({ Int($0) })
            else { continue }
            let date = CalendarDate(year: y, month: m, day: d)
            if date.isValid { return date }
        }
        return nil
    }
}
