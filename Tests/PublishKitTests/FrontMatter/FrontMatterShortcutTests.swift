import Foundation
import Testing
import Yams
@testable import PublishCore
@testable import PublishReading

/// Front matter is composed without the resolver's regular expressions first and its scalars are
/// read without Foundation where nothing needs it; these tests hold each shortcut to what it
/// stands in for: composing with Yams' default resolver, `Node.null`, `trimmingCharacters(in:)`
/// and `Resolver.default`'s tags.
@Suite struct FrontMatterShortcutTests {
    static let files: [String] = [
        "---\ntitle: 关于测试的通知\nissuer: 某某委员会\ndate: 2025-03-07\ntags: [巡视整改, 长春新区]\n---\n正文。\n",
        "---\r\ntitle: 关于测试的通知\r\nissuer:\t某某委员会\r\ndate: 2025-03-07\r\n---\r\n正文。\r\n",
        "\u{FEFF}---\ntitle: 通知\n---\n正文。\n",
        "---\n# 注释\ntitle: 关于测试的通知 # 行尾注释\nissuer: \"某某委员会\"\ndate: '2025-03-07'\ntags:\n  - 甲\n  - '乙'\n---\n正文。\n",
        "---\ntitle: |\n  多行\n  标题\nissuer: >\n  折叠的\n  发布单位\ndate: 2025-03-07\nslug: 2025/test\ndraft: false\n---\n正文。\n",
        "---\ntitle:\t中文标题\t\nissuer: 某某委员会  \ndate: 2025-03-07\t# 注释\n---\n正文。\n",
        // The same text as two keys: resolved differently (int and str) by the default resolver.
        "---\n1: a\n\"1\": b\ntitle: 通知\n---\n正文。\n",
        "---\n1: a\n!!int 1: b\ntitle: 通知\n---\n正文。\n",
        "---\nyes: a\n!!str yes: b\n---\n正文。\n",
        "---\n~: a\nnull: b\n'~': c\n---\n正文。\n",
        "---\ntitle: 甲\nissuer: 乙\ntitle: 丙\n---\n正文。\n",
        "---\ntitle: {a: 1, a: 2}\nissuer: 乙\n---\n正文。\n",
        "---\ntags: [{a: 1}, {b: 2, b: 3}]\n---\n正文。\n",
        "---\ntags: [{1: a, '1': b}]\n---\n正文。\n",
        "---\n? [a, b]\n: c\ntitle: 通知\n---\n正文。\n",
        "---\n? {a: 1}\n: c\n? {a: 1}\n: d\n---\n正文。\n",
        "---\ntitle: 2025\nissuer: yes\nslug: .5\ncategory: -1\npublisher: 0x1F\ndoc_number: '2025'\nindex_number: 11220000\n---\n正文。\n",
        "---\ntitle: !!str 2025\nissuer: !custom 值\nslug: ! 12\ncategory: .inf\npublisher: No\n---\n正文。\n",
        "---\ntitle: \"  两边空格  \"\nissuer: \u{3000}全角空格\u{3000}\ndate: \" 2025-03-07 \"\ntags: [\" 甲 \", ~, null]\n---\n正文。\n",
        "---\ntitle:\nissuer: ~\ndate: null\ndraft: Null\nslug: ''\n---\n正文。\n",
        "---\ntitle: a\n  bad: [\n---\n正文。\n",
        "---\ntitle: 甲\ntitle: 乙\n  bad: [\n---\n正文。\n",
        "---\n---\n正文。\n",
        "---\n# 只有注释\n---\n正文。\n",
        "---\n- a\n- b\n---\n正文。\n",
        "---\n标题\n---\n正文。\n",
        "---\ntitle: 通知\ncolour: red\nwritten: 2025-02-30\ndate: 三月七日\n---\n正文。\n",
        "---\ntitle: &a 通知\nissuer: *a\n---\n正文。\n",
        "---\ntitle: 通知\n...\n正文。\n",
        "---\ntitle: 通知\n",
        "---\ndraft: yes\ntags: 单个\nwritten: 2025-02-28\nindex_number: 'A 1'\n---\n正文。\n",
        "---\ntitle: e\u{301}\u{301}\nissuer: 👨‍👩‍👧 委员会\n---\n正文。\n",
        "---\ntitle: 通知\n---\n---\n正文。\n",
    ]

