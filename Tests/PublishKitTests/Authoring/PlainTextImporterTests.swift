import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `publish import` as a library: plain text in, Markdown in the authoring format out.
@Suite struct PlainTextImporterTests {
    static func convert(_ text: String, path: String = "pasted.txt") -> PlainTextImporter.Result {
        PlainTextImporter().convert(bytes: Array(text.utf8), path: path)
    }

    /// The imported Markdown loaded and rendered as plain text, as `publish render` does.
    static func rendered(_ markdown: String) -> String {
        PlainTextRenderer().render(Fixtures.load(markdown, path: "imported.md").notice)
    }

    static let opening = "根据区委统一部署,2024年3月1日至4月30日,区委第一巡察组对某某街道开展了巡察。2024年6月5日,区委巡察组向某某街道党工委反馈了巡察意见。现将巡察整改进展情况予以公布。"
    static let sections = [
        "一、履行整改主体责任情况", "(一)提高站位。街道党工委召开专题会议。",
        "二、反馈问题整改落实情况", "(一)关于落实决策部署方面", "1、学习不深入", "一是加强学习。组织专题学习12次。",
        "三、需长期整改事项进展情况", "(一)持续推进。正文内容。",
        "四、下一步工作打算", "(一)巩固成效。正文内容。",
    ]
    static let closing = "欢迎广大干部群众对巡察整改落实情况进行监督。公开期限:2024年7月26日至8月8日(10个工作日)。联系电话:0431-80798040。"
    /// A whole notice as a web page shows it, one paragraph a line, no title.
    static var notice: [String] { [opening] + sections + [closing] }

    // MARK: - Round trip

    @Test func theReferenceSampleComesBackByteForByte() throws {
        let sample = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
        let result = Self.convert(sample, path: "changchun-xinqu-2025.txt")
        #expect(result.decodingProblems.isEmpty)
        #expect(Array(Self.rendered(result.markdown).utf8) == Array(sample.utf8))
    }

    @Test func theReferenceSampleBecomesTheReferenceNotice() throws {
        // The hand-made reference notice in content/ has the same body, line for line.
        let sample = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
        let imported = Self.convert(sample).markdown
        let reference = try String(
            contentsOf: Fixtures.root.appendingPathComponent(Fixtures.referencePath), encoding: .utf8)
        func body(_ text: String) -> String { String(text[text.range(of: "\n---\n")!.upperBound...]) }
        #expect(body(imported) == body(reference))
    }

    @Test func theReferenceSampleIsReported() throws {
        let result = Self.convert(try Fixtures.sharedSample("changchun-xinqu-2025.txt"))
        let report = result.report
        #expect(report.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
        #expect(report.headings == [.hanzi: 4, .parenthesizedHanzi: 5, .arabic: 9])
        #expect(report.hasOpening && report.hasClosing)
        #expect(report.disclosure == "2025年3月7日至3月27日")
        // No date in the text: the disclosure period's first day, said to be a stand-in.
        #expect(report.date == CalendarDate(year: 2025, month: 3, day: 7))
        #expect(report.dateSource == .disclosureStart)
        #expect(result.markdown.contains("date: 2025-03-07  # the disclosure period's first day: check it\n"))
        // No title and no issuer in the text: placeholders, which `check` refuses.
        #expect(report.titleLines.isEmpty && report.issuer == nil)
        #expect(result.markdown.hasPrefix("---\ntitle: 【待填写："))
        let lines = report.lines(in: .english).joined(separator: "\n")
        #expect(lines.contains("no title: fill in `title:`"))
        #expect(lines.contains("section 三、需长期整改事项进展情况 → long-term items"))
    }

