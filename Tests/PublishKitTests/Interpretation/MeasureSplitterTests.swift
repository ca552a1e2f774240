import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

@Suite struct MeasureSplitterTests {
    static func paragraph(_ text: String) -> Paragraph {
        let notice = Fixtures.load(text).notice
        return notice.opening.paragraphs[0]
    }

    @Test func measuresInOneParagraphAreSplitWithTheirLeads() {
        let p = Self.paragraph("主要采取了以下措施：一是加强学习。组织专题学习12次。二是完善制度；三是强化监督。")
        #expect(p.measures.map(\.ordinal.value) == [1, 2, 3])
        #expect(p.measures.map(\.lead.plain) == ["加强学习。", "完善制度；", "强化监督。"])
        #expect(p.measures[0].body.plain == "组织专题学习12次。")
        guard case .text(let prefix) = p.segments[0] else {
            Issue.record("the unnumbered start stays text")
            return
        }
        #expect(prefix.plain == "主要采取了以下措施：")
        #expect(p.plain == "主要采取了以下措施：一是加强学习。组织专题学习12次。二是完善制度；三是强化监督。")
    }

    @Test func aLoneNumeralFollowedByShiInTheMiddleIsNotAMeasure() {
        // After a comma, 一是 only starts a run when 二是 follows.
        let q = Self.paragraph("坚持实事求是，一是要抓好落实。")
        #expect(q.measures.isEmpty)
    }

    @Test func aRunGoesOnAfterAFullStopEvenWithAGapSoCheckCanReportIt() {
        let p = Self.paragraph("一是加强学习。三是完善制度。")
        #expect(p.measures.map(\.ordinal.value) == [1, 3])
    }

    @Test func aRunMustStartAtOneMidParagraph() {
        let p = Self.paragraph("经研究决定。三是完善制度。")
        #expect(p.measures.isEmpty)
    }
}
