import PublishCore
import PublishReading

/// The rule table of docs/rules.md (English) and docs/rules.zh.md (Chinese), and of `publish rules`,
/// generated from the registry and the catalogues.
public enum RuleTable {
    public static func markdown(_ rules: [RuleDescriptor] = RuleRegistry.descriptors, language: Language = .english) -> String {
        let header = Message("rules.table.header").text(in: language)
        var lines = [header, "|---|---|---|---|"]
        for rule in rules {
            let cells = [
                "`\(rule.id)`", severity(rule, language), rule.summary.text(in: language), rule.example.text(in: language),
            ].map { $0.replacingOccurrences(of: "|", with: "\\|") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func text(_ rules: [RuleDescriptor] = RuleRegistry.descriptors, language: Language = .english) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + TextWidth.pad(severity(rule, language), to: 8) + rule.summary.text(in: language)
        }.joined(separator: "\n") + "\n"
    }

    private static func severity(_ rule: RuleDescriptor, _ language: Language) -> String {
        Message("severity.\(rule.defaultSeverity.rawValue)").text(in: language)
    }
}
