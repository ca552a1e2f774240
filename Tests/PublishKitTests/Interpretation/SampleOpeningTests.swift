import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The two real openings in `samples/openings/`, one paragraph per line as a web copy has them.
@Suite struct SampleOpeningTests {
    static func load(_ name: String) throws -> Notice {
        let text = try Fixtures.sharedSample("openings/\(name)")
        let markdown = text.split(separator: "\n").joined(separator: "\n\n")
        return Fixtures.load(markdown, path: name).notice
    }

    @Test func municipalInspectionWithTwoLineTitle() throws {
        let notice = try Self.load("huangpu-district-2024.txt")
        #expect(notice.titleLines.map(\.plain) == ["中共上海市黄浦区委员会", "关于十二届市委第二轮巡视集中整改进展情况的通报"])
        #expect(notice.opening.team?.text == "市委第一巡视组")
        #expect(notice.opening.period?.start.date == CalendarDate(year: 2023, month: 3, day: 29))
        #expect(notice.opening.period?.end.date == CalendarDate(year: 2023, month: 6, day: 16))
        #expect(notice.opening.feedback?.date == CalendarDate(year: 2023, month: 8, day: 30))
        #expect(notice.opening.kind?.body == .xunshi)
        #expect(notice.opening.target?.text == "黄浦区")
        #expect(notice.opening.formula != nil)
        #expect(notice.sections.map(\.role) == [.responsibility])
        let first = try #require(notice.sections.first?.items.first)
        #expect(first.head.ordinal?.level == .parenthesizedHanzi)
        #expect(first.head.form == .line)
        #expect(first.items.map { $0.head.ordinal?.value } == [1, 2])
        #expect(first.items[0].head.lead.plain == "亲自抓政治引领,着力统一思想认识。")
    }

    @Test func districtInspectionWithoutTitle() throws {
        let notice = try Self.load("district-trade-union-2024.txt")
        #expect(notice.titleLines.isEmpty)
        #expect(notice.opening.team?.text == "区委第一巡察组")
        #expect(notice.opening.kind?.body == .xuncha)
        #expect(notice.opening.period?.start.date == CalendarDate(year: 2024, month: 3, day: 15))
        #expect(notice.opening.period?.end.date == CalendarDate(year: 2024, month: 6, day: 12))
        #expect(notice.opening.feedback?.date == CalendarDate(year: 2024, month: 8, day: 13))
        #expect(notice.opening.formula?.text.contains("报告如下") == true)
        #expect(notice.sections.map(\.role) == [.responsibility, .keyProblems])
        let item = try #require(notice.sections[1].items.first)
        #expect(item.head.ordinal?.level == .arabic)
        #expect(item.head.lead.plain == "关于“政治引领有短板”问题的整改。")
        guard case .paragraph(let paragraph)? = item.children.first else {
            Issue.record("the measures belong to item 1.")
            return
        }
        #expect(paragraph.measures.map(\.ordinal.value) == [1])
    }
}
