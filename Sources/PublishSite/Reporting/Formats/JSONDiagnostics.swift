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
    /// so each distinct message is put together and quoted once per run (`quotedMessages`). Each
    /// element is copied into the buffer in one go (`ElementBytes.write`).
    public static func elementBytes(_ diagnostics: [Diagnostic], language: Language = .english) -> [UInt8] {
        guard !diagnostics.isEmpty else { return [] }
        var out = ElementBytes(capacity: 512 * diagnostics.count)
        // A file's findings share its name, and runs of them a rule: each quoted when it changes.
        var lastFile: (file: String, bytes: [UInt8])?
        var lastRule: (rule: String, bytes: [UInt8])?
        // A file's findings repeat a few messages and fixes (a half-width comma's, then a
        // parenthesis's, and back): the last few are compared first, which is cheaper than hashing.
        var recentMessages = RecentQuotes()
        var recentFixes = RecentQuotes()
        var notes: [[UInt8]] = []
        diagnostics.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                if lastFile?.file != findings[index].file {
                    lastFile = (findings[index].file, quote(findings[index].file))
                }
                if lastRule?.rule != findings[index].rule {
                    lastRule = (findings[index].rule, quote(findings[index].rule))
                }
                let fix = findings[index].fix.map { recentFixes.quoted($0, in: language) }
                let message = recentMessages.quoted(findings[index].message, in: language)
                notes.removeAll(keepingCapacity: true)
                for note in findings[index].notes { notes.append(quotedMessages.text(note, in: language)) }
                out.write(
                    first: index == 0, file: lastFile!.bytes, fix: fix, message: message, notes: notes,
                    range: findings[index].range, rule: lastRule!.bytes, severity: findings[index].severity)
            }
        }
        return out.take()
    }

    /// The last four distinct messages quoted (in one call of `elementBytes`), each with its bytes;
    /// a message not among them is looked up in `quotedMessages` and replaces the oldest.
    private struct RecentQuotes {
        private var messages: [Message] = []
        private var quotes: [[UInt8]] = []
        private var oldest = 0

        mutating func quoted(_ message: Message, in language: Language) -> [UInt8] {
            for index in messages.indices where messages[index] == message { return quotes[index] }
            let bytes = quotedMessages.text(message, in: language)
            if messages.count < 4 {
                messages.append(message)
                quotes.append(bytes)
            } else {
                messages[oldest] = message
                quotes[oldest] = bytes
                oldest = (oldest + 1) % 4
            }
            return bytes
        }
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
        return json.takeBytes()
    }

    /// The elements' bytes. The buffer is kept at its capacity (bytes not yet written past
    /// `count`) so that an element is copied in with plain stores: appending its dozen pieces one by one to an array
    /// cost about a hundred instructions each.
    private struct ElementBytes {
        private var storage: [UInt8]
        private var count = 0

        /// The buffer is not cleared first: only bytes written are ever read.
        init(capacity: Int) {
            storage = [UInt8](unsafeUninitializedCapacity: max(capacity, 1024)) { $1 = $0.count }
        }

        /// The bytes written (the buffer cut to them in place).
        mutating func take() -> [UInt8] {
            storage.removeSubrange(count...)
            return storage
        }

        /// One element, as `JSONEncoder` lays out `Entry` inside the document (keys sorted; the
        /// first element's line break is the stream's to write).
        mutating func write(
            first: Bool, file: [UInt8], fix: [UInt8]?, message: [UInt8], notes: [[UInt8]],
            range: SourceRange, rule: [UInt8], severity: Severity
        ) {
            // The fixed pieces add up to under 400 bytes, four numbers to under 100.
            var most = 500 + file.count + (fix?.count ?? 0) + message.count + rule.count
            for note in notes { most += note.count + 12 }
            if storage.count - count < most {
                storage.append(contentsOf: repeatElement(0, count: max(storage.count, most)))
            }
            storage.withUnsafeMutableBufferPointer { buffer in
                var cursor = buffer.baseAddress! + count
                func put(_ text: StaticString) {
                    cursor.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
                    cursor += text.utf8CodeUnitCount
                }
                func put(_ run: [UInt8]) {
                    guard !run.isEmpty else { return }
                    run.withUnsafeBufferPointer { run in
                        cursor.update(from: run.baseAddress!, count: run.count)
                        cursor += run.count
                    }
                }
                func put(_ value: Int) {
                    if value < 0 {
                        cursor.pointee = UInt8(ascii: "-")
                        cursor += 1
                    }
                    var magnitude = value.magnitude
                    var digits = 1
                    var scale: UInt = 10
                    while digits < 20, magnitude >= scale {
                        digits += 1
                        let (next, overflow) = scale.multipliedReportingOverflow(by: 10)
                        if overflow { break }
                        scale = next
                    }
                    var end = cursor + digits
                    cursor = end
                    repeat {
                        end -= 1
                        end.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                        magnitude /= 10
                    } while magnitude > 0
                }
                put(first ? "    {\n      \"file\" : " : ",\n    {\n      \"file\" : ")
                put(file)
                if let fix {
                    put(",\n      \"fix\" : ")
                    put(fix)
                }
                put(",\n      \"message\" : ")
                put(message)
                if notes.isEmpty {
                    put(",\n      \"notes\" : [\n\n      ],\n      \"range\" : {\n        \"end\" : {\n          \"column\" : ")
                } else {
                    put(",\n      \"notes\" : [")
                    for (n, note) in notes.enumerated() {
                        put(n == 0 ? "\n        " : ",\n        ")
                        put(note)
                    }
                    put("\n      ],\n      \"range\" : {\n        \"end\" : {\n          \"column\" : ")
                }
                put(range.end.column)
                put(",\n          \"line\" : ")
                put(range.end.line)
                put("\n        },\n        \"start\" : {\n          \"column\" : ")
                put(range.start.column)
                put(",\n          \"line\" : ")
                put(range.start.line)
                put("\n        }\n      },\n      \"rule\" : ")
                put(rule)
                switch severity {
                case .error: put(",\n      \"severity\" : \"error\"\n    }")
                case .warning: put(",\n      \"severity\" : \"warning\"\n    }")
                case .note: put(",\n      \"severity\" : \"note\"\n    }")
                }
                count = cursor - buffer.baseAddress!
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
