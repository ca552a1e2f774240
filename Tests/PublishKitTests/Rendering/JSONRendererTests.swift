import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The JSON renderer writes its text with `JSONWriter`; these tests hold it to what it made before,
/// `JSONEncoder` over the model's `Encodable` form, byte for byte.
@Suite struct JSONRendererTests {
    /// The renderer as it was: `JSONEncoder` with sorted keys and unescaped slashes, then every `<`
    /// byte replaced with `\u003c`.
    enum EncoderOracle {
        struct Document: Encodable {
            var schemaVersion: Int
            var notice: Notice
        }

        static func render(_ notice: Notice, pretty: Bool) throws -> String {
            try encode(Document(schemaVersion: JSONRenderer.schemaVersion, notice: notice), pretty: pretty)
        }

        static func encode(_ value: some Encodable, pretty: Bool) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(value)
            let lessThan = Array("\\u003c".utf8)
            return String(decoding: data.flatMap { $0 == UInt8(ascii: "<") ? lessThan : [$0] }, as: UTF8.self)
        }
    }

    /// Every Markdown file under the fixtures (regular files only: the symlink fixtures point
    /// anywhere), relative to the fixture folder.
    static let fixtureFiles: [String] = {
        let folder = Fixtures.folder.standardizedFileURL
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        else { return [] }
        var paths: [String] = []
        for case let url as URL in walk where url.pathExtension == "md" {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1)))
        }
        return paths.sorted()
    }()

    static func expectSameAsOracle(_ notice: Notice, _ name: String) throws {
        for pretty in [true, false] {
            let written = JSONRenderer(pretty: pretty).render(notice)
            let encoded = try EncoderOracle.render(notice, pretty: pretty)
            let same = written.utf8.elementsEqual(encoded.utf8)
            #expect(same, "\(name), pretty: \(pretty): \(firstDifference(written, encoded))")
        }
    }

    /// Where two texts part, with some context, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.utf8), b = Array(b.utf8)
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self)
        }
        return "byte \(index):\n\(around(a))\n— expected —\n\(around(b))"
    }

    // MARK: - Whole notices

    @Test func fixturesAreFound() {
        #expect(Self.fixtureFiles.count > 50)
    }

    @Test(arguments: fixtureFiles) func fixtureMatchesEncoder(_ path: String) throws {
        let url = Fixtures.folder.appendingPathComponent(path)
        // The unreadable-file fixtures may be made unreadable while another test runs.
        guard let data = try? Data(contentsOf: url) else { return }
        let notice = NoticeLoader().load(bytes: [UInt8](data), path: path).notice
        try Self.expectSameAsOracle(notice, path)
    }

    @Test func referenceNoticeMatchesEncoder() throws {
        try Self.expectSameAsOracle(try Fixtures.referenceNotice().notice, Fixtures.referencePath)
    }

    /// The notice of the schema test has every kind of node the model has.
    @Test func richNoticeMatchesEncoder() throws {
        try Self.expectSameAsOracle(Fixtures.load(JSONSchemaTests.richMarkdown).notice, "rich notice")
    }

    /// What no Markdown gives: front-matter keys that need escaping and sort by their bytes, empty
    /// arrays and objects, negative numbers, every optional present.
    @Test func builtNoticeMatchesEncoder() throws {
        let at = SourceRange(start: PublishCore.SourceLocation(line: -3, column: 0), end: PublishCore.SourceLocation(line: Int.max, column: Int.min))
        let text = RichText(runs: [
            TextRun(text: "甲", range: at),
            TextRun(kind: .image, text: "<图>", emphasis: true, strong: true, strikethrough: true, link: "https://a/<b>", source: "x\"y", range: at),
            TextRun(kind: .lineBreak, text: "\n", range: at),
        ])
        let date = LocatedDate(date: CalendarDate(year: 12, month: 2, day: 30), text: "12年2月30日", range: at, yearInherited: true)
        let period = DateRange(start: date, end: date, range: at)
        let paragraph = Paragraph(segments: [
            .text(text), .text(RichText()),
            .measure(Measure(ordinal: Ordinal(level: .measure, value: 0, text: "一是", deviations: [.nonstandardNumeral, .lookalikeCharacter], range: at), lead: text, body: RichText(), range: at)),
        ], range: at)
        let head = ItemHead(ordinal: nil, form: .runIn, lead: text, body: paragraph, range: at)
        let blocks: [NoticeBlock] = [
            .paragraph(paragraph), .paragraph(Paragraph(segments: [], range: at)),
            .item(Item(head: head, children: [], range: at)),
            .list(items: [[], [.thematicBreak(range: at)]], range: at),
            .quote([.html("<!-- x -->", range: at)], range: at),
            .code(info: "", literal: "a\u{0}\u{1F}\u{7F}</script>", range: at),
            .table(NoticeTable(alignments: [.none, .left, .center, .right], rows: [[], [text, RichText()]], range: at)),
        ]
        var opening = Opening(paragraphs: [paragraph])
        let located = LocatedText(text: "<甲>", range: at)
        opening.authority = located
        opening.team = located
        opening.target = located
        opening.formula = located
        opening.kind = InspectionKind(body: .xuncha, mode: .unspecified, followUp: true, text: "专项", range: at)
        opening.period = period
        opening.feedback = date
        let closing = Closing(
            paragraphs: [], invitation: located,
            disclosure: DisclosurePeriod(
                label: "公示期", wording: .labelled, period: period, statedWorkdays: -1, statedWorkdaysRange: at, range: at),
            contacts: [Contact(kind: .email, label: "电子信箱", value: "a@b.cn", valueRange: at, hours: located, postcode: located, range: at)],
            isExplicit: false)
        let frontMatter = FrontMatter(
            title: "", issuer: "\\", date: CalendarDate(year: 2025, month: 3, day: 7), slug: "a/b", draft: true, tags: [],
            ranges: ["title": at, "Title": at, "<k\"ey>": at, "é": at, "ab": at, "a b": at, "10": at, "9": at, "😀": at, "": at])
        let notice = Notice(
            path: "content/<x>.md", frontMatter: frontMatter, titleLines: [text, RichText()], opening: opening,
            sections: [
                Section(role: .other, roleEvidence: .keyword("<关键词>"), head: head, children: blocks, range: at),
                Section(role: .longTerm, roleEvidence: .position, head: nil, children: [], range: at),
                Section(role: .nextSteps, roleEvidence: .none, head: nil, children: blocks, range: at),
            ],
            closing: closing)
        try Self.expectSameAsOracle(notice, "built notice")

        let empty = Notice(path: "", frontMatter: FrontMatter(), titleLines: [], opening: Opening(), sections: [], closing: nil)
        try Self.expectSameAsOracle(empty, "empty notice")
    }

    // MARK: - Strings

    /// The text `JSONWriter` makes of `value` as the one element of a compact array.
    static func written(_ value: String) -> String {
        var json = JSONWriter(pretty: false)
        json.beginArray()
        json.string(value)
        json.endArray()
        return json.text
    }

    static let controlCharacterEscapes = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ]

    /// A string and the JSON string `JSONEncoder` (then the `<` replacement) made of it.
    struct EscapingCase: Sendable, CustomTestStringConvertible {
        var value: String
        var expected: String

        init(_ value: String, _ expected: String) {
            self.value = value
            self.expected = expected
        }

        /// The scalars as code points: test logs should not hold raw control characters.
        var testDescription: String {
            value.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        }
    }

    static let escapingCases: [EscapingCase] = [
        EscapingCase("", #""""#),
        EscapingCase("\u{7F}", "\"\u{7F}\""),
        EscapingCase("\"", #""\"""#),
        EscapingCase("\\", #""\\""#),
        EscapingCase("/", #""/""#),
        EscapingCase("<", #""\u003c""#),
        EscapingCase(">", #"">""#),
        EscapingCase("&", #""&""#),
        EscapingCase("</script><!--", #""\u003c/script>\u003c!--""#),
        EscapingCase("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""),
        EscapingCase("😀𝄞\u{10FFFF}", "\"😀𝄞\u{10FFFF}\""),
        EscapingCase("巡视整改", "\"巡视整改\""),
        EscapingCase("a\r\nb\tc", #""a\r\nb\tc""#),
        EscapingCase("\u{FEFF}\u{FFFD}é", "\"\u{FEFF}\u{FFFD}é\""),
        // Every `<`, whatever follows it (a combining mark makes `<` + U+0338 one character).
        EscapingCase("<\u{338}", "\"\\u003c\u{338}\""),
        EscapingCase("<\u{FE0F}<", "\"\\u003c\u{FE0F}\\u003c\""),
        EscapingCase("<\u{200D}", "\"\\u003c\u{200D}\""),
        EscapingCase("<\u{903}", "\"\\u003c\u{903}\""),
        EscapingCase("\u{301}<\u{600}", "\"\u{301}\\u003c\u{600}\""),
        EscapingCase("<\n\u{301}", "\"\\u003c\\n\u{301}\""),
    ] + controlCharacterEscapes.enumerated().map { code, escape in
        EscapingCase(String(UnicodeScalar(UInt8(code))), "\"\(escape)\"")
    }

    @Test(arguments: escapingCases) func stringEscaping(_ example: EscapingCase) throws {
        let written = Self.written(example.value)
        #expect(Array(written.utf8) == Array("[\(example.expected)]".utf8))
        let encoded = try EncoderOracle.encode([example.value], pretty: false)
        #expect(Array(written.utf8) == Array(encoded.utf8))
    }

    /// Random strings of the characters that escaping and the `<` replacement care about.
    @Test func randomStringsMatchEncoder() throws {
        let alphabet: [String] = [
            "a", "<", ">", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", " ",
            "\u{301}", "\u{338}", "\u{200C}", "\u{200D}", "\u{FE0F}", "\u{1F3FB}", "\u{E0020}", "\u{903}", "\u{600}",
            "\u{1ACF}", "\u{0CC0}", "巡", "（", "😀", "\u{2028}", "\u{FEFF}", "\u{10FFFF}",
        ]
        var random = SplitMix64(seed: 0x5EED)
        var values: [String] = []
        for _ in 0..<3000 {
            let length = Int(random.next() % 10)
            values.append((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined())
        }
        for pretty in [true, false] {
            var json = JSONWriter(pretty: pretty)
            json.beginArray()
            for value in values { json.string(value) }
            json.endArray()
            let encoded = try EncoderOracle.encode(values, pretty: pretty)
            let same = json.text.utf8.elementsEqual(encoded.utf8)
            #expect(same, "pretty: \(pretty): \(Self.firstDifference(json.text, encoded))")
        }
    }

    @Test func integers() throws {
        let values = [0, 1, -1, 9, 10, 99, 100, -100, 1234567890, Int.max, Int.min]
        var json = JSONWriter(pretty: false)
        json.beginArray()
        for value in values { json.int(value) }
        json.endArray()
        let encoded = try EncoderOracle.encode(values, pretty: false)
        #expect(json.text == encoded)
    }
}
