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
    /// ordinals of its numbered child items.
    package struct Parent {
        /// The parent's own ordinal (`nil` for an unnumbered heading or a part with no heading).
        var ordinal: Ordinal?
        /// The parent's level: `.hanzi` for a section with a heading, the ordinal's level for a
        /// numbered item, `nil` when it is not known (no heading, or an unnumbered heading item).
        var level: Ordinal.Level?
        /// The ordinals of the numbered child items, in order (collected once: several rules ask).
        let numberedOrdinals: [Ordinal]

        init(ordinal: Ordinal?, level: Ordinal.Level?, children: [NoticeBlock]) {
            self.ordinal = ordinal
            self.level = level
            self.numberedOrdinals = NumberingRules.numberedOrdinals(children)
        }
    }

    /// The ordinals of the numbered items among `blocks` (not inside them), in order.
    package static func numberedOrdinals(_ blocks: [NoticeBlock]) -> [Ordinal] {
        var ordinals: [Ordinal] = []
        // Blocks read where they are: iterating the array copied each.
        blocks.withUnsafeBufferPointer { blocks in
            for index in blocks.indices {
                if case .item(let item) = blocks[index], let ordinal = item.head.ordinal { ordinals.append(ordinal) }
            }
        }
        return ordinals
    }

    /// `parents(context.notice)`, computed once per notice (two rules walk them).
    package static func parents(_ context: CheckContext) -> [Parent] {
        context.memo.value(\.numberingParents) { parents(context.notice) }
    }

    /// Every parent of the notice in document order: each section, then its items at every depth.
    package static func parents(_ notice: Notice) -> [Parent] {
        var result: [Parent] = []
        // The items inside `blocks` at every depth, in the order of `NoticeBlock.walk`, read where
        // they are.
        func addItems(_ blocks: [NoticeBlock]) {
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .item(let item):
                        let ordinal = item.head.ordinal
                        result.append(Parent(ordinal: ordinal, level: ordinal?.level, children: item.children))
                        addItems(item.children)
                    case .list(let items, _): for item in items { addItems(item) }
                    case .quote(let children, _): addItems(children)
                    case .paragraph, .table, .code, .html, .thematicBreak: break
                    }
                }
            }
        }
        notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                result.append(
                    Parent(
                        ordinal: sections[index].head?.ordinal, level: sections[index].head == nil ? nil : .hanzi,
                        children: sections[index].children))
                addItems(sections[index].children)
            }
        }
        return result
    }

    /// Every ordinal written in the notice: section and item heads, and measures in any paragraph.
    package static func ordinals(_ context: CheckContext) -> [Ordinal] {
        // Eight style rules ask for the same list: compute it once per notice.
        context.memo.value(\.ordinals) {
            var ordinals: [Ordinal] = []
            // Heads, paragraphs and segments read in place: iterating copied each.
            context.heads.withUnsafeBufferPointer { heads in
                for index in heads.indices {
                    if let ordinal = heads[index].head.ordinal { ordinals.append(ordinal) }
                }
            }
            context.paragraphs.withUnsafeBufferPointer { paragraphs in
                for index in paragraphs.indices {
                    paragraphs[index].segments.withUnsafeBufferPointer { segments in
                        for segment in segments.indices {
                            if case .measure(let measure) = segments[segment] { ordinals.append(measure.ordinal) }
                        }
                    }
                }
            }
            return ordinals
        }
    }

    /// The findings of a style rule: every ordinal with `deviation`, with the standard form as fix.
    package static func style(
        _ context: CheckContext, _ deviation: Ordinal.Deviation, message: (Ordinal) -> Message
    ) -> [Finding] {
        var findings: [Finding] = []
        let ordinals = ordinals(context)
        // Each ordinal's deviations read in place: most rules match none, and a copy of each cost more.
        for index in ordinals.indices where ordinals[index].deviations.contains(deviation) {
            let ordinal = ordinals[index]
            findings.append(
                Finding(
                    message(ordinal), at: ordinal.range,
                    fix: Message(id: "numbering.fix.write", arguments: [.text(standard(ordinal))])))
        }
        return findings
    }

    /// The mark as written, without the whitespace after it.
    package static func written(_ ordinal: Ordinal) -> String {
        // Most ordinals end in their mark: the text as it is.
        guard let last = ordinal.text.unicodeScalars.last, OrdinalParser.whitespace.contains(last) else { return ordinal.text }
        var scalars = Array(ordinal.text.unicodeScalars)
        while let last = scalars.last, OrdinalParser.whitespace.contains(last) { scalars.removeLast() }
        return String(scalars: scalars)
    }

    /// The standard form of the ordinal (`（一）` for `(一)`, `1.` for `1、`).
    package static func standard(_ ordinal: Ordinal) -> String { ordinal.level.standardText(ordinal.value) }

    /// How messages name a level: its first ordinal in the standard form.
    package static func name(_ level: Ordinal.Level) -> String { level.standardText(1) }
}