    @Test(arguments: [
        ("huangpu-district-2024.txt", [SectionRole.responsibility]),
        ("district-trade-union-2024.txt", [.responsibility, .keyProblems]),
    ])
    func theOpeningsGetTheirRoles(_ name: String, _ roles: [SectionRole]) throws {
        let text = try Fixtures.sharedSample("openings/\(name)")
        let result = Self.convert(text, path: name)
        let notice = Fixtures.load(result.markdown, path: name).notice
        #expect(notice.sections.map(\.role) == roles)
        #expect(result.report.sections.map(\.role) == roles)
        #expect(notice.opening.formula != nil)
        // What is shown stays what was published (the title shown once).
        #expect(Self.rendered(result.markdown) == text.trimmingCharacters(in: .newlines))
    }

    @Test func theTwoLineTitleBecomesTitleLinesAndTheIssuer() throws {
        let result = Self.convert(try Fixtures.sharedSample("openings/huangpu-district-2024.txt"))
        #expect(
            result.markdown.hasPrefix(
                """
                ---
                issuer: 中共上海市黄浦区委员会
                date: 【待填写：发布日期，写作YYYY-MM-DD】
                ---

                # 中共上海市黄浦区委员会

                # 关于十二届市委第二轮巡视集中整改进展情况的通报

                根据市委统一部署
                """))
        #expect(result.markdown.contains("\n### (一)党组织主要负责人组织落实整改工作情况\n"))
        #expect(result.markdown.contains("\n1.亲自抓政治引领,着力统一思想认识。第一时间"))
    }

    // MARK: - Page furniture and titles

    /// Shapes of page furniture, each put above (or below) a notice; none may reach the body.
    @Test(
        arguments: [
            (["当前位置: 首页 > 信息公开 > 巡察工作"], [], nil),
            (["您现在的位置：首页>>新闻中心>>通知公告"], [], nil),
            (["首页 > 巡察工作 > 整改公开"], [], nil),
            (["发布时间:2024-07-26 来源:区委巡察办"], [], "2024-07-26"),
            (["发布时间：2024年7月26日 10:30  来源：区委巡察办  浏览次数：123"], [], "2024-07-26"),
            (["【发布日期：2024/07/26】【来源：区委巡察办】"], [], "2024-07-26"),
            (["2024-07-26 10:30:00  来源：中共某某区纪委监委  作者：区委巡察办"], [], "2024-07-26"),
            (["浏览次数:2345", "字号 大中小"], [], nil),
            (["【字号：大 中 小】 【打印】 【关闭】"], [], nil),
            (["(2024-07-26)"], [], "2024-07-26"),
            ([], ["打印本页 关闭窗口"], nil),
            ([], ["【打印】【关闭】", "上一篇：关于某某的通知", "下一篇：关于某某的公示"], nil),
            (["当前位置: 首页 > 巡察工作", "发布时间:2024-07-26 来源:区委巡察办"], ["[ 打印 ] [ 关闭 ]"], "2024-07-26"),
        ] as [([String], [String], String?)])
    func pageFurnitureIsLeftOut(_ above: [String], _ below: [String], _ date: String?) {
        let input = above + Self.notice + below
        let result = Self.convert(input.joined(separator: "\n"))
        #expect(Self.rendered(result.markdown) == Self.notice.joined(separator: "\n"))
        #expect(result.report.leftOut.map(\.text) == above + below)
        #expect(result.report.leftOut.allSatisfy { $0.furniture != nil })
        if let date {
            #expect(result.report.date?.description == date)
            #expect(result.markdown.contains("\ndate: \(date)\n"))
        } else {
            #expect(result.report.dateSource == .disclosureStart)
        }
    }

    static let issuer = "中共某某区委"
    static let about = "关于区委第一轮巡察整改进展情况的通报"
    static let oneLine = issuer + about

    /// Title shapes: one line, issuer and `关于……的通报`, shown twice in either layout, with a date
    /// after it, and with furniture and a stray line between.
    @Test(
        arguments: [
            ([oneLine], [oneLine], nil as String?),
            ([issuer, about], [issuer, about], nil),
            ([oneLine, oneLine], [oneLine], nil),
            ([issuer, about, issuer, about], [issuer, about], nil),
            ([oneLine, issuer, about], [issuer, about], nil),
            ([issuer, about, oneLine], [issuer, about], nil),
            ([oneLine + "(2024-07-26)"], [oneLine], "2024-07-26"),
            ([oneLine + " 2024-07-26", "发布时间:2024-07-25"], [oneLine], "2024-07-25"),
            ([oneLine + "（2024年7月26日）", "巡察动态", issuer, about], [issuer, about], "2024-07-26"),
        ] as [([String], [String], String?)])
    func titleLinesAreRecognised(_ above: [String], _ title: [String], _ date: String?) {
        let result = Self.convert((above + Self.notice).joined(separator: "\n"))
        #expect(result.report.titleLines == title)
        #expect(result.report.issuer == Self.issuer)
        let notice = Fixtures.load(result.markdown).notice
        #expect(notice.titleLines.map(\.plain) == title)
        #expect(notice.frontMatter.issuer == Self.issuer)
        #expect(notice.frontMatter.title == nil, "the title is shown by the # lines")
        // The title is shown once, then the notice as published.
        #expect(Self.rendered(result.markdown) == (title + Self.notice).joined(separator: "\n"))
        if let date { #expect(result.report.date?.description == date) }
        let stray = result.report.unplaced.map(\.text)
        #expect(stray == (above.contains("巡察动态") ? ["巡察动态"] : []))
    }

    @Test func aLineThatCannotBePlacedIsReportedAndKeptAsAComment() {
        let result = Self.convert((["巡察工作专栏"] + Self.notice).joined(separator: "\n"))
        #expect(result.report.unplaced == [.init(line: 1, text: "巡察工作专栏", furniture: nil)])
        #expect(result.markdown.contains("\n# publish import: line 1 left out: 巡察工作专栏\n---\n"))
        #expect(result.report.lines(in: .english).contains { $0.contains("line 1: 巡察工作专栏") })
        #expect(Self.rendered(result.markdown) == Self.notice.joined(separator: "\n"))
    }

    @Test func theSignatureGivesTheDateAndTheIssuer() {
        let result = Self.convert((Self.notice + ["中共某某街道工作委员会", "2024年7月26日"]).joined(separator: "\n"))
        #expect(result.report.date == CalendarDate(year: 2024, month: 7, day: 26))
        #expect(result.report.dateSource == .signature(line: 14))
        #expect(result.report.issuer == "中共某某街道工作委员会")
        // The signature stays in the closing, as written.
        #expect(Self.rendered(result.markdown).hasSuffix("\n中共某某街道工作委员会\n2024年7月26日"))
    }

    // MARK: - Headings

    @Test(arguments: [
        ("一、党工委履行整改主体责任情况", "## 一、党工委履行整改主体责任情况"),
        ("十一、其他事项", "## 十一、其他事项"),
        ("(一)关于贯彻落实方面", "### (一)关于贯彻落实方面"),
        ("（一）关于贯彻落实方面", "### （一）关于贯彻落实方面"),
        ("(一)、关于贯彻落实方面", "### (一)、关于贯彻落实方面"),
        ("1、主动对接国家重大发展战略规划", "#### 1、主动对接国家重大发展战略规划"),
        ("1.关于“政治引领有短板”问题的整改。", "#### 1.关于“政治引领有短板”问题的整改。"),
        ("1．持续深化改革", "#### 1．持续深化改革"),
        ("１.持续深化改革", "#### １.持续深化改革"),
        ("2、聚焦功能定位,坚持“走集约化、内涵式发展道路”。", "#### 2、聚焦功能定位,坚持“走集约化、内涵式发展道路”。"),
        ("(1)压缩审批时限", "##### (1)压缩审批时限"),
        ("（1）压缩审批时限", "##### （1）压缩审批时限"),
        ("①第一项", "###### ①第一项"),
        // Run-in items and measures stay paragraphs.
        ("(一)提高思想认识,强化政治担当。长春新区党工委坚决贯彻……", "(一)提高思想认识,强化政治担当。长春新区党工委坚决贯彻……"),
        ("1.亲自抓政治引领,着力统一思想认识。第一时间向全区开展动员。", "1.亲自抓政治引领,着力统一思想认识。第一时间向全区开展动员。"),
        ("一是对接“一带一路”规划", "一是对接“一带一路”规划"),
        ("(一)主要做法:", "(一)主要做法:"),
        ("2024年完成整改", "2024年完成整改"),
    ])
    func numberedLinesBecomeHeadingsByLevel(_ line: String, _ markdown: String) {
        // Text under the line: a heading that is a whole sentence needs some to stay a heading.
        let result = Self.convert(([Self.opening, line, "正文内容。"] + Self.notice.dropFirst()).joined(separator: "\n"))
        let body = result.markdown.components(separatedBy: "\n\n")
        #expect(body.contains(markdown), "\(body.prefix(4))")
        #expect(Self.rendered(result.markdown).split(separator: "\n")[1] == line)
    }

    // MARK: - Text as the copy has it

    @Test func indentationBlankLinesAndLineEndsAreNormalised() {
        let sample = Self.notice.joined(separator: "\n")
        let pasted =
            "\u{FEFF}" + Self.notice.map { "\u{3000}\u{3000}" + $0 + "  " }.joined(separator: "\r\n\r\n") + "\r\n"
        let result = Self.convert(pasted)
        #expect(Self.rendered(result.markdown) == sample)
        #expect(!result.markdown.contains("\r") && !result.markdown.contains("\u{3000}"))
        #expect(result.markdown.hasSuffix("。\n"))
        #expect(!result.markdown.contains("\n\n\n"), "one blank line between paragraphs")
    }

    @Test func gbkTextIsImportedAndBytesNoEncodingReadsAreNot() {
        // 根据部署。 in GBK.
        let gbk = PlainTextImporter().convert(bytes: [0xB8, 0xF9, 0xBE, 0xDD, 0xB2, 0xBF, 0xCA, 0xF0, 0xA1, 0xA3, 0x0A], path: "gbk.txt")
        #expect(gbk.decodingProblems.isEmpty)
        #expect(gbk.markdown.hasSuffix("\n根据部署。\n"))
        #expect(gbk.report.lines(in: .english).contains("  input: text in GB18030 (GBK, GB2312; Windows “ANSI” on a Chinese system)"))
        // 0x80 and 0xFF start no character in GB18030, and are no UTF-8 either.
        let neither = PlainTextImporter().convert(bytes: [0xB8, 0xF9, 0x80, 0xFF, 0x0A], path: "binary.txt")
        #expect(neither.markdown.isEmpty)
        #expect(neither.decodingProblems.map(\.rule) == ["parse/invalid-utf8"])
        #expect(neither.decodingProblems.first?.message == "the file is not UTF-8, nor GB18030 or UTF-16/32 with a byte-order mark")
    }

    @Test func markdownCharactersStayText() {
        let tricky = [
            "# 不是标题", "> 不是引用", "- 不是列表", "+ 不是列表", "1. 不是列表", "2) 不是列表", "---", "* * *",
            "正文*强调*和_下划线_,以及 <b>标签</b> 与 <!-- 注释 -->。", "[链接](http://example.cn) 和 ![图](a.png)。",
            "代码`a`与~~删除~~,实体&amp;与&#1234;,反斜杠\\*。", "    缩进的正文。",
        ]
        // In the first section, after its first item.
        let input = Array(Self.notice.prefix(3)) + tricky + Self.notice.dropFirst(3)
        let result = Self.convert(input.joined(separator: "\n"))
        let expected =
            Array(Self.notice.prefix(3)) + tricky.map { $0.trimmingCharacters(in: .whitespaces) }
            + Self.notice.dropFirst(3)
        #expect(Self.rendered(result.markdown) == expected.joined(separator: "\n"))
        let notice = Fixtures.load(result.markdown).notice
        #expect(notice.sections.map(\.role) == [.responsibility, .keyProblems, .longTerm, .nextSteps])
    }
}
