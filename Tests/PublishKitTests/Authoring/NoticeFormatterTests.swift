import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `publish fmt` as a library: the rewrites, what it never touches, idempotence.
@Suite struct NoticeFormatterTests {
    static let frontMatter = "---\ntitle: 中共某某区委员会关于区委巡察整改进展情况的通报\nissuer: 中共某某区委员会\ndate: 2025-03-07\n---\n\n"
    static let opening = "根据区委统一部署，2024年3月1日至4月30日，区委第一巡察组对某某街道开展了巡察。现将巡察整改进展情况予以公布。\n\n"

    /// A notice with `body` after its opening.
    static func notice(_ body: String, frontMatter: String = frontMatter) -> String {
        frontMatter + opening + body + "\n"
    }

    static func format(
        _ text: String, arabicPeriod: Bool = false, configuration: PublishConfiguration = PublishConfiguration()
    ) -> String {
        let result = NoticeFormatter(configuration: configuration, arabicPeriod: arabicPeriod)
            .format(bytes: Array(text.utf8), path: "test.md")
        return String(decoding: result.bytes, as: UTF8.self)
    }

    // MARK: - What it rewrites

    @Test(arguments: [
        ("根据省委统一部署,2023年9月12日开展巡视。", "根据省委统一部署，2023年9月12日开展巡视。"),
        ("召开专题会议研究部署;制定整改方案。", "召开专题会议研究部署；制定整改方案。"),
        ("整改是否到位?要看群众是否满意!", "整改是否到位？要看群众是否满意！"),
        ("公开期限:2025年3月7日至3月27日(15个工作日)。", "公开期限：2025年3月7日至3月27日（15个工作日）。"),
        ("印发《某某规划(2024-2025)》。", "印发《某某规划（2024-2025）》。"),
        ("联系电话:0431-80798040(工作日8:30-17:00)。", "联系电话：0431-80798040（工作日8:30-17:00）。"),
        ("电子邮箱:abc@163.com;邮编:130102。", "电子邮箱：abc@163.com；邮编：130102。"),
        ("*强调,内容*。", "*强调，内容*。"),
        ("(一)提高思想认识,强化政治担当。正文。", "（一）提高思想认识，强化政治担当。正文。"),
        ("### (一)关于贯彻落实方面", "### （一）关于贯彻落实方面"),
        ("（一）、提高思想认识。正文。", "（一）提高思想认识。正文。"),
        ("(一)、提高思想认识。正文。", "（一）提高思想认识。正文。"),
        ("（一），提高思想认识。正文。", "（一）提高思想认识。正文。"),
        ("㈠提高思想认识。正文。", "（一）提高思想认识。正文。"),
        ("㈡、提高思想认识。正文。", "（二）提高思想认识。正文。"),
        ("⑴压缩审批时限。正文。", "（1）压缩审批时限。正文。"),
        ("⒈产业发展规划落实不到位", "1.产业发展规划落实不到位"),
        ("１.持续深化改革。正文。", "1.持续深化改革。正文。"),
        ("（１）压缩审批时限。正文。", "（1）压缩审批时限。正文。"),
        ("1．持续深化改革。正文。", "1.持续深化改革。正文。"),
        ("## 一．党工委履行整改主体责任情况", "## 一、党工委履行整改主体责任情况"),
        ("## 一十一、其他事项", "## 十一、其他事项"),
        ("①、第一项。正文。", "①第一项。正文。"),
        // `1、` is left alone without --arabic-period.
        ("1、主动对接国家重大发展战略规划", "1、主动对接国家重大发展战略规划"),
        ("１、主动对接规划", "1、主动对接规划"),
    ])
    func rewrites(_ before: String, _ after: String) {
        #expect(Self.format(Self.notice(before)) == Self.notice(after))
    }

