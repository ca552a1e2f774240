import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The reference notice as published (in the fixtures) against the published sample it was
/// written from. Every expected figure below was read off `samples/changchun-xinqu-2025.txt` by hand.
@Suite struct ReferenceNoticeTests {
    let notice: Notice

    init() throws {
        notice = try Fixtures.referenceNotice().notice
    }

    @Test func plainTextEqualsThePublishedSampleByteForByte() throws {
        let sample = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
        let text = PlainTextRenderer().render(notice)
        #expect(Array(text.utf8) == Array(sample.utf8))
    }

    @Test func loadsWithoutFindings() throws {
        #expect(try Fixtures.referenceNotice().diagnostics.isEmpty)
    }

    @Test func hasFourSectionsWithTheirRoles() {
        #expect(notice.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
        #expect(notice.sections.map { $0.head?.ordinal?.value } == [1, 2, 3, 4])
    }

    @Test func responsibilityHasFiveRunInItems() throws {
        let items = notice.sections[0].items
        #expect(items.count == 5)
        #expect(items.allSatisfy { $0.head.form == .runIn })
        #expect(items.map { $0.head.ordinal?.value } == [1, 2, 3, 4, 5])
        #expect(items[0].head.lead.plain == "提高思想认识,强化政治担当。")
        #expect(items[0].head.body?.plain.hasPrefix("长春新区党工委坚决贯彻落实") == true)
        #expect(items[0].head.ordinal?.deviations == [.halfWidthParentheses])
    }

    @Test func keyProblemsHasFiveAreasWithTheirSubItemsAndMeasures() {
        let areas = notice.sections[1].items
        #expect(areas.count == 5)
        #expect(areas.map { $0.head.ordinal?.level } == Array(repeating: .parenthesizedHanzi, count: 5))
        #expect(areas[0].head.lead.plain.hasPrefix("关于贯彻落实习近平总书记视察长春新区"))
        // Sub-items 1、2、(3、) per area; the fifth area has measures directly under it.
        #expect(areas.map { $0.items.count } == [2, 2, 2, 3, 0])
        let measuresPerSubItem = areas.map { area in area.items.map { measures(in: $0.children).count } }
        #expect(measuresPerSubItem == [[3, 3], [3, 3], [2, 3], [2, 3, 4], []])
        #expect(measures(in: areas[4].children).count == 2)
        let first = measures(in: areas[0].items[0].children)
        #expect(first.map(\.ordinal.value) == [1, 2, 3])
        #expect(first[0].lead.plain == "对接“一带一路”规划不断深化开放性国际合作平台作用。")
        #expect(first[0].body.plain.hasPrefix("围绕“主动融入全省打造向北开放窗口"))
        #expect(areas[0].items[0].head.ordinal?.deviations == [.dunhaoAfterArabic])
        #expect(areas[0].items[0].head.lead.plain == "主动对接国家重大发展战略规划")
    }

    @Test func longTermAndNextStepsHaveFourItemsEach() {
        #expect(notice.sections[2].items.count == 4)
        #expect(notice.sections[3].items.count == 4)
        // The next-steps part opens with an unnumbered paragraph.
        guard case .paragraph(let intro)? = notice.sections[3].children.first else {
            Issue.record("next steps should open with a paragraph")
            return
        }
        #expect(intro.plain.hasPrefix("长春新区党工委将始终坚持"))
    }

    @Test func openingFacts() throws {
        let opening = notice.opening
        #expect(opening.period?.start.date == CalendarDate(year: 2023, month: 9, day: 12))
        #expect(opening.period?.end.date == CalendarDate(year: 2023, month: 11, day: 20))
        #expect(opening.period?.end.yearInherited == true)
        #expect(opening.feedback?.date == CalendarDate(year: 2024, month: 1, day: 30))
        #expect(opening.team?.text == "省委第八巡视组")
        #expect(opening.authority?.text == "根据省委统一部署")
        #expect(opening.kind?.body == .xunshi)
        #expect(opening.kind?.mode == .regular)
        #expect(opening.target?.text == "长春新区")
        #expect(opening.formula?.text == "现将巡视整改进展情况予以公布。")
    }

