import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as a SARIF 2.1.0 log: one run, one `rule` entry per rule id, a result per finding with
/// its physical location. Columns count Unicode code points, as the log declares.
public enum SARIFLog {
    public static func format(
        _ diagnostics: [Diagnostic], rules: [RuleDescriptor] = RuleRegistry.descriptors, language: Language = .english
    ) -> String {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let ruleObjects: [[String: Any]] = rules.map { rule in
            [
                "id": rule.id,
                "name": rule.id,
                "shortDescription": ["text": rule.summary.text(in: language)],
                "help": ["text": Message("rules.example", rule.example).text(in: language)],
                "defaultConfiguration": ["level": level(rule.defaultSeverity)],
            ]
        }
        let results: [[String: Any]] = diagnostics.sorted().map { d in
            var result: [String: Any] = [
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": ["text": text(of: d, in: language)],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": uri(d.file)],
                        "region": [
                            "startLine": d.range.start.line, "startColumn": d.range.start.column,
                            "endLine": d.range.end.line, "endColumn": d.range.end.column,
                        ],
                    ]
                ]],
            ]
            if let ruleIndex = index[d.rule] { result["ruleIndex"] = ruleIndex }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "publish", "version": PublishVersion.current, "rules": ruleObjects,
                ]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        let data = try! JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative path as a URI reference (percent-encoded, `/` separators).
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}

extension SARIFLog {
    /// A finding's message, notes and fix as one text, a line each.
    static func text(of d: Diagnostic, in language: Language) -> String {
        var lines = [d.message.text(in: language)] + d.notes.map { $0.text(in: language) }
        if let fix = d.fix { lines.append(Message("printer.labelled", Message("printer.fix"), fix).text(in: language)) }
        return lines.joined(separator: "\n")
    }
}
