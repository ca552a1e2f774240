import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

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
        var found = 0
        var passedOver = 0
        for (label, loaded, context) in ModelWalkInPlaceTests.contexts(plus: Self.notices) {
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
