import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// The ordinals the typography layout gathers as it walks a notice (`OrdinalSummary`) held to the
/// list the numbering rules make (`NumberingRules.ordinals`: heads, then measures of every
/// paragraph): the same ranges, sorted by start, and the same deviations, for every fixture and
/// for notices whose items sit in lists and quotes, with CJK, combining marks, emoji and CRLF.
@Suite struct OrdinalSummaryTests {
    static let extra: [String] = [
        "## 一、部分\n\n（一）项目。一是加强领导；二是压实责任。\n\n1、第一\n\n(2)第二\n\n> （三）引用里的项目\n>\n> 1．引用里的下一级\n",
        "正文：一是e\u{301}；二是👩‍👩‍👧。\r\n\r\n## 二、部分\r\n\r\n１.全角数字\r\n\r\n（1）、多余的顿号\r\n",
        "",
    ]

    @Test func theLayoutGathersEveryOrdinal() {
        var notices = ModelWalkInPlaceTests.notices
        notices += Self.extra.enumerated().map { ("extra \($0.offset)", Fixtures.load($0.element)) }
        var withOrdinals = 0
        var withDeviations = 0
        for (label, loaded) in notices {
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            let summary = NumberingRules.summary(context)
            let ordinals = NumberingRules.ordinals(context)
            func key(_ range: SourceRange) -> [Int] {
                [range.start.line, range.start.column, range.end.line, range.end.column]
            }
            let expected = ordinals.map(\.range).sorted { key($0).lexicographicallyPrecedes(key($1)) }
            let found = summary.ranges.sorted { key($0).lexicographicallyPrecedes(key($1)) }
            #expect(found == expected, "\(label)")
            #expect(
                zip(summary.ranges, summary.ranges.dropFirst()).allSatisfy { !($1.start < $0.start) },
                "sorted by start: \(label)")
            var deviations: UInt16 = 0
            for ordinal in ordinals { for deviation in ordinal.deviations { deviations |= OrdinalSummary.bit(of: deviation) } }
            #expect(summary.deviations == deviations, "\(label)")
            for deviation in [
                Ordinal.Deviation.halfWidthParentheses, .markAfterParentheses, .dunhaoAfterArabic, .fullWidthFullStop,
                .fullWidthDigits, .fullStopAfterHanzi, .lookalikeCharacter, .nonstandardNumeral,
            ] {
                #expect(
                    summary.contains(deviation) == ordinals.contains { $0.deviations.contains(deviation) },
                    "\(deviation) \(label)")
            }
            if !ordinals.isEmpty { withOrdinals += 1 }
            if deviations != 0 { withDeviations += 1 }
        }
        #expect(withOrdinals > 50)
        #expect(withDeviations >= 3)
    }
}

/// `numbering/level-inverted` reads every head for a section written inside an item only when the
/// sections' headings may show one: held to reading every head, over every fixture and notices
/// whose section headings go deeper, shallower and back.
@Suite struct SectionInsideItemShortcutTests {
    static let notices: [String] = [
        "## 一、部分\n\n### （一）项目\n\n### 二、部分\n\n正文。\n",
        "## 一、部分\n\n#### （一）项目\n\n### 二、部分\n\n正文。\n",
        "### 一、部分\n\n#### 1.项目\n\n## 二、部分\n\n### （一）项目\n\n### 三、部分\n",
        "# 标题\r\n\r\n## 一、部分e\u{301}\r\n\r\n### （一）👩‍👩‍👧\r\n\r\n### 二、部分\r\n",
        "## 部分\n\n### 一、部分\n\n#### （一）项目\n\n#### 二、部分\n",
        "",
    ]

