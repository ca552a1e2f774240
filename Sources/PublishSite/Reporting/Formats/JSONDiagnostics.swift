import Foundation
import Synchronization
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
    /// has hundreds of findings per file, most repeating a few messages (every half-width comma),
    /// so each distinct message is put together and quoted once per run (`quotedMessages`).
    public static func elementBytes(_ diagnostics: [Diagnostic], language: Language = .english) -> [UInt8] {
        guard !diagnostics.isEmpty else { return [] }
        var out = ElementBytes(capacity: 512 * diagnostics.count)
        // A file's findings share its name, and runs of them a rule: each quoted when it changes.
        var lastFile: (file: String, bytes: [UInt8])?
        var lastRule: (rule: String, bytes: [UInt8])?
        // Findings of one rule often follow each other with the same message and the same fix:
        // each compared with the last of its kind first, which is cheaper than hashing it.
        var lastMessage: (message: Message, bytes: [UInt8])?
        var lastFix: (message: Message, bytes: [UInt8])?
        func quoted(_ message: Message, last: inout (message: Message, bytes: [UInt8])?) -> [UInt8] {
            if let last, last.message == message { return last.bytes }
            let bytes = quotedMessages.text(message, in: language)
            last = (message, bytes)
            return bytes
        }
        for (index, d) in diagnostics.enumerated() {
            // The first element's line break is the stream's to write.
            out.append(index == 0 ? "    {\n      \"file\" : " : ",\n    {\n      \"file\" : ")
            if lastFile?.file != d.file { lastFile = (d.file, quote(d.file)) }
            out.append(lastFile!.bytes)
            if let fix = d.fix {
                out.append(",\n      \"fix\" : ")
                out.append(quoted(fix, last: &lastFix))
            }
            out.append(",\n      \"message\" : ")
            out.append(quoted(d.message, last: &lastMessage))
            if d.notes.isEmpty {
                out.append(",\n      \"notes\" : [\n\n      ],\n      \"range\" : {\n        \"end\" : {\n          \"column\" : ")
            } else {
                out.append(",\n      \"notes\" : [")
                for (n, note) in d.notes.enumerated() {
                    out.append(n == 0 ? "\n        " : ",\n        ")
                    out.append(quotedMessages.text(note, in: language))
                }
                out.append("\n      ],\n      \"range\" : {\n        \"end\" : {\n          \"column\" : ")
            }
            out.append(d.range.end.column)
            out.append(",\n          \"line\" : ")
            out.append(d.range.end.line)
            out.append("\n        },\n        \"start\" : {\n          \"column\" : ")
            out.append(d.range.start.column)
            out.append(",\n          \"line\" : ")
            out.append(d.range.start.line)
            out.append("\n        }\n      },\n      \"rule\" : ")
            if lastRule?.rule != d.rule { lastRule = (d.rule, quote(d.rule)) }
            out.append(lastRule!.bytes)
            switch d.severity {
            case .error: out.append(",\n      \"severity\" : \"error\"\n    }")
            case .warning: out.append(",\n      \"severity\" : \"warning\"\n    }")
            case .note: out.append(",\n      \"severity\" : \"note\"\n    }")
            }
        }
        return out.bytes
    }

    /// Messages put together and quoted, shared by the files of a run (checked on all cores): the
    /// same few messages recur in every file.
    private static let quotedMessages = QuotedMessages()

    private final class QuotedMessages: Sendable {
        private struct Key: Hashable {
            var message: Message
            var language: Language
        }
        private let known = Mutex<[Key: [UInt8]]>([:])
        /// Messages that name what differs from file to file would grow the table without end: it
        /// starts again past this many.
        private let limit = 4096

        func text(_ message: Message, in language: Language) -> [UInt8] {
            let key = Key(message: message, language: language)
            if let bytes = known.withLock({ $0[key] }) { return bytes }
            let bytes = quote(message.text(in: language))
            known.withLock {
                if $0.count >= limit { $0.removeAll(keepingCapacity: true) }
                $0[key] = bytes
            }
            return bytes
        }
    }

    /// `text` in quotes, escaped as `JSONEncoder` escapes it (`<` as it is).
    private static func quote(_ text: String) -> [UInt8] {
        var json = JSONWriter(pretty: false, capacity: text.utf8.count + 8)
        json.escapesLessThan = false
        json.string(text)
        return json.bytes
    }

    /// A byte buffer for the fixed pieces, the quoted texts and the numbers of the elements.
    private struct ElementBytes {
        var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func append(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        mutating func append(_ run: [UInt8]) { bytes.append(contentsOf: run) }

        /// The decimal digits, with a `-` before a negative number.
        /// (The digits are put together on the stack and appended at once: reversing them in
        /// place through a slice of the buffer cost about 700 instructions a number.)
        mutating func append(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            guard magnitude >= 10 else {
                bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
                return
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
                var start = digits.count
                repeat {
                    start -= 1
                    digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
            }
        }
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
