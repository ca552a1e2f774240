import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Findings as one JSON document: `{"diagnostics": […], "summary": {…}}`, keys sorted. Messages,
/// notes and fixes are in the run's language; everything else is the same in both.
///
/// Written in pieces so that `publish check` streams it: `header`, then each file's
/// `elements` (separated by `",\n"`), then `footer`. The pieces joined are byte for byte what
/// `JSONEncoder` writes for the whole document (`format` joins them; a test compares).
public enum JSONDiagnostics {
    struct Document: Encodable {
        var diagnostics: [Entry]
        var summary: CheckSummary
    }

    /// One finding as printed: its texts put together in one language.
    struct Entry: Encodable {
        var rule: String
        var severity: Severity
        var message: String
        var file: String
        var range: SourceRange
        var notes: [String]
        var fix: String?

        init(_ d: Diagnostic, language: Language) {
            rule = d.rule
            severity = d.severity
            message = d.message.text(in: language)
            file = d.file
            range = d.range
            notes = d.notes.map { $0.text(in: language) }
            fix = d.fix.map { $0.text(in: language) }
        }
    }

    public static func format(_ diagnostics: [Diagnostic], files: Int, language: Language = .english) -> String {
        let body = elements(diagnostics.sorted(), language: language)
        return header + (body.isEmpty ? "" : "\n" + body) + footer(CheckSummary(files: files, diagnostics: diagnostics), empty: body.isEmpty)
    }

    /// The document as `JSONEncoder` writes it in one piece.
    static func encodedWhole(_ diagnostics: [Diagnostic], files: Int, language: Language = .english) -> String {
        let document = Document(
            diagnostics: diagnostics.sorted().map { Entry($0, language: language) },
            summary: CheckSummary(files: files, diagnostics: diagnostics))
        return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The start of the document, up to the array's `[`.
    public static let header = "{\n  \"diagnostics\" : ["

    /// The members of the array for `diagnostics` (in the order given), indented as inside the
    /// document, without a final newline; empty for none.
    public static func elements(_ diagnostics: [Diagnostic], language: Language = .english) -> String {
        String(decoding: elementBytes(diagnostics, language: language), as: UTF8.self)
    }

    /// `elements` as UTF-8 bytes.
    ///
    /// Written as `JSONEncoder` writes `Entry` (`elementsAreEncoded` holds it to that), from fixed
    /// pieces of layout and the quoted texts, without the encoder's cost: a check of imported text
    /// has hundreds of findings per file, most saying one of a few things (every half-width comma),
    /// so what a finding says (its fix, message and notes, which stand together between its file
    /// and its range) is laid out once per run (`laidOutTexts`) and taken again for the findings
    /// that share its box or say the same (`FindingPieces`, which also quotes each file's name and
    /// rule once); the elements are written straight into the array returned.
    public static func elementBytes(_ diagnostics: [Diagnostic], language: Language = .english) -> [UInt8] {
        // The fixed pieces add up to under 300 bytes, four numbers to 80.
        let pieces = FindingPieces(diagnostics, perFinding: 500, file: quote, rule: quote) { finding in
            laidOutTexts.value(of: finding, in: language, make: layOutTexts(of:in:))
        }
        return pieces.bytes { index, part, stored, start in
            let range = diagnostics[index].range
            var cursor = start
            cursor.put(index == 0 ? "    {\n      \"file\" : " : ",\n    {\n      \"file\" : ")
            cursor.put(stored[part.file])
            cursor.put(stored[part.text])
            cursor.put(decimal: range.end.column)
            cursor.put(",\n          \"line\" : ")
            cursor.put(decimal: range.end.line)
            cursor.put("\n        },\n        \"start\" : {\n          \"column\" : ")
            cursor.put(decimal: range.start.column)
            cursor.put(",\n          \"line\" : ")
            cursor.put(decimal: range.start.line)
            cursor.put("\n        }\n      },\n      \"rule\" : ")
            cursor.put(stored[part.rule])
            switch diagnostics[index].severity {
            case .error: cursor.put(",\n      \"severity\" : \"error\"\n    }")
            case .warning: cursor.put(",\n      \"severity\" : \"warning\"\n    }")
            case .note: cursor.put(",\n      \"severity\" : \"note\"\n    }")
            }
            return cursor
        }
    }

    /// What findings say, laid out: from the comma after the file's name to the end column's key
    /// (`layOutTexts`), so that an element is its file, this, four numbers, its rule and its
    /// severity.
    private static let laidOutTexts = FindingTextTable<[UInt8]>()

    /// The part of `finding`'s element that its texts make, as `JSONEncoder` lays out `Entry`
    /// inside the document.
    static func layOutTexts(of finding: Diagnostic, in language: Language) -> [UInt8] {
        var out = ByteBuffer(capacity: 256)
        if let fix = finding.fix {
            out.append(",\n      \"fix\" : ")
            out.append(contentsOf: quote(fix.text(in: language)))
        }
        out.append(",\n      \"message\" : ")
        out.append(contentsOf: quote(finding.message.text(in: language)))
        if finding.notes.isEmpty {
            out.append(",\n      \"notes\" : [\n\n      ]")
        } else {
            out.append(",\n      \"notes\" : [")
            for (n, note) in finding.notes.enumerated() {
                out.append(n == 0 ? "\n        " : ",\n        ")
                out.append(contentsOf: quote(note.text(in: language)))
            }
            out.append("\n      ]")
        }
        out.append(",\n      \"range\" : {\n        \"end\" : {\n          \"column\" : ")
        return out.takeBytes()
    }

    /// `text` in quotes, escaped as `JSONEncoder` escapes it (`<` as it is).
    private static func quote(_ text: String) -> [UInt8] {
        var json = JSONWriter(pretty: false, capacity: text.utf8.count + 8)
        json.escapesLessThan = false
        json.string(text)
        return json.takeBytes()
    }

    /// `elements` the slow way, through `JSONEncoder` and `Entry`: what tests compare.
    static func encodedElements(_ diagnostics: [Diagnostic], language: Language = .english) -> String {
        guard !diagnostics.isEmpty else { return "" }
        let array = String(decoding: try! encoder.encode(diagnostics.map { Entry($0, language: language) }), as: UTF8.self)
        return indent(array.dropFirst(2).dropLast(2), by: "  ")
    }

    /// `lines` with `prefix` before each line that is not empty (an empty array's inner line stays
    /// empty, as the encoder writes it).
    static func indent(_ lines: Substring, by prefix: String) -> String {
        lines.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
    }

    /// The end of the document after the last element: the array closed, then the summary.
    public static func footer(_ summary: CheckSummary, empty: Bool) -> String {
        let whole = String(decoding: try! encoder.encode(Document(diagnostics: [], summary: summary)), as: UTF8.self)
        let emptyArray = header + "\n\n  ]"
        precondition(whole.hasPrefix(emptyArray), "JSONEncoder's layout changed")
        return (empty ? "\n\n  ]" : "\n  ]") + whole.dropFirst(emptyArray.count) + "\n"
    }
}
