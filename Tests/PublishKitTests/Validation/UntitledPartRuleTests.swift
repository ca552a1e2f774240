import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules

/// An untitled part gets a heading to add: the one its role takes, or, when nothing names its role,
/// a numbered heading with no example text (never an empty `## `).
struct UntitledPartRuleTests {
    static let opening = """
        ---
        title: 关于巡察整改进展情况的通报
        issuer: 中共某某区委
        date: 2025-03-10
        ---

        根据区委统一部署，2024年9月12日至11月20日，区委第一巡察组对某某街道开展了常规巡察。12月5日，巡察组反馈了巡察意见。


        """

    @Test func aPartWithoutARoleIsAskedForANumberedHeading() throws {
        let loaded = Fixtures.load(Self.opening + "这是一段没有标题的话。\n\n## 一、整改工作的组织领导\n\n正文。\n")
        let finding = try #require(Checker().check(loaded).first { $0.rule == "structure/untitled-part" })
        #expect(finding.message == "these paragraphs form a 其他（other） part without a heading")
        #expect(finding.fix == "give the part a numbered heading (`## 一、…`) that says what it reports")
        #expect(finding.fix?.chinese == "请为该部分加上带序号的标题（如「## 一、……」），写明其内容")
    }
}