    @Test(arguments: files)
    func composingWithoutTheResolverFirstReadsWhatTheDefaultResolverReads(_ file: String) {
        let source = SourceText(string: file, path: "t.md")
        let read = FrontMatterParser.parse(source)
        let reference = FrontMatterParser.parse(source, composing: .defaultResolver)
        #expect(read.frontMatter == reference.frontMatter, "\(file.debugDescription)")
        #expect(read.lineCount == reference.lineCount, "\(file.debugDescription)")
        #expect(read.diagnostics == reference.diagnostics, "\(file.debugDescription)")
    }

    @Test func theFilesReachTheCasesTheyAreMeantFor() {
        let rules = Self.files.map { file in
            Set(FrontMatterParser.parse(SourceText(string: file, path: "t.md"), composing: .defaultResolver).diagnostics.map(\.rule))
        }
        #expect(rules[0].isEmpty)
        #expect(rules[6].contains(PipelineRule.unknownKey.id))
        #expect(rules[10].contains(PipelineRule.duplicateKey.id))
        #expect(rules[16].contains(PipelineRule.type.id))
        #expect(rules[20].contains(PipelineRule.yamlSyntax.id))
    }

    /// Trees Yams composes without throwing, and trees with repeated keys made by hand (Yams
    /// throws on those unless two keys of one text resolve to different tags).
    @Test func keysAreDistinctScalarsOnlyWhereNoMappingRepeatsAKey() throws {
        for yaml in ["title: 甲\nissuer: 乙\ntags: [a, b]", "title: {a: 1, b: {c: 2, d: 3}}", "tags: [{a: 1}, {a: 2}]"] {
            let root = try #require(try Yams.compose(yaml: yaml, .basic))
            #expect(YAMLComposition.keysAreDistinctScalars(root), "\(yaml)")
        }
        for yaml in ["1: a\n!!int 1: b", "? [a, b]\n: c", "yes: a\n!!bool yes: b"] {
            let root = try #require(try Yams.compose(yaml: yaml, .basic))
            #expect(!YAMLComposition.keysAreDistinctScalars(root), "\(yaml)")
        }
        func mapping(_ pairs: [(Node, Node)]) -> Node { .mapping(Node.Mapping(pairs)) }
        let repeated = mapping([(Node("title"), Node("甲")), (Node("title"), Node("乙"))])
        #expect(!YAMLComposition.keysAreDistinctScalars(repeated))
        #expect(!YAMLComposition.keysAreDistinctScalars(mapping([(Node("tags"), .sequence(Node.Sequence([repeated])))])))
        #expect(!YAMLComposition.keysAreDistinctScalars(mapping([(Node("title"), Node("甲")), (Node("issuer"), repeated)])))
        #expect(YAMLComposition.keysAreDistinctScalars(mapping([(Node("title"), Node("甲")), (Node("issuer"), Node("甲"))])))
    }

    static let texts = [
        "", " ", "a", " a", "a ", "\u{3000}通知\u{3000}", "\t中\n", "e\u{301}", " \u{301}", "\u{301} ", "\u{85}x",
        "x\u{2028}", "\u{200B}x", "😀", "👨‍👩‍👧", "，", "\u{A0}a", "a\u{FEFF}", "\r\n", "中文", "a\u{2029}", "\u{1680}b",
        "关于 巡视 整改", "\u{202F}x\u{205F}", "\u{0B}\u{0C}", "x\u{1F}",
    ]

