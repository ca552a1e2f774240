import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// A notice made of front matter and `body`, loaded.
private func typographyNotice(_ body: String) -> LoadedNotice {
    Fixtures.load("---\ntitle: 中共某某区委员会关于市委巡察整改进展情况的通报\nissuer: 中共某某区委员会\ndate: 2025-03-07\n---\n\n\(body)\n")
}

/// The characters the findings of `rule` start at, in order.
private func flagged(_ rule: String, in body: String) -> [String] {
    let loaded = typographyNotice(body)
    return Checker().check(loaded).filter { $0.rule == rule }.map { finding in
        let line = Array(loaded.source.line(finding.range.start.line).unicodeScalars)
        let index = finding.range.start.column - 1
        return index < line.count ? String(line[index]) : ""
    }
}

@Suite struct TypographyRulesTests {
    @Test func referenceNoticeGetsHalfWidthWarningsOnlyWhereTheyBelong() throws {
        let loaded = try Fixtures.referenceNotice()
        let findings = Checker().check(loaded).filter { $0.rule.hasPrefix("typography/") }
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.allSatisfy { $0.rule == "typography/half-width-punctuation" }, "\(findings.map(\.message))")
        #expect(findings.count > 200)
        // The contact line: the label colons, the parentheses and the semicolons, nothing in the time,
        // the phone number, the house number or the e-mail address.
        let last = loaded.source.lines.count - 1
        let closing = findings.filter { $0.range.start.line == last }.map { finding in
            String(Array(loaded.source.line(last).unicodeScalars)[finding.range.start.column - 1])
        }
        #expect(closing == [",", ":", "(", ")", ":", "(", ")", ";", ":", "(", ":", ")", ";", ":"])
    }

    // MARK: - typography/half-width-punctuation

    @Test(arguments: [
        ("根据省委统一部署,2023年9月12日开展巡视。", [","]),
        ("召开专题会议研究部署;制定整改方案。", [";"]),
        ("公开期限:2025年3月7日至3月27日。", [":"]),
        ("整改是否到位?要看群众是否满意。", ["?"]),
        ("坚决落实!全面推进。", ["!"]),
        ("公开期限至3月27日(15个工作日)。", ["(", ")"]),
        ("印发《某某规划(2024-2025)》。", ["(", ")"]),
        ("欢迎广大干部群众进行监督,", [","]),
        ("联系电话:0431-80798040(工作日8:30-17:00)。", [":", "(", ")"]),
        ("邮寄地址:某某路5799号(邮编:130102)。", [":", "(", ":", ")"]),
        ("“两个维护”,坚决落实。", [","]),
        ("使用Python,提高效率。", [","]),
    ])
    func halfWidthMarksInChineseText(_ body: String, _ expected: [String]) {
        #expect(flagged("typography/half-width-punctuation", in: body) == expected)
    }

    @Test(arguments: [
        "工作日8:30-17:00办公。", "按照1:500比例尺完成测绘。", "面积3.5平方公里，共1,000户。", "2025-03-07发布，2023.9.12启动。",
        "联系电话0431-80798040，电子邮箱abc@163.com。", "网址http://www.example.gov.cn/a?b=1,2。", "代码为`a,b;c:d`。",
        "宣传“Made in Jilin, Made in China”品牌。", "详见[通知](http://x.cn/a?b=1)。", "<http://www.example.gov.cn/a?b=1>见附件。",
        "(一)提高思想认识，强化政治担当。正文。", "## 二、巡视反馈问题整改情况\n\n1、主动对接规划\n\n(1)对接规划。正文。",
        "Hello, world! 是一句英文。", "Tel: 0431-80798040。",
    ])
    func halfWidthMarksLeftAlone(_ body: String) {
        #expect(flagged("typography/half-width-punctuation", in: body).isEmpty)
    }

    @Test func halfWidthFindingNamesTheFullWidthForm() throws {
        let finding = try #require(Checker().check(typographyNotice("根据省委统一部署,开展巡视。")).first {
            $0.rule == "typography/half-width-punctuation"
        })
        #expect(finding.message == "half-width `,` in Chinese text; the full-width form is 「，」")
        #expect(finding.fix == "replace `,` with 「，」")
        #expect(finding.range.end.column == finding.range.start.column + 1)
    }

    // MARK: - typography/mixed-quotes

    @Test(arguments: [
        ("践行\"立行立改\"的要求。", ["\"", "\""]),
        ("践行'立行立改'的要求。", ["'", "'"]),
        ("深刻领悟“两个确立的决定性意义。", ["“"]),
        ("深刻领悟两个确立”的决定性意义。", ["”"]),
        ("做到“两个维护”，增强「四个意识」。", ["「", "」"]),
        ("做到“两个维护”，引进\"EPC\"模式。", ["\"", "\""]),
        ("践行\"立行立改的要求。", ["\""]),
    ])
    func quotesReported(_ body: String, _ expected: [String]) {
        #expect(flagged("typography/mixed-quotes", in: body) == expected)
    }

    @Test(arguments: [
        "做到“两个维护”，坚持‘两个确立’。", "学习China's experience。", "配置`\"mode\": \"auto\"`。", "引进\"EPC\"模式。",
        "增强「四个意识」。", "坚持“以‘两个确立’为引领”。", "（一）提出“立行立改。对账销号”的要求。正文。",
    ])
    func quotesLeftAlone(_ body: String) {
        #expect(flagged("typography/mixed-quotes", in: body).isEmpty)
    }

    // MARK: - typography/repeated-punctuation

    @Test(arguments: [
        ("全面部署。。坚决认账。", "。"), ("召开党委会、、常委会。", "、"), ("制定方案，，明确责任。", "，"),
        ("整改到位了吗？？", "？"), ("坚决落实！！", "！"), ("压实责任；；巩固成效。", "；"), ("主要做法：：如下。", "："),
        ("建立整改台账。。。", "。"), ("（一）强化政治担当。。正文。", "。"),
    ])
    func repeatedMarksReported(_ body: String, _ mark: String) {
        #expect(flagged("typography/repeated-punctuation", in: body) == [mark])
    }

    @Test(arguments: [
        "坚持立行立改、举一反三……", "明确整改时限——做到件件有着落。", "整改到位了吗？！", "他说：“好。”。", "代码`。。`。",
        "一是完善机制。二是强化督查。",
    ])
    func repeatedMarksLeftAlone(_ body: String) {
        #expect(flagged("typography/repeated-punctuation", in: body).isEmpty)
    }

    @Test func ellipsisWrittenAsStopsIsNamed() throws {
        let finding = try #require(Checker().check(typographyNotice("建立整改台账。。。")).first {
            $0.rule == "typography/repeated-punctuation"
        })
        #expect(finding.message == "「。。。」 in place of an ellipsis")
        #expect(finding.fix == "write the ellipsis 「……」")
    }

    // MARK: - typography/missing-final-punctuation

    @Test(arguments: [
        ("持续跟踪督办", "办"),
        ("不断巩固提升整改成效.", "."),
        ("（一）提高认识。区委召开会议研究部署", "署"),
        ("一是完善机制。制定整改方案", "案"),
        ("一是完善机制。制定方案；二是强化督查。建立台账", "账"),
        ("区委召开会议研究部署，", "，"),
    ])
    func missingFinalPunctuationReported(_ body: String, _ last: String) {
        #expect(flagged("typography/missing-final-punctuation", in: body) == [last])
    }

    @Test(arguments: [
        "持续跟踪督办。", "切实做到“两个维护”", "切实做到“两个维护。”", "主要做法如下：\n\n- 完善项目库\n- 优化审批流程",
        "## 一、区委履行整改主体责任情况\n\n### （一）提高认识\n\n#### 1.完善规划体系\n\n（1）完善制度\n\n正文。",
        "1、主动对接国家重大发展战略规划\n\n正文。", "一是完善机制。制定方案；二是强化督查，三是严肃问责。",
        "| 项目 | 进度 |\n| --- | --- |\n| 规划修编 | 已完成 |", "详见www.example.gov.cn.", "正文。<br>",
        "正文。\n\n欢迎广大干部群众进行监督。联系电话：0431-80798040。\n\n中共某某区委员会\n\n2025年3月7日",
        "一是完善机制。二是加强督查！三是严肃问责？",
    ])
    func missingFinalPunctuationLeftAlone(_ body: String) {
        #expect(flagged("typography/missing-final-punctuation", in: body).isEmpty)
    }

    @Test func missingFinalPunctuationNamesTheMeasure() throws {
        let finding = try #require(Checker().check(typographyNotice("一是完善机制。制定整改方案\n\n二是强化督查。建立台账。")).first {
            $0.rule == "typography/missing-final-punctuation"
        })
        #expect(finding.message == "the measure 「一是」 ends without sentence-final punctuation")
        #expect(finding.notes == ["it ends with 「制定整改方案」"])
    }
}
