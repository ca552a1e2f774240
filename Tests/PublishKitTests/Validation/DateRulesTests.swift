import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// A small but complete notice built from its dates, for the `dates/*` and `disclosure/*` tests.
/// Parts may carry `1️⃣` markers; `load()` strips them and `marked` gives their positions.
struct DatedNotice {
    var date: String? = "2025-03-07"
    var opening: String? = "根据市委统一部署，{period}，市委第三巡察组对某某区开展了常规巡察。{feedback}，市委巡察组向某某区委反馈了巡察意见。现将巡察整改进展情况予以公布。"
    var period = "2023年9月12日至11月20日"
    var feedback = "2024年1月30日"
    var body = "一是加强理论学习。组织专题学习12次。"
    var disclosure: String? = "2025年3月7日至3月27日（15个工作日）"

    var markdown: String {
        var text = "---\ntitle: 中共某某区委员会关于市委巡察整改进展情况的通报\nissuer: 中共某某区委员会\n"
        if let date { text += "date: \(date)\n" }
        text += "---\n\n"
        if let opening {
            text +=
                opening.replacingOccurrences(of: "{period}", with: period)
                .replacingOccurrences(of: "{feedback}", with: feedback) + "\n\n"
        }
        text += """
            ## 一、区委履行整改主体责任情况

            （一）提高政治站位。区委召开常委会会议专题研究部署整改工作。

            ## 二、巡察反馈问题整改落实情况

            ### （一）关于贯彻落实党中央决策部署方面

            \(body)

            ## 三、需长期整改事项进展情况

            （一）持续推进产业转型。正文内容。

            ## 四、下一步工作打算

            （一）巩固整改成效。正文内容。

            欢迎广大干部群众对巡察整改落实情况进行监督。
            """
        if let disclosure { text += "公开期限：\(disclosure)。" }
        return text + "联系电话：0431-80798040（工作日8:30-17:00）。\n"
    }

    var marked: MarkedText { MarkedText(markdown) }

    /// The findings of one rule (`dates/order`) or of a group of rules (`dates`), sorted by position.
    func findings(_ rule: String) -> [Diagnostic] {
        Checker().check(Fixtures.load(marked.text)).filter { $0.rule == rule || $0.rule.hasPrefix(rule + "/") }
    }
}

