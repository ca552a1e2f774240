import PublishCore
import PublishReading

/// Reports a higher numbering level used below a lower one.
///
/// Three shapes: `（一）` after `1.` among the items under one heading; a section number `一、`
/// written as a sub-heading of an item; `（一）` items before the first `一、` section of a notice
/// whose sections are numbered. The levels go `一、` › `（一）` › `1.` › `（1）` › `①` (GB/T 9704
/// §7.3.3); readers take the form of a number for its place in the outline, so an inverted level
/// puts the item in the wrong part.
///
/// Example: `1.加强组织领导` `2.完善制度` then `（一）强化监督` under the same `一、`.
package struct NumberingLevelInvertedRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/level-inverted", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        siblings(context) + sectionsInsideItems(context) + itemsBeforeSections(context)
    }

    /// Among one parent's children, an item of a shallower level right after a deeper one.
    /// `checkingShapeFirst` false reads the numbering parents even when the layout's walk found no
    /// inverted sibling (the general path the shortcut is held to).
    package func siblings(_ context: CheckContext, checkingShapeFirst: Bool = true) -> [Finding] {
        if checkingShapeFirst, !TypographyRules.layout(context).numberingShape.hasInvertedSibling { return [] }
        var findings: [Finding] = []
        for parent in NumberingRules.parents(context) {
            var previous: Ordinal? = nil
            for ordinal in parent.numberedOrdinals {
                if let previous, ordinal.level < previous.level {
                    let found = NumberingRules.written(ordinal)
                    let before = NumberingRules.written(previous)
                    let level = NumberingRules.name(ordinal.level)
                    findings.append(
                        Finding(
                            Message("numbering.inverted.after-lower", found, before),
                            at: ordinal.range,
                            notes: [
                                Message("numbering.at-line", before, previous.range.start.line),
                                Message("numbering.level-order", NumberingRules.levelOrder),
                            ],
                            fix: Message("numbering.inverted.after-lower.fix", level)
                        ))
                }
                previous = ordinal
            }
        }
        return findings
    }

    /// A numbered section written as a Markdown heading deeper than the sections before it and at
    /// least as deep as the item heading before it: a section number used as an item's heading.
    /// `checkingSectionsFirst` false reads every head even when the sections tell that nothing
    /// can be found (the general path the shortcut is held to).
    package func sectionsInsideItems(_ context: CheckContext, checkingSectionsFirst: Bool = true) -> [Finding] {
        let depths = HeadingDepths(context.markdown.blocks)
        // A finding needs a numbered section whose heading is deeper than a section's before it:
        // told from the sections alone, without the list of every head.
        if checkingSectionsFirst, !Self.mayHaveSectionInsideItem(context.notice.sections, depths) { return [] }
        var findings: [Finding] = []
        var sectionDepth: Int? = nil
        // The last item heading since the section: its head's index in `heads` and its depth.
        var itemHeading: (index: Int, depth: Int)? = nil
        // Heads read where they are: iterating the list copied each.
        context.heads.withUnsafeBufferPointer { heads in
            for index in heads.indices {
                let depth = heads[index].head.form == .heading ? depths[heads[index].head.range] : nil
                if heads[index].depth > 0 {
                    if let depth { itemHeading = (index, depth) }
                    continue
                }
                defer {
                    if let depth { sectionDepth = min(sectionDepth ?? depth, depth) }
                    itemHeading = nil
                }
                guard let ordinal = heads[index].head.ordinal, ordinal.level == .hanzi, let depth else { continue }
                guard let top = sectionDepth, depth > top, let itemHeading, depth >= itemHeading.depth else { continue }
                let hashes = String(repeating: "#", count: top)
                var notes = [Message("numbering.inverted.section-depth", top, hashes)]
                if let itemOrdinal = heads[itemHeading.index].head.ordinal {
                    notes.append(
                        Message("numbering.inverted.item-heading", NumberingRules.written(itemOrdinal), itemHeading.depth))
                }
                findings.append(
                    Finding(
                        Message("numbering.inverted.section-in-item", NumberingRules.written(ordinal), depth),
                        at: ordinal.range, notes: notes,
                        fix: Message("numbering.inverted.section-in-item.fix", hashes)))
            }
        }
        return findings
    }

    /// Whether some section numbered `一、` is written as a heading deeper than the shallowest
    /// heading of the sections before it: what every finding of `sectionsInsideItems` needs (the
    /// sections are the heads of depth 0, in the same order).
    static func mayHaveSectionInsideItem(_ sections: [Section], _ depths: HeadingDepths) -> Bool {
        var top: Int? = nil
        return sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                guard let head = sections[index].head else { continue }
                let depth = head.form == .heading ? depths[head.range] : nil
                if let depth, let top, depth > top, head.ordinal?.level == .hanzi { return true }
                if let depth { top = min(top ?? depth, depth) }
            }
            return false
        }
    }

    /// Numbered items in a part with no heading before the first `一、` section.
    package func itemsBeforeSections(_ context: CheckContext) -> [Finding] {
        let sections = context.notice.sections
        guard let firstNumbered = sections.firstIndex(where: { $0.head?.ordinal?.level == .hanzi }) else { return [] }
        var findings: [Finding] = []
        guard let sectionOrdinal = sections[firstNumbered].head?.ordinal else { return [] }
        for section in sections[..<firstNumbered] where section.head == nil {
            let items = section.children.compactMap(\.item).filter { $0.head.ordinal != nil }
            guard let first = items.first?.head.ordinal else { continue }
            let sectionText = NumberingRules.written(sectionOrdinal)
            var notes = [Message("numbering.inverted.first-section", sectionText, sectionOrdinal.range.start.line)]
            if items.count > 1 { notes.append(Message("numbering.inverted.items-before", items.count)) }
            findings.append(
                Finding(
                    Message("numbering.inverted.before-sections", NumberingRules.written(first)),
                    at: first.range, notes: notes,
                    fix: Message("numbering.inverted.before-sections.fix")
                ))
        }
        return findings
    }
}
