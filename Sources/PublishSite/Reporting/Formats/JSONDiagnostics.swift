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
    public static func elementBytes(_ diagnostics: [Diagnostic], language: Language = .english) -> [UInt8] {
        guard !diagnostics.isEmpty else { return [] }
        // Written as `JSONEncoder` writes `Entry` (`elementsAreEncoded` holds it to that), without
        // the encoder's cost: a check of imported text has hundreds per file.
        var json = JSONWriter(pretty: true, insideContainersAtDepth: 2, capacity: 512 * diagnostics.count)
        json.escapesLessThan = false
        // A file's findings repeat a few messages hundreds of times (every half-width comma):
        // each distinct message is put together once per file.
        var texts: [Message: String] = [:]
        func text(_ message: Message) -> String {
            if let known = texts[message] { return known }
            let made = message.text(in: language)
            texts[message] = made
            return made
        }
        for d in diagnostics {
            json.beginObject()
            json.key("file")
            json.string(d.file)
            if let fix = d.fix {
                json.key("fix")
                json.string(text(fix))
            }
            json.key("message")
            json.string(text(d.message))
            json.key("notes")
            json.beginArray()
            for note in d.notes { json.string(text(note)) }
            json.endArray()
            json.key("range")
            d.range.write(to: &json)
            json.key("rule")
            json.string(d.rule)
            json.key("severity")
            json.string(d.severity.rawValue)
            json.endObject()
        }
        // The first element's line break is the stream's to write.
        return Array(json.bytes.dropFirst())
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