@Suite struct DateRulesTests {
    @Test func referenceNoticeHasNoDateError() throws {
        let findings = Checker().check(try Fixtures.referenceNotice()).filter { $0.rule.hasPrefix("dates/") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func soundNoticeHasNoDateFinding() {
        #expect(DatedNotice().findings("dates").isEmpty)
    }

    // MARK: - dates/invalid

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        var written: String
        /// The message, or nil when the date is real.
        var message: String?
        var testDescription: String { written }
    }

    static let invalidCases: [InvalidCase] = [
        InvalidCase(written: "2025年2月30日", message: "the date 「2025年2月30日」 does not exist: 2025年2月 has 28 days"),
        InvalidCase(written: "2023年2月29日", message: "the date 「2023年2月29日」 does not exist: 2023年2月 has 28 days"),
        InvalidCase(written: "2024年2月29日", message: nil),
        InvalidCase(written: "1900年2月29日", message: "the date 「1900年2月29日」 does not exist: 1900年2月 has 28 days"),
        InvalidCase(written: "2000年2月29日", message: nil),
        InvalidCase(written: "2024年4月31日", message: "the date 「2024年4月31日」 does not exist: 2024年4月 has 30 days"),
        InvalidCase(written: "2024年12月31日", message: nil),
        InvalidCase(
            written: "2025年13月1日",
            message: "the date 「2025年13月1日」 does not exist: there is no month 13; months run from 1 to 12"),
        InvalidCase(
            written: "2025年0月1日",
            message: "the date 「2025年0月1日」 does not exist: there is no month 0; months run from 1 to 12"),
        InvalidCase(written: "2025年3月0日", message: "the date 「2025年3月0日」 does not exist: 2025年3月 has 31 days"),
        InvalidCase(written: "0000年1月1日", message: "the date 「0000年1月1日」 does not exist: there is no year 0"),
    ]

    @Test(arguments: invalidCases)
    func invalidDateInTheBody(_ test: InvalidCase) throws {
        let notice = DatedNotice(body: "一是加强理论学习。原定1️⃣\(test.written)召开的会议顺延。")
        let found = notice.findings("dates").filter { $0.rule == "dates/invalid" }
        if let message = test.message {
            try #require(found.count == 1)
            #expect(found[0].message == message)
            #expect(found[0].severity == .error)
            #expect(found[0].range.start == notice.marked[1])
        } else {
            #expect(found.isEmpty)
        }
    }

    @Test func invalidDateInAHeading() throws {
        let notice = DatedNotice(body: "#### 1.整改1️⃣2025年2月30日前完成的事项\n\n一是加强理论学习。组织专题学习12次。")
        let found = notice.findings("dates/invalid")
        #expect(found.map(\.message) == ["the date 「2025年2月30日」 does not exist: 2025年2月 has 28 days"])
        #expect(found.map(\.range.start) == [notice.marked[1]])
    }

    @Test func invalidDatesOfTheChainNameTheirPartAndAreReportedOnce() throws {
        let notice = DatedNotice(
            period: "2023年9月31日至1️⃣11月31日", feedback: "2️⃣2024年2月30日",
            disclosure: "2025年3月7日至3️⃣3月32日（15个工作日）")
        let found = notice.findings("dates/invalid")
        #expect(
            found.map(\.message) == [
                "the start of the inspection, 「2023年9月31日」, does not exist: 2023年9月 has 30 days",
                "the end of the inspection, 「11月31日」, does not exist: 2023年11月 has 30 days",
                "the feedback date, 「2024年2月30日」, does not exist: 2024年2月 has 29 days",
                "the end of the disclosure period, 「3月32日」, does not exist: 2025年3月 has 31 days",
            ])
        #expect(found.dropFirst().map(\.range.start) == [notice.marked[1], notice.marked[2], notice.marked[3]])
        try #require(found.count == 4)
        #expect(found[1].notes.english.contains("the year 2023 was taken from the start of the range"))
        // An invalid date is no part of the order check, and no count is made of a period it ends.
        #expect(notice.findings("dates/order").isEmpty)
        #expect(notice.findings("disclosure").isEmpty)
    }

    // MARK: - dates/order

    struct OrderCase: Sendable, CustomTestStringConvertible {
        var name: String
        var notice: DatedNotice
        /// Expected messages of `dates/order`, each at marker 1️⃣, 2️⃣ … in turn.
        var messages: [String]
        var testDescription: String { name }
    }