    @Test func closingFacts() throws {
        let closing = try #require(notice.closing)
        let disclosure = try #require(closing.disclosure)
        #expect(disclosure.period?.start.date == CalendarDate(year: 2025, month: 3, day: 7))
        #expect(disclosure.period?.end.date == CalendarDate(year: 2025, month: 3, day: 27))
        #expect(disclosure.statedWorkdays == 15)
        #expect(closing.invitation?.text == "欢迎广大干部群众对巡视整改落实情况进行监督。")
        let phone = try #require(closing.contacts.first { $0.kind == .phone })
        #expect(phone.value == "0431-80798040")
        #expect(phone.hours?.text == "工作日8:30-17:00")
        let address = try #require(closing.contacts.first { $0.kind == .postalAddress })
        #expect(address.postcode?.text == "130102")
        #expect(address.value == "吉林省长春市龙湖大路5799号长春新区巡视巡察整改专班")
        #expect(closing.contacts.first { $0.kind == .email }?.value == "ccnaxsxczgzb@163.com")
    }

    @Test func closingFactsPointAtTheirTextInTheFile() throws {
        let loaded = try Fixtures.referenceNotice()
        let closing = try #require(loaded.notice.closing)
        func text(at range: SourceRange) -> String {
            let line = Array(loaded.source.line(range.start.line).unicodeScalars)
            return String(String.UnicodeScalarView(line[(range.start.column - 1)..<(range.end.column - 1)]))
        }
        let disclosure = try #require(closing.disclosure)
        #expect(text(at: try #require(disclosure.period).start.range) == "2025年3月7日")
        #expect(text(at: try #require(disclosure.period).end.range) == "3月27日")
        #expect(text(at: try #require(disclosure.statedWorkdaysRange)) == "15")
        for contact in closing.contacts {
            #expect(text(at: contact.valueRange) == contact.value)
        }
        let opening = loaded.notice.opening
        #expect(text(at: try #require(opening.feedback).range) == "2024年1月30日")
        #expect(text(at: try #require(opening.team).range) == "省委第八巡视组")
    }

    @Test func htmlMatchesTheGoldenFile() throws {
        // Without the inline stylesheets, so a style change does not touch the golden file.
        let html = HTMLRenderer(templates: try TemplateLibrary.builtIn()).render(NoticeViewModel(notice: notice))
        try expectGolden(html, "reference.html")
    }

    @Test func jsonMatchesTheGoldenFile() throws {
        try expectGolden(JSONRenderer().render(notice) + "\n", "reference.json")
    }

    private func measures(in blocks: [NoticeBlock]) -> [Measure] {
        blocks.flatMap { block -> [Measure] in
            if case .paragraph(let p) = block { return p.measures }
            return []
        }
    }
}

/// The example in `content/` is the reference notice as `publish fmt --arabic-period` leaves it: the
/// same notice, with nothing for `check` to report, so a newcomer's `make site` shows no warning.
@Suite struct ExampleContentTests {
    @Test func isThePublishedNoticeAsFmtLeavesIt() throws {
        let published = try [UInt8](Data(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath)))
        let content = try [UInt8](Data(contentsOf: Fixtures.root.appendingPathComponent(Fixtures.contentPath)))
        let formatted = NoticeFormatter(arabicPeriod: true).format(bytes: published, path: Fixtures.contentPath)
        #expect(formatted.bytes == content, "content/ drifted from the published notice; run `publish fmt --arabic-period` on a copy of it")
        #expect(published != content)
    }

    @Test func hasNoFindings() throws {
        let loaded = try Fixtures.contentNotice()
        #expect(loaded.diagnostics.isEmpty)
        #expect(Checker().check(loaded).map { "\($0.range.start) [\($0.rule)] \($0.message)" } == [])
    }

    @Test func isTheSameNoticeAsTheOnePublished() throws {
        let content = try Fixtures.contentNotice().notice
        let published = try Fixtures.referenceNotice().notice
        #expect(content.sections.map(\.role) == published.sections.map(\.role))
        #expect(content.closing?.disclosure?.period?.start.date == published.closing?.disclosure?.period?.start.date)
        #expect(content.closing?.disclosure?.statedWorkdays == 15)
        // Widths differ, words do not.
        func words(_ notice: Notice) -> String {
            PlainTextRenderer().render(notice).unicodeScalars.filter { CharacterClass.isHan($0) }.map(String.init).joined()
        }
        #expect(words(content) == words(published))
    }
}

/// The findings `publish check` gives the reference notice: no error, and exactly the warnings its
/// web copy's ASCII punctuation and `1、`/`(一)` numbering deserve, pinned in a golden file.
@Suite struct ReferenceNoticeCheckTests {
    @Test func noErrorsAndThePinnedWarnings() throws {
        let diagnostics = Checker().check(try Fixtures.referenceNotice())
        #expect(!diagnostics.contains { $0.severity == .error })
        let listing = diagnostics.map { "\($0.range.start) \($0.severity.rawValue) [\($0.rule)] \($0.message)" }
            .joined(separator: "\n") + "\n"
        try expectGolden(listing, "reference.diagnostics")
    }
}
