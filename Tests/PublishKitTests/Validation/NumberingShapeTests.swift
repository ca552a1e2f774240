import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

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
        var inverted = 0
        var skipped = 0
        var passedOver = 0
        for (label, _, context) in ModelWalkInPlaceTests.contexts(plus: Self.notices) {
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
