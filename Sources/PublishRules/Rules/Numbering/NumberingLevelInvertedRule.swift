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
    package func siblings(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for parent in NumberingRules.parents(context) {
            var previous: Ordinal? = nil
            for item in parent.numberedItems {
                guard let ordinal = item.head.ordinal else { continue }
                if let previous, ordinal.level < previous.level {
                    let found = NumberingRules.written(ordinal)
                    let before = NumberingRules.written(previous)
                    let level = NumberingRules.name(ordinal.level)
                    findings.append(
                        Finding(
                            "level inversion: 「\(found)」 comes after 「\(before)」, a lower level, under the same heading",
                            at: ordinal.range,
                            notes: [
                                "「\(before)」 is at line \(previous.range.start.line)",
                                "the levels go \(NumberingRules.levelOrder)",
                            ],
                            fix:
                                "number it at the level of the items before it, or put those items under a 「\(level)」 heading"
                        ))
                }
                previous = ordinal
            }
        }
        return findings
    }

    /// A numbered section written as a Markdown heading deeper than the sections before it and at
    /// least as deep as the item heading before it: a section number used as an item's heading.
    package func sectionsInsideItems(_ context: CheckContext) -> [Finding] {
        var depths: [SourceRange: Int] = [:]
        for block in context.markdown.blocks {
            if case .heading(let level, _) = block.kind { depths[block.range] = level }
        }
        var findings: [Finding] = []
        var sectionDepth: Int? = nil
        var itemHeading: (ordinal: Ordinal?, depth: Int)? = nil
        for (head, nesting) in context.heads {
            let depth = head.form == .heading ? depths[head.range] : nil
            if nesting > 0 {
                if let depth { itemHeading = (head.ordinal, depth) }
                continue
            }
            defer {
                if let depth { sectionDepth = min(sectionDepth ?? depth, depth) }
                itemHeading = nil
            }
            guard let ordinal = head.ordinal, ordinal.level == .hanzi, let depth else { continue }
            guard let top = sectionDepth, depth > top, let itemHeading, depth >= itemHeading.depth else { continue }
            let hashes = String(repeating: "#", count: top)
            var notes = ["the sections before it are level-\(top) headings (`\(hashes)`)"]
            if let itemOrdinal = itemHeading.ordinal {
                notes.append(
                    "the item heading before it, 「\(NumberingRules.written(itemOrdinal))」, is a level-\(itemHeading.depth) heading"
                )
            }
            findings.append(
                Finding(
                    "level inversion: the section number 「\(NumberingRules.written(ordinal))」 is written as a level-\(depth) heading inside an item",
                    at: ordinal.range, notes: notes,
                    fix: "number it at the level of the items around it, or make it a `\(hashes)` section heading"))
        }
        return findings
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
            var notes = ["the first section, 「\(sectionText)」, is at line \(sectionOrdinal.range.start.line)"]
            if items.count > 1 { notes.append("\(items.count) numbered items come before it") }
            findings.append(
                Finding(
                    "level inversion: 「\(NumberingRules.written(first))」 comes before any 「一、」 section",
                    at: first.range, notes: notes,
                    fix:
                        "give these items the section heading they belong to (「一、……」) and renumber the sections after it"
                ))
        }
        return findings
    }
}
