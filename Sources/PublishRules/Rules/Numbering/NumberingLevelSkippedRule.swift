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

    package func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for parent in NumberingRules.parents(context) {
            // The first child item sets the level of its siblings; a later, shallower one is an
            // inversion (`numbering/level-inverted`), not a skip. One finding per parent.
            guard let level = parent.level, let ordinal = parent.numberedItems.first?.head.ordinal,
                ordinal.level.depth > level.depth + 1
            else { continue }
            let skipped = Ordinal.Level.allCases.filter { $0.depth > level.depth && $0.depth < ordinal.level.depth }
            let missing =
                skipped.map { "「\(NumberingRules.name($0))」" }.joined(separator: " and ")
                + (skipped.count > 1 ? " levels" : " level")
            let found = NumberingRules.written(ordinal)
            let under = parent.ordinal.map { "「\(NumberingRules.written($0))」" } ?? "its heading"
            let next = Ordinal.Level.allCases[level.depth]
            findings.append(
                Finding(
                    "level skipped: 「\(found)」 comes directly under \(under), with no \(missing) between",
                    at: ordinal.range,
                    notes: ["the levels go \(NumberingRules.levelOrder)"],
                    fix: "number these items 「\(next.standardText(1))」, 「\(next.standardText(2))」 …, "
                        + "or put them under a 「\(next.standardText(1))」 heading"))
        }
        return findings
    }
}