    @Test(arguments: [
        ("1、主动对接国家重大发展战略规划", "1.主动对接国家重大发展战略规划"),
        ("#### 2、聚焦功能定位", "#### 2.聚焦功能定位"),
        ("#### 1、 主动对接规划", "#### 1. 主动对接规划"),
        // At the start of a paragraph `1. ` would open an ordered list: the space goes.
        ("1、 主动对接规划。正文。", "1.主动对接规划。正文。"),
        ("１、主动对接规划", "1.主动对接规划"),
    ])
    func arabicPeriodRewritesTheDunhao(_ before: String, _ after: String) {
        #expect(Self.format(Self.notice(before), arabicPeriod: true) == Self.notice(after))
    }

    @Test func theTitleAndIssuerTextIsFixedOtherFrontMatterIsNot() {
        let front = """
            ---
            title: 中共某某区委员会关于区委巡察(第一轮)整改进展情况的通报
            issuer: "中共某某区委员会(党委)"
            date: 2025-03-07
            tags: [巡视(一), 整改,公开]
            slug: a,b
            ---


            """
        let expected = front.replacingOccurrences(of: "巡察(第一轮)", with: "巡察（第一轮）")
            .replacingOccurrences(of: "委员会(党委)", with: "委员会（党委）")
        #expect(Self.format(Self.notice("正文。", frontMatter: front)) == Self.notice("正文。", frontMatter: expected))
    }

    // MARK: - What it never touches

    @Test(arguments: [
        "工作日8:30-17:00办公。", "按照1:500比例尺完成测绘。", "面积3.5平方公里，共1,000户。",
        "2025-03-07发布，2023.9.12启动，时间为2025年3月7日。", "联系电话0431-80798040，电子邮箱abc@163.com。",
        "网址http://www.example.gov.cn/a?b=1,2。", "代码为`a,b;c:d`。", "详见[通知](http://x.cn/a?b=1,2)。",
        "<http://www.example.gov.cn/a?b=1>见附件。", "宣传“Made in Jilin, Made in China”品牌。", "使用 Python, Go 和 Swift 编程。",
        "见<abbr title=\"说明:一(二)\">附注</abbr>。", "<div>\n说明:以下(略)\n</div>", "```\n键:值(一)\n```",
        "<!-- 注释:说明(一) -->", "<!-- publish-disable-next-line typography/half-width-punctuation -->\n根据部署,开展巡视。",
        "<!-- publish-disable-next-line numbering/half-width-parentheses -->\n(一)提高思想认识。正文。",
        "（一）提高思想认识，强化政治担当。正文。", "1.主动对接规划", "一是加强学习。组织专题学习12次。",
        "1. 列表项。", "第1、2项已完成。",
    ])
    func leavesAlone(_ body: String) {
        let text = Self.notice(body)
        #expect(Self.format(text) == text)
    }

    @Test func aRuleSwitchedOffIsNotFixed() {
        let configuration = PublishConfiguration(severities: ["typography/half-width-punctuation": Severity?.none])
        let before = Self.notice(
            "(一)提高思想认识,强化政治担当。正文。", frontMatter: Self.frontMatter.replacingOccurrences(of: "情况的", with: "情况(一)的"))
        let after = before.replacingOccurrences(of: "(一)提高", with: "（一）提高")
        #expect(Self.format(before, configuration: configuration) == after)
    }

    @Test func lineEndsAndTheByteOrderMarkAreKept() {
        let text =
            "\u{FEFF}" + Self.notice("根据部署,开展巡视。\r\n\r\n(一)提高认识。正文。\r继续。").replacingOccurrences(of: "\n", with: "\r\n")
        let expected = text.replacingOccurrences(of: "部署,", with: "部署，").replacingOccurrences(of: "(一)", with: "（一）")
        let formatted = NoticeFormatter().format(bytes: Array(text.utf8), path: "crlf.md").bytes
        #expect(formatted == Array(expected.utf8))
    }

