import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as a SARIF 2.1.0 log: one run, one `rule` entry per rule id, a result per finding with
/// its physical location. Columns count Unicode code points, as the log declares.
public enum SARIFLog {
    public static func format(_ diagnostics: [Diagnostic], rules: [RuleDescriptor] = RuleRegistry.descriptors) -> String {
        let (head, tail) = frame(rules: rules)
        let body = results(diagnostics.sorted(), rules: rules)
        return head + (body.isEmpty ? tail.empty : "\n" + body + tail.closing)
    }

    /// The log around its results, for writing it in pieces: `head` ends with the results'
    /// `[`; after it comes `empty` when there are none, else `"\n"`, each file's `results`
    /// (separated by `",\n"`) and `closing`. Joined, the pieces are byte for byte what
    /// `JSONSerialization` writes for the whole log (a test compares).
    public static func frame(rules: [RuleDescriptor] = RuleRegistry.descriptors) -> (head: String, tail: (empty: String, closing: String)) {
        let whole = serialize(log(rules: rules, results: []))
        let marker = "\"results\" : ["
        let range = whole.range(of: marker)!
        let head = String(whole[..<range.upperBound])
        let empty = String(whole[range.upperBound...]) + "\n"
        // `[\n\n      ]…`: the closing bracket's line and what follows.
        precondition(empty.hasPrefix("\n\n"), "JSONSerialization's layout changed")
        return (head, (empty, "\n" + empty.dropFirst(2)))
    }

    /// The result objects of `diagnostics` (in the order given), indented as inside the log,
    /// without a final newline; empty for none.
    public static func results(_ diagnostics: [Diagnostic], rules: [RuleDescriptor] = RuleRegistry.descriptors) -> String {
        results(diagnostics, index: Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) }))
    }

    static func results(_ diagnostics: [Diagnostic], index: [String: Int]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        let objects = resultObjects(diagnostics, index: index)
        // `[\n  {…},\n  {…}\n]`, each line six spaces deeper (the results sit in runs[0]).
        let array = serialize(objects)
        return JSONDiagnostics.indent(array.dropFirst(2).dropLast(2), by: "      ")
    }

    static func resultObjects(_ diagnostics: [Diagnostic], index: [String: Int]) -> [[String: Any]] {
        diagnostics.map { d in
            var result: [String: Any] = [
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": ["text": ([d.message] + d.notes + (d.fix.map { ["fix: \($0)"] } ?? [])).joined(separator: "\n")],
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
    }

    static func log(rules: [RuleDescriptor], results: [[String: Any]]) -> [String: Any] {
        let ruleObjects: [[String: Any]] = rules.map { rule in
            [
                "id": rule.id,
                "name": rule.id,
                "shortDescription": ["text": rule.summary],
                "help": ["text": "Example: \(rule.example)"],
                "defaultConfiguration": ["level": level(rule.defaultSeverity)],
            ]
        }
        return [
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
    }

    static func serialize(_ object: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The whole log serialised in one piece (what `format` was before it was written in pieces).
    static func serializedWhole(_ diagnostics: [Diagnostic], rules: [RuleDescriptor] = RuleRegistry.descriptors) -> String {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let objects = resultObjects(diagnostics.sorted(), index: index)
        return serialize(log(rules: rules, results: objects)) + "\n"
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
