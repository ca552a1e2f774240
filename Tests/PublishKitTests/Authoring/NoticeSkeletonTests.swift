import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// Fills every placeholder of a skeleton the way an author would, with text that fits the
/// hint: the skeleton's wording plus these values must make a sound notice.
enum SkeletonFilling {
    /// The value for each hint (the text after `【待填写：` up to the first `，` or `】`).
    static func values(publishedOn date: CalendarDate) -> [String: String] {
        let start = date
        let end = date.adding(days: 20)
        return [
            "标题": "中共某某区委员会关于巡视整改进展情况的通报",
            "发文机关": "中共某某区委员会",
            "部署巡视的党委": "市委",
            "巡视起止日期": "\(date.adding(days: -300).chinese)至\(date.adding(days: -240).chinese)",
            "巡视组": "市委第二巡视组",
            "被巡视单位": "某某区",
            "巡视类别": "常规巡视",
            "反馈日期": date.adding(days: -200).chinese,
            "被巡视党组织": "某某区委",
            "党组织名称": "区委",
            "小标题": "提高政治站位",
            "正文": "区委召开常委会会议专题研究部署整改工作。",
            "反馈问题所属领域": "贯彻落实党中央决策部署",
            "整改措施": "加强理论学习",
            "长期整改事项": "持续推进产业转型",
            "进展情况": "已完成年度目标。",
            "工作打算": "巩固整改成效",
            "开始日期": start.chinese,
            "结束日期": end.chinese,
            "工作日数": String(WorkdayCalendar.official.count(from: start, through: end).workdays),
            "电话号码": "0431-80798040",
            "接听时间": "工作日8:30-17:00",
            "邮寄地址": "吉林省长春市某某路1号",
            "邮政编码": "130102",
            "电子邮箱": "zgb@example.cn",
        ]
    }

    /// `markdown` with every placeholder replaced; the hints no value was found for are returned.
    static func fill(_ markdown: String, publishedOn date: CalendarDate) -> (text: String, unknownHints: [String]) {
        let values = values(publishedOn: date)
        var unknown: [String] = []
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var scalars = Array(line.unicodeScalars)
            for range in Placeholder.ranges(in: line).reversed() {
                let placeholder = String(String.UnicodeScalarView(scalars[range]))
                let hint = placeholder.dropFirst(Placeholder.marker.count + 1).prefix { $0 != "，" && $0 != "】" }
                guard let value = values[String(hint)] else {
                    unknown.append(String(hint))
                    continue
                }
                scalars.replaceSubrange(range, with: value.unicodeScalars)
            }
            return String(String.UnicodeScalarView(scalars))
        }
        return (lines.joined(separator: "\n"), unknown)
    }
}

/// `publish new` as a library: the skeleton.
@Suite struct NoticeSkeletonTests {
    static let date = CalendarDate(year: 2025, month: 3, day: 7)

    @Test func theSkeletonHasFrontMatterAndEveryRequiredPart() {
        let markdown = NoticeSkeleton(date: Self.date).markdown
        #expect(markdown.hasPrefix("---\ntitle: 【待填写：标题，如“中共某某委员会关于巡视整改进展情况的通报”】\nissuer: 【待填写：发文机关"))
        #expect(markdown.contains("\ndate: 2025-03-07\n---\n"))
        let notice = Fixtures.load(markdown).notice
        #expect(notice.sections.map(\.role) == SectionRole.required)
        #expect(notice.opening.formula != nil)
        #expect(notice.closing?.invitation != nil)
    }

    @Test func everyPlaceholderIsAnErrorAtItsPlace() {
        let markdown = NoticeSkeleton(issuer: "中共某某区委员会", date: Self.date).markdown
        let loaded = Fixtures.load(markdown)
        let findings = Checker().check(loaded).filter { $0.rule == "meta/placeholder" }
        var expected: [PublishCore.SourceLocation] = []
        for (index, line) in loaded.source.lines.enumerated() {
            expected += Placeholder.ranges(in: line).map {
                PublishCore.SourceLocation(line: index + 1, column: $0.lowerBound + 1)
            }
        }
        #expect(expected.count == 27)
        #expect(findings.map(\.range.start) == expected)
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings.first?.message == "the placeholder 「【待填写：标题，如“中共某某区委员会关于巡视整改进展情况的通报”】」 is not filled in")
    }

    @Test func titleAndIssuerGivenAreWrittenAsGiven() {
        let markdown = NoticeSkeleton(title: "中共某某区委员会关于巡视整改进展情况的通报: 第一轮", issuer: "中共某某区委员会", date: Self.date).markdown
        let front = Fixtures.load(markdown).notice.frontMatter
        #expect(front.title == "中共某某区委员会关于巡视整改进展情况的通报: 第一轮")
        #expect(front.issuer == "中共某某区委员会")
        #expect(front.date == Self.date)
    }

    @Test func filledInItPassesCheck() {
        let (filled, unknown) = SkeletonFilling.fill(NoticeSkeleton(date: Self.date).markdown, publishedOn: Self.date)
        #expect(unknown.isEmpty, "hints with no value: \(unknown)")
        let findings = Checker().check(Fixtures.load(filled))
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map { "\($0.rule): \($0.message)" })")
        #expect(findings.isEmpty, "a filled skeleton should not even warn: \(findings.map(\.rule))")
        // Nothing left for fmt either.
        #expect(!NoticeFormatter().format(bytes: Array(filled.utf8), path: "filled.md").changed)
    }
}