    @Test func theShortcutMissesNoFinding() {
        var notices = ModelWalkInPlaceTests.notices
        notices += Self.notices.enumerated().map { ("extra \($0.offset)", Fixtures.load($0.element)) }
        var found = 0
        var passedOver = 0
        for (label, loaded) in notices {
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            let rule = NumberingLevelInvertedRule()
            let general = rule.sectionsInsideItems(context, checkingSectionsFirst: false)
            #expect(rule.sectionsInsideItems(context) == general, "\(label)")
            if !general.isEmpty { found += 1 }
            if !NumberingLevelInvertedRule.mayHaveSectionInsideItem(
                loaded.notice.sections, HeadingDepths(loaded.markdown.blocks))
            {
                passedOver += 1
            }
        }
        #expect(found >= 3)
        #expect(passedOver > 50)
    }
}

/// `numbering/level-inverted` (siblings) and `numbering/level-skipped` make the numbering parents
/// only when the layout's walk found a sibling out of order or a skipped level (`NumberingShape`):
/// held to reading the parents, over every fixture and notices with items in lists and quotes.
@Suite struct NumberingShapeTests {
    static let notices: [String] = [
        "## 一、部分\n\n1.第一\n\n（一）倒置\n\n## 二、部分\n\n（1）跳级\n",
        "## 一、部分\n\n- 1.列表里\n- （一）列表里的倒置\n\n> 1.引用\n>\n> （二）引用里的倒置\n",
        "## 部分\n\n（1）无编号标题下\n\n1.倒置e\u{301}\n\n## 二、部分\n\n（一）项目\n\n1.下一级\n\n①跳级👩‍👩‍👧\n",
        "正文。\r\n\r\n## 一、部分\r\n\r\n（一）项目\r\n\r\n（二）项目\r\n",
        "",
    ]

    @Test func theShortcutsMissNoFinding() {
        var notices = ModelWalkInPlaceTests.notices
        notices += Self.notices.enumerated().map { ("extra \($0.offset)", Fixtures.load($0.element)) }
        var inverted = 0
        var skipped = 0
        var passedOver = 0
        for (label, loaded) in notices {
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            let shape = TypographyRules.layout(context).numberingShape
            let invertedRule = NumberingLevelInvertedRule()
            let generalInverted = invertedRule.siblings(context, checkingShapeFirst: false)
            #expect(invertedRule.siblings(context) == generalInverted, "\(label)")
            #expect(shape.hasInvertedSibling == !generalInverted.isEmpty, "\(label)")
            let skippedRule = NumberingLevelSkippedRule()
            let generalSkipped = skippedRule.check(context, checkingShapeFirst: false)
            #expect(skippedRule.check(context) == generalSkipped, "\(label)")
            #expect(shape.hasSkippedLevel == !generalSkipped.isEmpty, "\(label)")
            if !generalInverted.isEmpty { inverted += 1 }
            if !generalSkipped.isEmpty { skipped += 1 }
            if !shape.hasInvertedSibling && !shape.hasSkippedLevel { passedOver += 1 }
        }
        #expect(inverted >= 2)
        #expect(skipped >= 3)
        #expect(passedOver > 50)
    }
}

/// `typography/mixed-quotes` passes over a text whose only quotes are “ ” in pairs: held to reading
/// every text with a quote, over every fixture and texts with straight, corner, curly, unpaired and
/// nested quotes beside CJK, combining marks, emoji and CRLF.
@Suite struct CurlyPairsShortcutTests {
    static let notices: [String] = [
        "践行“立行立改”的“总体”要求。\n\n“两个维护\n\n维护”结束。\n\n“外“内”外”。\n\n”先关“后开\n",
        "践行\"立行立改\"的要求，“好”。\n\n用「直角」引号，“好”。\n\n'单引号'里的中文，it's e\u{301}。\n\n“👩‍👩‍👧”\r\n\r\n『书名』\r\n",
        "“链接[“文字”](https://example.cn/“a”)”。\n\n`“代码”` “正文”。\n",
        "",
    ]

