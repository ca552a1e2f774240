import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `publish import` on notices worded the way published ones are (`../shared/reference/wordings.md`):
/// the result reads back with the facts of the original and no error.
@Suite struct ImportWordingsTests {
    /// A district notice as a web page shows it: a category before the title, a title over three
    /// lines, problem areas numbered `一、` again inside 二、, one-sentence items in 三、 and 四、, and
    /// a disclosure period counted from publication.
    static let districtNotice = """
        首页 > 巡察工作 > 巡察整改
        上级巡察：中共某某区委员会
        关于十二届区委第一轮巡察集中整改
        进展情况的通报
        发布时间：2024-05-06 来源：区委巡察办
        根据区委统一部署，2023年11月6日至2024年1月12日，区委第二巡察组对某某街道党工委开展了常规巡察，并于3月8日召开巡察反馈会，向某某街道党工委反馈了巡察意见。现将巡察整改进展情况予以公布。
        一、街道党工委履行整改主体责任情况
        （一）提高政治站位。街道党工委召开会议专题研究部署整改工作。
        二、巡察反馈问题整改落实情况
        一、在政治意识不够强，党的领导弱化方面
        一是加强理论学习。组织专题学习12次。
        二、在全面从严治党责任落实不到位方面
        一是完善工作机制。制定制度3项。
        三、需长期整改事项进展情况
        （一）持续推进产业转型，健全长效机制。
        （二）持续深化作风建设，巩固整改成果。
        四、下一步工作打算
        （一）持续压实整改责任，推动整改落地见效。
        （二）坚持标本兼治，健全长效机制。
        如有意见建议，请于本通报公布之日起10个工作日内通过以下方式反映：联系电话：0431-80798040（工作日8:30-17:00）；来信请寄：某某市某某路1号某某街道纪工委；邮政编码：130102；电子邮箱：zgb@example.cn。
        """

    static func imported() -> (result: PlainTextImporter.Result, loaded: LoadedNotice) {
        let result = PlainTextImporter().convert(bytes: Array(districtNotice.utf8), path: "district.txt")
        return (result, Fixtures.load(result.markdown, path: "district.md"))
    }

    @Test func theTitleOverThreeLinesIsJoinedAndTheCategoryRemoved() {
        let (result, loaded) = Self.imported()
        #expect(result.report.titleLines == ["中共某某区委员会", "关于十二届区委第一轮巡察集中整改进展情况的通报"])
        #expect(result.report.issuer == "中共某某区委员会")
        #expect(result.report.removedPrefixes.map(\.text) == ["上级巡察："])
        #expect(result.report.removedPrefixes.map(\.line) == [2])
        #expect(result.report.lines(in: .english).contains("  removed as the page's category: 「上级巡察：」 (line 2)"))
        #expect(loaded.notice.title == "中共某某区委员会关于十二届区委第一轮巡察集中整改进展情况的通报")
    }

    @Test func oneSentenceItemsStayParagraphs() {
        let (result, _) = Self.imported()
        #expect(result.markdown.contains("\n（一）持续推进产业转型，健全长效机制。\n"))
        #expect(result.markdown.contains("\n（二）坚持标本兼治，健全长效机制。\n"))
        #expect(!result.markdown.contains("# （二）坚持标本兼治"))
        // A numbered line with text under it is still a heading.
        #expect(result.markdown.contains("\n## 三、需长期整改事项进展情况\n"))
    }

    @Test func problemAreasNumberedAgainGoOneLevelDown() {
        let (result, loaded) = Self.imported()
        #expect(result.markdown.contains("\n### 一、在政治意识不够强，党的领导弱化方面\n"))
        #expect(loaded.notice.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
        #expect(result.report.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
    }

    @Test func theImportedNoticeHasTheFactsAndNoError() {
        let (result, loaded) = Self.imported()
        let notice = loaded.notice
        #expect(notice.opening.feedback?.date == CalendarDate(year: 2024, month: 3, day: 8))
        #expect(notice.closing?.disclosure?.wording == .relative)
        #expect(notice.closing?.disclosure?.period?.end.date == CalendarDate(year: 2024, month: 5, day: 16))
        let address = notice.closing?.contacts.first { $0.kind == .postalAddress }
        #expect(address?.label == "来信请寄")
        #expect(address?.postcode?.text == "130102")
        #expect(result.report.disclosure == "10 working days from publication (2024年5月6日至2024年5月16日)")
        let errors = Checker().check(loaded).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.range.start) \($0.rule) \($0.message)" })")
    }

    @Test(arguments: [
        ("上级巡视：中共某某市委员会", "上级巡视：", "中共某某市委员会"),
        ("【巡视整改】关于巡视整改进展情况的通报", "【巡视整改】", "关于巡视整改进展情况的通报"),
        ("巡察整改:中共某某县委员会", "巡察整改:", "中共某某县委员会"),
    ])
    func categoryPrefixes(line: String, prefix: String, rest: String) throws {
        let split = try #require(PageFurniture.splitCategoryPrefix(line))
        #expect(split.prefix == prefix)
        #expect(split.rest == rest)
    }

    @Test(arguments: ["中共某某区委员会", "关于某某：巡视整改进展情况的通报", "时间：2024年5月6日", "【重要】关于某某的通报"])
    func notCategoryPrefixes(line: String) {
        #expect(PageFurniture.splitCategoryPrefix(line) == nil)
    }
}
