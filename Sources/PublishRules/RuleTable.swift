import PublishCore
import PublishReading

/// The rule table of docs/rules.md and of `publish rules`, generated from the registry.
public enum RuleTable {
    public static func markdown(_ rules: [RuleDescriptor] = RuleRegistry.descriptors) -> String {
        var lines = ["| rule | severity | what it catches | example |", "|---|---|---|---|"]
        for rule in rules {
            let cells = [
                "`\(rule.id)`", rule.defaultSeverity.rawValue, rule.summary, rule.example,
            ].map { $0.replacingOccurrences(of: "|", with: "\\|") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func text(_ rules: [RuleDescriptor] = RuleRegistry.descriptors) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + rule.defaultSeverity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + rule.summary
        }.joined(separator: "\n") + "\n"
    }
}