    @Test func theShortcutMissesNoFinding() {
        var notices = ModelWalkInPlaceTests.notices
        notices += Self.notices.enumerated().map { ("extra \($0.offset)", Fixtures.load($0.element)) }
        var found = 0
        var passedOver = 0
        for (label, loaded) in notices {
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            let rule = MixedQuotesRule()
            let general = rule.check(context, checkingPairsFirst: false)
            #expect(rule.check(context) == general, "\(label)")
            if !general.isEmpty { found += 1 }
            let layout = TypographyRules.layout(context)
            passedOver += layout.texts.filter {
                $0.found.contains(.quote) && MixedQuotesRule.quotesOnlyInCurlyPairs(layout, $0)
            }.count
        }
        #expect(found >= 3)
        #expect(passedOver > 20)
    }
}

/// `typography/missing-final-punctuation` takes the findings of the opening and the sections from
/// the typography layout, which makes them as it lays out their paragraphs: held to the rule's own
/// walk of the body, over every fixture and notices with run-in items, lists and quotes.
@Suite struct UnfinishedParagraphsTests {
    static let notices: [String] = [
        "开头没有句号\n\n## 一、部分没有句号\n\n（一）项目。正文没有句号\n\n- 列表里没有句号\n- （二）列表项目。没有句号\n\n> 引用里没有句号\n>\n> （三）引用项目。没有句号\n\n一是测量，二是没有句号\n",
        "## 一、部分。正文e\u{301}\r\n\r\n1. 有序列表没有句号\r\n\r\n正文👩‍👩‍👧\r\n\r\n某某委员会\r\n\r\n2025年3月7日\r\n",
        "",
    ]

    @Test func theLayoutFindsWhatTheWalkFinds() {
        var notices = ModelWalkInPlaceTests.notices
        notices += Self.notices.enumerated().map { ("extra \($0.offset)", Fixtures.load($0.element)) }
        var found = 0
        for (label, loaded) in notices {
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            let rule = MissingFinalPunctuationRule()
            let general = rule.check(context, walkingTheBody: true)
            #expect(rule.check(context) == general, "\(label)")
            if !general.isEmpty { found += 1 }
        }
        #expect(found >= 5)
    }
}

/// `MissingFinalPunctuationRule.lastWritten` reads a text's last scalar that is not a space back
/// from its UTF-8 bytes: held to the scalars read from the front, on CJK, combining marks, emoji
/// with joiners, half- and full-width marks, every kind of space, CRLF and empty text, alone and as
/// runs of a rich text.
@Suite struct LastWrittenScalarTests {
    static let texts = [
        "", " ", "\u{3000}", "\u{A0}\t\n", "结束。", "结束。 ", "结束。\u{3000}\u{A0}", "e\u{301}", "e\u{301} ", "👩‍👩‍👧",
        "👩‍👩‍👧\u{3000}", "a,", "全角，", "行\r\n", "\r\n", "（一）", "𠀀 ", "中\u{3000}文\u{3000}", "a\u{200D}", "。\t",
    ]

    @Test func lastWrittenIsTheLastScalarThatIsNoSpace() {
        for text in Self.texts {
            let expected = text.unicodeScalars.last { !TypographyScalars.isSpace($0) }
            #expect(MissingFinalPunctuationRule.lastWritten(text) == expected, "\(text.debugDescription)")
        }
        // As runs: the last run with more than spaces, and its kind.
        for first in Self.texts {
            for second in Self.texts {
                var runs: [TextRun] = []
                if !first.isEmpty { runs.append(RulesFastPathTests.run(first, 1, 1)) }
                if !second.isEmpty {
                    var run = RulesFastPathTests.run(second, 2, 1)
                    run.kind = .code
                    runs.append(run)
                }
                let rich = RichText(runs: runs)
                let last = rich.runs.lastIndex { !$0.text.unicodeScalars.allSatisfy(TypographyScalars.isSpace) }
                let found = MissingFinalPunctuationRule.lastWritten(rich)
                #expect(found?.kind == last.map { rich.runs[$0].kind }, "\(first.debugDescription) \(second.debugDescription)")
                #expect(
                    found?.mark == last.flatMap { rich.runs[$0].text.unicodeScalars.last { !TypographyScalars.isSpace($0) } },
                    "\(first.debugDescription) \(second.debugDescription)")
            }
        }
    }
}