    @Test func aPositionThatCannotBeTrustedIsLeftAloneAndReported() {
        // After a backslash escape the rule's columns run one ahead of the text: fmt checks every
        // replacement against the characters it replaces, and leaves these.
        let text = Self.notice("正文\\(备注\\)。")
        let result = NoticeFormatter().format(bytes: Array(text.utf8), path: "escaped.md")
        #expect(result.bytes == Array(text.utf8))
        #expect(result.remaining.map(\.rule) == Array(repeating: "typography/half-width-punctuation", count: 2))
    }

    @Test func aFileThatIsNotUTF8IsRefused() {
        let bytes = Array(Self.notice("根据部署,开展巡视。").utf8) + [0xB8, 0xF9, 0x0A]
        let result = NoticeFormatter().format(bytes: bytes, path: "gbk.md")
        #expect(result.bytes == bytes)
        #expect(!result.changed)
        #expect(result.refusal.map(\.rule) == ["parse/invalid-utf8"])
    }

    // MARK: - The reference notice and every fixture

    @Test func theReferenceNoticeLosesEveryTypographyFindingAndKeepsItsText() throws {
        let before = try Fixtures.referenceNotice()
        let result = NoticeFormatter().format(bytes: Array(before.source.text.utf8), path: Fixtures.referencePath)
        #expect(result.remaining.isEmpty)
        let after = NoticeLoader().load(bytes: result.bytes, path: Fixtures.referencePath)
        let typography = Checker().check(after).filter { $0.rule.hasPrefix("typography/") }
        #expect(typography.isEmpty, "\(typography.prefix(3))")
        // The numbering marks are standard, except `1、`, which only --arabic-period rewrites.
        let numbering = Set(Checker().check(after).filter { $0.rule.hasPrefix("numbering/") }.map(\.rule))
        #expect(numbering == ["numbering/dunhao-after-arabic"])

        // The same text, character for character, except for the width of punctuation.
        let old = Array(PlainTextRenderer().render(before.notice).unicodeScalars)
        let new = Array(PlainTextRenderer().render(after.notice).unicodeScalars)
        #expect(old.count == new.count)
        var widened = 0
        for (a, b) in zip(old, new) where a != b {
            #expect(TypographyRules.fullWidth[a] == b, "「\(a)」 became 「\(b)」")
            widened += 1
        }
        let changedCharacters = result.edits.reduce(0) { total, edit in
            total + zip(edit.original.unicodeScalars, edit.replacement.unicodeScalars).filter { $0 != $1 }.count
        }
        #expect(widened == changedCharacters)
        #expect(
            Array(PlainTextRenderer().render(before.notice).utf8)
                == Array(try Fixtures.sharedSample("changchun-xinqu-2025.txt").utf8))
    }

    /// Every Markdown file of the fixtures and of content/, formatted twice: the second run
    /// changes nothing. Nothing is written: the formatter works on the bytes.
    static var markdownFiles: [String] {
        let roots = [Fixtures.folder, Fixtures.root.appendingPathComponent("content")]
        return roots.flatMap { root in
            let files = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
            return files.filter { $0.hasSuffix(".md") }.map { root.appendingPathComponent($0).path }.filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
        }.sorted()
    }

    @Test func thereAreFilesToFormat() {
        #expect(Self.markdownFiles.count > 40)
    }

    @Test(arguments: markdownFiles)
    func formattingIsIdempotent(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for arabicPeriod in [false, true] {
            let formatter = NoticeFormatter(arabicPeriod: arabicPeriod)
            let once = formatter.format(bytes: bytes, path: path)
            let twice = formatter.format(bytes: once.bytes, path: path)
            #expect(!twice.changed, "\(twice.edits.prefix(3))")
            #expect(twice.bytes == once.bytes)
            // Whatever fmt fixes, check no longer reports.
            if once.refusal.isEmpty {
                let fixed = formatter.fixedRules
                let left = Checker().check(NoticeLoader().load(bytes: once.bytes, path: path)).filter {
                    fixed.contains($0.rule)
                }
                #expect(left.count == once.remaining.count)
            }
        }
    }
}
