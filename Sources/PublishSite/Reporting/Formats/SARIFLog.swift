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
        let (head, tail) = frame(rules: rules, language: language)
        let body = results(diagnostics.sorted(), rules: rules, language: language)
        return head + (body.isEmpty ? tail.empty : "\n" + body + tail.closing)
    }

    /// The log around its results, for writing it in pieces: `head` ends with the results'
    /// `[`; after it comes `empty` when there are none, else `"\n"`, each file's `results`
    /// (separated by `",\n"`) and `closing`. Joined, the pieces are byte for byte what
    /// `JSONSerialization` writes for the whole log (a test compares).
    public static func frame(
        rules: [RuleDescriptor] = RuleRegistry.descriptors, language: Language = .english
    ) -> (head: String, tail: (empty: String, closing: String)) {
        let whole = serialize(log(rules: rules, results: [], language: language))
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
    public static func results(
        _ diagnostics: [Diagnostic], rules: [RuleDescriptor] = RuleRegistry.descriptors, language: Language = .english
    ) -> String {
        results(diagnostics, index: Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) }), language: language)
    }

    static func results(_ diagnostics: [Diagnostic], index: [String: Int], language: Language) -> String {
        String(decoding: resultBytes(diagnostics, index: index, language: language), as: UTF8.self)
    }

    /// `results` as UTF-8, laid out as `JSONSerialization` lays out `resultObjects` inside the log
    /// (keys sorted), each string quoted by `JSONSerialization` itself (`quoted`): the file's URI
    /// when it changes, each rule once per list, a finding's text once per run for the findings
    /// that say the same (`quotedTexts`, `FindingPieces`), written straight into the array returned. Serialising
    /// the dictionaries cost over a million instructions per finding.
    static func resultBytes(_ diagnostics: [Diagnostic], index ruleIndex: [String: Int], language: Language) -> [UInt8] {
        // The fixed pieces add up to under 600 bytes, five numbers to 100.
        let pieces = FindingPieces(diagnostics, perFinding: 1000, file: { quoted(uri($0)) }, rule: quoted) { finding in
            quotedTexts.value(of: finding, in: language) { d, language in quoted(SARIFLog.text(of: d, in: language)) }
        }
        let ruleNumbers = pieces.rules.map { ruleIndex[$0] }
        return pieces.bytes { index, part, stored, start in
            let range = diagnostics[index].range
            var cursor = start
            if index > 0 { cursor.put(",\n") }
            switch diagnostics[index].severity {
            case .error: cursor.put("        {\n          \"level\" : \"error\",")
            case .warning: cursor.put("        {\n          \"level\" : \"warning\",")
            case .note: cursor.put("        {\n          \"level\" : \"note\",")
            }
            cursor.put(
                "\n          \"locations\" : [\n            {\n              \"physicalLocation\" : {\n                \"artifactLocation\" : {\n                  \"uri\" : ")
            cursor.put(stored[part.file])
            cursor.put("\n                },\n                \"region\" : {\n                  \"endColumn\" : ")
            cursor.put(decimal: range.end.column)
            cursor.put(",\n                  \"endLine\" : ")
            cursor.put(decimal: range.end.line)
            cursor.put(",\n                  \"startColumn\" : ")
            cursor.put(decimal: range.start.column)
            cursor.put(",\n                  \"startLine\" : ")
            cursor.put(decimal: range.start.line)
            cursor.put(
                "\n                }\n              }\n            }\n          ],\n          \"message\" : {\n            \"text\" : ")
            cursor.put(stored[part.text])
            cursor.put("\n          },\n          \"ruleId\" : ")
            cursor.put(stored[part.rule])
            if let ruleNumber = ruleNumbers[part.ruleIndex] {
                cursor.put(",\n          \"ruleIndex\" : ")
                cursor.put(decimal: ruleNumber)
            }
            cursor.put("\n        }")
            return cursor
        }
    }

    /// Findings' texts (`text(of:in:)`), quoted, shared by the files of a run.
    private static let quotedTexts = FindingTextTable<[UInt8]>()

    /// `string` as `JSONSerialization` writes it, quotes included.
    static func quoted(_ string: String) -> [UInt8] {
        let data = try! JSONSerialization.data(withJSONObject: string, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return [UInt8](data)
    }

    static func resultObjects(_ diagnostics: [Diagnostic], index: [String: Int], language: Language) -> [[String: Any]] {
        diagnostics.map { d in
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
    }

    static func log(rules: [RuleDescriptor], results: [[String: Any]], language: Language) -> [String: Any] {
        let ruleObjects: [[String: Any]] = rules.map { rule in
            [
                "id": rule.id,
                "name": rule.id,
                "shortDescription": ["text": rule.summary.text(in: language)],
                "help": ["text": Message("rules.example", rule.example).text(in: language)],
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
    static func serializedWhole(
        _ diagnostics: [Diagnostic], rules: [RuleDescriptor] = RuleRegistry.descriptors, language: Language = .english
    ) -> String {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let objects = resultObjects(diagnostics.sorted(), index: index, language: language)
        return serialize(log(rules: rules, results: objects, language: language)) + "\n"
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
