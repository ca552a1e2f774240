import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// `numbering/sequence` counts a parent's numbered items by their numbers, kept on the stack with
/// their blocks' places, and takes an item's ordinal out of its block only for a finding. Held
/// here to `NumberingSequenceRule.sequence(_:)` of the ordinals themselves: for parents whose items
/// have gaps, repeats, slips, a number going back, unnumbered items and items of another level
/// among them, the findings are the same, in the same order.
@Suite struct ItemSequenceInPlaceTests {
    /// One section's body of items (no paragraphs, so no measures), each line a paragraph.
    static let bodies: [[String]] = [
        ["（一）甲。", "（二）乙。", "（三）丙。"],
        ["（一）甲。", "（二）乙。", "（四）丙。", "（五）丁。"],
        // A slip: the number after the wrong one goes on as if it were right.
        ["（一）甲。", "（一）乙。", "（三）丙。"],
        ["（一）甲。", "（一）乙。", "（一）丙。", "（二）丁。"],
        ["（二）甲。", "（三）乙。"],
        ["（二）甲。", "（四）乙。", "（三）丙。"],
        ["（一）甲。", "（二）乙。", "（一）丙。", "（二）丁。"],
        ["（三）甲。", "（一）乙。", "（二）丙。", "（五）丁。", "（五）戊。", "（七）己。"],
        // A deeper level first: the `（一）` after it is a sibling of another level.
        ["1.甲。", "2.乙。", "（一）丙。", "4.丁。", "（二）戊。", "6.己。"],
        ["1.甲。", "（三）乙。", "3.丙。"],
        // Deeper items nest under the item before them and count under it.
        ["（一）甲。", "1.子甲。", "3.子乙。", "（三）乙。", "1.子丙。", "1.子丁。"],
        ["（一）甲。"],
        ["（五）甲。"],
    ]

    static func notice(_ lines: [String]) -> Notice {
        Fixtures.load("## 一、整改落实情况\n\n" + lines.joined(separator: "\n\n") + "\n").notice
    }

    /// The direct child items of `blocks` that count in their parent's sequence: the numbered ones
    /// of the level of the first numbered one.
    static func inLevelOrdinals(_ blocks: [NoticeBlock]) -> [Ordinal] {
        let ordinals = blocks.compactMap(\.item?.head.ordinal)
        guard let level = ordinals.first?.level else { return [] }
        return ordinals.filter { $0.level == level }
    }

    /// What `children(body:_:checkItems:)` found before: `sequence(_:)` of each parent's in-level
    /// items, then of their children's, in that order as the old walk appended them (children
    /// first, the parent's sequence at the end).
    static func expected(_ blocks: [NoticeBlock], checkItems: Bool, rule: NumberingSequenceRule) -> [Finding] {
        var findings: [Finding] = []
        let ordinals = blocks.compactMap(\.item?.head.ordinal)
        let level = ordinals.first?.level
        for item in blocks.compactMap(\.item) {
            let inLevel = item.head.ordinal.map { $0.level == level } ?? true
            findings += expected(item.children, checkItems: inLevel, rule: rule)
        }
        if checkItems, level != nil { findings += rule.sequence(inLevelOrdinals(blocks)) }
        return findings
    }

    @Test(arguments: bodies)
    func itemFindingsMatchTheSequenceOfTheOrdinals(lines: [String]) throws {
        let rule = NumberingSequenceRule()
        let section = try #require(Self.notice(lines).sections.first)
        let found = rule.children(body: nil, section.children, checkItems: true)
        #expect(found == Self.expected(section.children, checkItems: true, rule: rule))
    }

    /// The table holds cases with findings, and the findings name the previous item as counted.
    @Test func casesWithFindingsAreCovered() throws {
        let rule = NumberingSequenceRule()
        let section = try #require(Self.notice(["（一）甲。", "（一）乙。", "（三）丙。", "（五）丁。"]).sections.first)
        let found = rule.children(body: nil, section.children, checkItems: true)
        #expect(found.count == 2)
        #expect(found == rule.sequence(Self.inLevelOrdinals(section.children)))
    }
}