    static let orderCases: [OrderCase] = [
        OrderCase(name: "in order", notice: DatedNotice(), messages: []),
        OrderCase(
            name: "feedback before the inspection ended",
            notice: DatedNotice(feedback: "1️⃣2023年11月1日"),
            messages: ["the feedback date, 2023年11月1日, is before the end of the inspection, 2023年11月20日"]),
        OrderCase(
            name: "feedback on the last day of the inspection",
            notice: DatedNotice(feedback: "1️⃣2023年11月20日"),
            messages: [
                "the feedback date, 2023年11月20日, is the same day as the end of the inspection; it must come after it"
            ]),
        OrderCase(
            name: "disclosure starts before publication",
            notice: DatedNotice(disclosure: "1️⃣2025年3月5日至3月25日（15个工作日）"),
            messages: [
                "the start of the disclosure period, 2025年3月5日, is before the publication date (front matter `date`), 2025年3月7日"
            ]),
        OrderCase(
            name: "disclosure starts on the publication date",
            notice: DatedNotice(date: "2025-03-07", disclosure: "2025年3月7日至3月27日（15个工作日）"), messages: []),
        OrderCase(
            name: "inspection end inherits the start's year and falls before it",
            notice: DatedNotice(period: "2023年12月12日至1️⃣1月20日"),
            messages: ["the end of the inspection, 2023年1月20日, is before the start of the inspection, 2023年12月12日"]),
        OrderCase(
            name: "inspection period crossing the year, written in full",
            notice: DatedNotice(period: "2023年12月12日至2024年1月20日", feedback: "2024年3月1日"), messages: []),
        OrderCase(
            name: "disclosure period reversed",
            notice: DatedNotice(disclosure: "2025年3月27日至1️⃣3月7日（15个工作日）"),
            messages: [
                "the end of the disclosure period, 2025年3月7日, is before the start of the disclosure period, 2025年3月27日"
            ]),
        OrderCase(
            name: "publication before feedback",
            notice: DatedNotice(date: "2024-01-15", feedback: "1️⃣2024年1月30日", disclosure: "2024年1月15日至2月2日（15个工作日）"),
            // The front matter is written first, so the finding stands at the feedback date.
            messages: [
                "the publication date (front matter `date`), 2024年1月15日, is before the feedback date, 2024年1月30日"
            ]),
        OrderCase(
            name: "no feedback date: the inspection's end is compared with publication",
            notice: DatedNotice(
                opening: "根据市委统一部署，{period}，市委第三巡察组对某某区开展了常规巡察。现将巡察整改进展情况予以公布。",
                period: "2025年1月6日至1️⃣3月7日"),
            messages: [
                "the publication date (front matter `date`), 2025年3月7日, is the same day as the end of the inspection; it must come after it"
            ]),
        OrderCase(
            name: "no publication date: feedback is compared with the disclosure start",
            notice: DatedNotice(date: nil, feedback: "2025年3月10日", disclosure: "1️⃣2025年3月7日至3月27日（15个工作日）"),
            messages: ["the start of the disclosure period, 2025年3月7日, is before the feedback date, 2025年3月10日"]),
    ]

    @Test(arguments: orderCases)
    func order(_ test: OrderCase) {
        let found = test.notice.findings("dates/order")
        #expect(found.map(\.message) == test.messages)
        #expect(found.allSatisfy { $0.severity == .error && $0.notes.first == NoticeDate.chain })
        let marked = test.notice.marked
        #expect(found.map(\.range.start) == (0..<test.messages.count).map { marked[$0 + 1] })
    }

    @Test func inheritedYearSuggestsTheNextYear() throws {
        let found = try #require(DatedNotice(period: "2023年12月12日至1月20日").findings("dates/order").first)
        #expect(found.fix == "if the period runs into the next year, write the year: 「2024年1月20日」")
        #expect(found.notes.english.contains("the year of 「1月20日」 was taken from the start of its range (2023)"))
    }

    // MARK: - dates/missing

    struct MissingCase: Sendable, CustomTestStringConvertible {
        var name: String
        var opening: String?
        var messages: [String]
        var testDescription: String { name }
    }

    static let missingCases: [MissingCase] = [
        MissingCase(name: "both given", opening: DatedNotice().opening, messages: []),
        MissingCase(
            name: "no period",
            opening: "1️⃣根据市委统一部署，市委第三巡察组对某某区开展了常规巡察。{feedback}，市委巡察组向某某区委反馈了巡察意见。现将巡察整改进展情况予以公布。",
            messages: ["the opening gives no inspection period"]),
        MissingCase(
            name: "no feedback date",
            opening: "1️⃣根据市委统一部署，{period}，市委第三巡察组对某某区开展了常规巡察。现将巡察整改进展情况予以公布。",
            messages: ["the opening gives no feedback date"]),
        MissingCase(
            name: "neither",
            opening: "1️⃣根据市委统一部署，市委第三巡察组对某某区开展了常规巡察。市委巡察组反馈了巡察意见。现将巡察整改进展情况予以公布。",
            messages: ["the opening gives no inspection period", "the opening gives no feedback date"]),
        MissingCase(name: "no opening (structure/missing-opening reports it)", opening: nil, messages: []),
    ]

    @Test(arguments: missingCases)
    func missing(_ test: MissingCase) {
        let notice = DatedNotice(opening: test.opening)
        let found = notice.findings("dates/missing")
        #expect(found.map(\.message.english).sorted() == test.messages.sorted())
        #expect(found.allSatisfy { $0.severity == .warning && $0.range.start == notice.marked[1] })
    }
}
