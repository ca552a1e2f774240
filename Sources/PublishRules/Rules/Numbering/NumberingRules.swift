import PublishCore
import PublishReading

/// The `numbering/*` rules (docs/rules.md lists every rule).
package enum NumberingRules {
    package static let all: [any Rule] = [
        NumberingSequenceRule(), NumberingLevelInvertedRule(), NumberingLevelSkippedRule(),
        DunhaoAfterArabicRule(), FullWidthFullStopRule(), HalfWidthParenthesesRule(), MarkAfterParenthesesRule(),
        FullStopAfterHanziRule(), LookalikeOrdinalRule(), FullWidthDigitsRule(), NonstandardNumeralRule(),
    ]

    /// The levels as the standard orders them, for messages and fix hints.
    package static let levelOrder = "一、 › （一） › 1. › （1） › ①"

    /// One parent of numbered children: a section (with or without a heading) or an item, with the
    /// run-in body of its heading (where a measure run may begin) and its blocks.
    package struct Parent {
        /// The parent's own ordinal (`nil` for an unnumbered heading or a part with no heading).
        var ordinal: Ordinal?
        /// The parent's level: `.hanzi` for a section with a heading, the ordinal's level for a
        /// numbered item, `nil` when it is not known (no heading, or an unnumbered heading item).
        var level: Ordinal.Level?
        var body: Paragraph?
        let children: [NoticeBlock]
        /// The numbered child items, in order (collected once: several rules ask).
        let numberedItems: [Item]

        init(ordinal: Ordinal?, level: Ordinal.Level?, body: Paragraph?, children: [NoticeBlock]) {
            self.ordinal = ordinal
            self.level = level
            self.body = body
            self.children = children
            self.numberedItems = children.compactMap(\.item).filter { $0.head.ordinal != nil }
        }

        /// The level of the first numbered child item: the level its siblings are expected to share.
        var firstLevel: Ordinal.Level? { numberedItems.first?.head.ordinal?.level }

        /// The paragraphs directly under the parent, the heading's run-in body first.
        var paragraphs: [Paragraph] {
            (body.map { [$0] } ?? [])
                + children.compactMap { block in
                    if case .paragraph(let p) = block { p } else { nil }
                }
        }
    }

    /// `parents(context.notice)`, computed once per notice (two rules walk them).
    package static func parents(_ context: CheckContext) -> [Parent] {
        context.memo.value(\.numberingParents) { parents(context.notice) }
    }

    /// Every parent of the notice in document order: each section, then its items at every depth.
    package static func parents(_ notice: Notice) -> [Parent] {
        var result: [Parent] = []
        for section in notice.sections {
            result.append(
                Parent(
                    ordinal: section.head?.ordinal, level: section.head == nil ? nil : .hanzi,
                    body: section.head?.body, children: section.children))
            NoticeBlock.walk(section.children) { block, _ in
                guard case .item(let item) = block else { return }
                let ordinal = item.head.ordinal
                result.append(
                    Parent(ordinal: ordinal, level: ordinal?.level, body: item.head.body, children: item.children))
            }
        }
        return result
    }

    /// Every ordinal written in the notice: section and item heads, and measures in any paragraph.
    package static func ordinals(_ context: CheckContext) -> [Ordinal] {
        // Eight style rules ask for the same list: compute it once per notice.
        context.memo.value(\.ordinals) {
            context.heads.compactMap(\.head.ordinal) + context.paragraphs.flatMap { $0.measures.map(\.ordinal) }
        }
    }

    /// The findings of a style rule: every ordinal with `deviation`, with the standard form as fix.
    package static func style(
        _ context: CheckContext, _ deviation: Ordinal.Deviation, message: (Ordinal) -> Message
    ) -> [Finding] {
        ordinals(context).filter { $0.deviations.contains(deviation) }.map { ordinal in
            Finding(message(ordinal), at: ordinal.range, fix: Message("numbering.fix.write", standard(ordinal)))
        }
    }

    /// The mark as written, without the whitespace after it.
    package static func written(_ ordinal: Ordinal) -> String {
        var scalars = Array(ordinal.text.unicodeScalars)
        while let last = scalars.last, OrdinalParser.whitespace.contains(last) { scalars.removeLast() }
        return String(scalars: scalars)
    }

    /// The standard form of the ordinal (`（一）` for `(一)`, `1.` for `1、`).
    package static func standard(_ ordinal: Ordinal) -> String { ordinal.level.standardText(ordinal.value) }

    /// How messages name a level: its first ordinal in the standard form.
    package static func name(_ level: Ordinal.Level) -> String { level.standardText(1) }
}
