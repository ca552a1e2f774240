import PublishCore
import PublishReading

/// Reports a numbered item more than one level below its parent (`1.` directly under `一、`).
///
/// GB/T 9704 lists the levels in order, and some guides forbid skipping one; others allow it when
/// a part has only two levels, and real notices do it, so this is a warning. Measures (`一是`) are
/// no heading level and may stand directly under any item (docs/authoring.md, Authoring format).
///
/// Example: `## 二、巡视反馈问题整改落实情况` followed directly by `1.关于……`.
package struct NumberingLevelSkippedRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/level-skipped", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] { check(context, checkingShapeFirst: true) }

    /// `checkingShapeFirst` false reads the numbering parents even when the layout's walk found no
    /// skipped level (the general path the shortcut is held to).
    package func check(_ context: CheckContext, checkingShapeFirst: Bool) -> [Finding] {
        if checkingShapeFirst, !TypographyRules.layout(context).numberingShape.hasSkippedLevel { return [] }
        var findings: [Finding] = []
        for parent in NumberingRules.parents(context) {
            // The first child item sets the level of its siblings; a later, shallower one is an
            // inversion (`numbering/level-inverted`), not a skip. One finding per parent.
            guard let level = parent.level, let ordinal = parent.numberedOrdinals.first,
                ordinal.level.depth > level.depth + 1
            else { continue }
            let skipped = Ordinal.Level.allCases.filter { $0.depth > level.depth && $0.depth < ordinal.level.depth }
            // `「（一）」 and 「1.」 levels`: the names joined pairwise, as the language joins them.
            let names = skipped.map { Message("numbering.quoted", NumberingRules.name($0)) }
            let joined = names.dropFirst().reduce(names[0]) { Message("numbering.skipped.and", $0, $1) }
            let missing = Message(skipped.count > 1 ? "numbering.skipped.levels" : "numbering.skipped.level", joined)
            let found = NumberingRules.written(ordinal)
            let under =
                parent.ordinal.map { Message("numbering.quoted", NumberingRules.written($0)) }
                ?? Message("numbering.skipped.its-heading")
            let next = Ordinal.Level.allCases[level.depth]
            findings.append(
                Finding(
                    Message("numbering.skipped", found, under, missing),
                    at: ordinal.range,
                    notes: [Message("numbering.level-order", NumberingRules.levelOrder)],
                    fix: Message("numbering.skipped.fix", next.standardText(1), next.standardText(2))))
        }
        return findings
    }
}