    @Test(arguments: texts)
    func trimmedIsFoundationsTrimming(_ text: String) {
        #expect(FrontMatterScalar.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func nullIsYamsNull() {
        let styles: [Node.Scalar.Style] = [.any, .plain, .singleQuoted, .doubleQuoted, .literal, .folded]
        var nulls = 0
        for text in ["", "~", "null", "Null", "NULL", "nULL", "none", " ", "0", "空"] {
            for style in styles {
                let scalar = Node.Scalar(text, .implicit, style)
                #expect(FrontMatterScalar.isNull(scalar) == (Node.scalar(scalar).null != nil), "\(text) \(style)")
                if FrontMatterScalar.isNull(scalar) { nulls += 1 }
            }
        }
        #expect(nulls == 5)
    }

    /// A value whose first byte the bool, int and float patterns cannot start with is never one
    /// of those to `Resolver.default`.
    @Test func aValueThatCannotStartANumberOrBooleanIsNoneToTheResolver() {
        var generator = SplitMix64(seed: 101)
        let alphabet = Array("0123456789+-._:xXoObBeEaAfFyYnNtTrRuUlLsSiI~<= /")
        var samples = [
            "2025", "+1", "-1", ".5", ".inf", "-.Inf", ".NaN", "0x1F", "0o17", "0b101", "1_000", "1:30", "yes", "No",
            "TRUE", "off", "On", "y", "n", "abc", "2025/slug", "x1", "_1", " 1", "~", "<<", "=", "a-b", "", "e5", "Inf",
            "nan", "1e5", "1.5e+3", "1.", "ON", "oN",
        ]
        for _ in 0..<3000 {
            samples.append(String((0..<Int(generator.next() % 7)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        var numbersOrBooleans = 0
        for text in samples {
            let tag = Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(text, .implicit, .plain)))
            let isNumberOrBoolean = tag == .int || tag == .float || tag == .bool
            if isNumberOrBoolean { numbersOrBooleans += 1 }
            let mayBe = text.utf8.first.map(FrontMatterScalar.mayStartNonText) ?? false
            #expect(mayBe || !isNumberOrBoolean, "\(text.debugDescription) is \(tag)")
        }
        #expect(numbersOrBooleans > 100)
    }
}

extension FrontMatterShortcutTests {
    @Test(arguments: [
        "2025-03-07", "2025-02-30", "0000-00-00", "9999-99-99", "2025-3-7", "2025-03-7", "+025-03-07", "2025/03/07",
        "2025-03-07 ", " 2025-03-07", "２０２５-03-07", "2025-03-0７", "2025--3-07", "20250-3-07", "2025-03-07-", "",
        "三月七日", "2025-0a-07", "-2025-03-07", "1-1-1", "002025-03-07", "2025-03-\u{301}7",
    ])
    func anISODateIsCalendarDatesReading(_ text: String) {
        #expect(FrontMatterScalar.isoDate(text) == CalendarDate(iso: text))
    }
}

/// `FrontMatterScalar.isWhitespaceOrNewline` answers scalars above U+3000 without Foundation's
/// character set; this holds the answer to the set over every scalar it decides alone.
@Suite struct FrontMatterWhitespaceTests {
    @Test(arguments: [0x3000, 0x3001, 0x4E00, 0xFEFF, 0xFF0C, 0xFFFD, 0x1F600, 0x10FFFF])
    func scalarsAboveTheIdeographicSpaceAreFoundationsAnswer(_ value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        #expect(FrontMatterScalar.isWhitespaceOrNewline(scalar) == CharacterSet.whitespacesAndNewlines.contains(scalar))
    }

    @Test func everyScalarOfTheBasicPlaneAndSamplesBeyondAreFoundationsAnswer() {
        var checked = 0
        var white = 0
        for value in stride(from: UInt32(0), through: 0x10FFFF, by: 1) where value < 0x1_0000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = CharacterSet.whitespacesAndNewlines.contains(scalar)
            #expect(FrontMatterScalar.isWhitespaceOrNewline(scalar) == expected, "U+\(String(value, radix: 16))")
            checked += 1
            if expected { white += 1 }
        }
        #expect(checked > 70_000)
        #expect(white > 20)
    }
}
