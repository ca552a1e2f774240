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
        var numberedOrdinals: [Ordinal]

        /// A parent whose numbered child items' ordinals are `numberedOrdinals`.
        init(ordinal: Ordinal?, level: Ordinal.Level?, numberedOrdinals: [Ordinal]) {
            self.ordinal = ordinal
            self.level = level
            self.numberedOrdinals = numberedOrdinals
        }
    }

    /// `parents(context.notice)`, computed once per notice (two rules walk them).
    package static func parents(_ context: CheckContext) -> [Parent] {
        context.memo.value(\.numberingParents) { parents(context.notice) }
    }

    /// Every parent of the notice in document order: each section, then its items at every depth.
    package static func parents(_ notice: Notice) -> [Parent] {
        var result: [Parent] = []
        // The items inside `blocks` at every depth, in the order of `NoticeBlock.walk`, read where
        // they are; returns the ordinals of the numbered items directly in `blocks`
        // (`numberedOrdinals`), found in the same pass, which the parent of `blocks` takes once
        // its children are done.
        func addItems(_ blocks: [NoticeBlock]) -> [Ordinal] {
            var numbered: [Ordinal] = []
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .item(let item):
                        let ordinal = item.head.ordinal
                        if let ordinal { numbered.append(ordinal) }
                        let slot = result.count
                        result.append(Parent(ordinal: ordinal, level: ordinal?.level, numberedOrdinals: []))
                        result[slot].numberedOrdinals = addItems(item.children)
                    // Items in a list or a quote are parents, not children of the parent of `blocks`.
                    case .list(let items, _): for item in items { _ = addItems(item) }
                    case .quote(let children, _): _ = addItems(children)
                    case .paragraph, .table, .code, .html, .thematicBreak: break
                    }
                }
            }
            return numbered
        }
        notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                let slot = result.count
                result.append(
                    Parent(
                        ordinal: sections[index].head?.ordinal, level: sections[index].head == nil ? nil : .hanzi,
                        numberedOrdinals: []))
                result[slot].numberedOrdinals = addItems(sections[index].children)
            }
        }
        return result
    }

    /// The ranges and deviations of every ordinal of the notice, gathered once per notice by the
    /// typography layout (the style rules ask).
    package static func summary(_ context: CheckContext) -> OrdinalSummary { OrdinalSummary(context) }

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
    /// `message` says what is wrong with an ordinal from its text, level and value alone.
    package static func style(
        _ context: CheckContext, _ deviation: Ordinal.Deviation, message: (Ordinal) -> Message
    ) -> [Finding] {
        // Most notices' ordinals have none of the deviation: then the list of them is not made.
        guard summary(context).contains(deviation) else { return [] }
        var findings: [Finding] = []
        // The texts made so far, by the ordinal they were made for: a notice's ordinals of one
        // deviation say one of a few things (`(一)` … `(五)`, each several times), and findings
        // that say the same share one box, which the formats then find by identity
        // (`DiagnosticText`). What a finding says is made of its ordinal's text, level and value
        // alone (`written`, `standard`), so an ordinal equal in those says what the first said.
        struct Made {
            var text: String
            var level: Ordinal.Level
            var value: Int
            var said: DiagnosticText
        }
        var made: [Made] = []
        // The ordinals with a deviation, as the layout gathered them in document order (the
        // findings are put in report order afterwards): no walk of every head and paragraph.
        let ordinals = TypographyRules.layout(context).deviatingOrdinals
        // Each ordinal's deviations read in place: most rules match none, and a copy of each cost more.
        for index in ordinals.indices where ordinals[index].deviations.contains(deviation) {
            let ordinal = ordinals[index]
            let said: DiagnosticText
            if let earlier = made.first(where: {
                $0.value == ordinal.value && $0.level == ordinal.level && $0.text == ordinal.text
            }) {
                said = earlier.said
            } else {
                said = DiagnosticText(
                    message: message(ordinal), fix: Message(id: "numbering.fix.write", arguments: [.text(standard(ordinal))]))
                made.append(Made(text: ordinal.text, level: ordinal.level, value: ordinal.value, said: said))
            }
            findings.append(Finding(said, at: ordinal.range))
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
