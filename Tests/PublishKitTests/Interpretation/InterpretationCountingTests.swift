import Testing
@testable import PublishCore
@testable import PublishReading

/// The interpretation reads a unit's first scalars into one array of sixteen, lays a text's runs
/// out from its joined UTF-8, and looks a heading's keywords up only where its scalars allow
/// (`ScalarMask`); each is held here to the plain code it stands in for, on the tricky texts of
/// `ByteInterpretationTests` (CJK, combining marks, emoji with joiners, half- and full-width
/// punctuation, CRLF, empty text and runs) and generated ones.
@Suite struct InterpretationCountingTests {
    /// The first sixteen scalars, appended one by one.
    static func leadingScalarsOneByOne(_ text: RichText) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for run in text.runs {
            for scalar in run.text.unicodeScalars {
                if scalars.count == 16 { return scalars }
                scalars.append(scalar)
            }
        }
        return scalars
    }

    /// Rich texts with an empty run put in now and then (a text built run by run may hold one).
    static func texts() -> [RichText] {
        var generator = SplitMix64(seed: 14)
        return ByteInterpretationTests.texts().map { text in
            var text = text
            if generator.next() % 5 == 0, !text.runs.isEmpty {
                let at = Int(generator.next() % UInt64(text.runs.count + 1))
                text.runs.insert(TextRun(text: "", range: SourceRange(at: SourceLocation(line: 1, column: 1))), at: at)
            }
            return text
        }
    }

    @Test func leadingScalarsAreTheFirstSixteen() {
        var long = 0
        for text in Self.texts() {
            let expected = Self.leadingScalarsOneByOne(text)
            if expected.count == 16 { long += 1 }
            #expect(Unit.leadingScalars(of: text) == expected, "\(text.plain.debugDescription)")
            #expect(Unit.firstScalar(of: text) == expected.first, "\(text.plain.debugDescription)")
        }
        #expect(long > 100)
        #expect(Unit.leadingScalars(of: RichText()).isEmpty)
        #expect(Unit.firstScalar(of: RichText()) == nil)
    }

    @Test func aLayoutFromTheJoinedBytesIsTheRunsCounted() {
        for text in Self.texts() {
            let expected = RunLayout(text)
            let layout = text.withJoinedUTF8 { RunLayout(text, joinedUTF8: $0) }
            #expect(layout.offsets.counts == expected.offsets.counts, "\(text.plain.debugDescription)")
            #expect(layout.byteCounts == expected.byteCounts, "\(text.plain.debugDescription)")
            #expect(layout.scalarCount == text.plain.unicodeScalars.count, "\(text.plain.debugDescription)")
        }
    }

    @Test func aMaskIsTheScalarsValuesModulo64() {
        let cases = ByteInterpretationTests.tricky + ByteInterpretationTests.pieces + ["", "\r\n", "A\u{30A}", "\u{212B}"]
        for text in cases {
            let expected = text.unicodeScalars.reduce(UInt64(0)) { $0 | 1 << UInt64($1.value % 64) }
            #expect(ScalarMask(text).bits == expected, "\(text.debugDescription)")
            #expect(ScalarMask(Substring(text)).bits == expected, "\(text.debugDescription)")
        }
    }

    /// A text's mask covers the mask of every piece of it: the mask never rules out a word the
    /// text holds.
    @Test func aTextsMaskCoversEachOfItsPieces() {
        var generator = SplitMix64(seed: 64)
        var ruledOut = 0
        for _ in 0..<2000 {
            let scalars = Array(ByteInterpretationTests.randomText(&generator).unicodeScalars)
            let text = String(String.UnicodeScalarView(scalars))
            let lower = Int(generator.next() % UInt64(scalars.count + 1))
            let upper = lower + Int(generator.next() % UInt64(scalars.count - lower + 1))
            let piece = String(String.UnicodeScalarView(scalars[lower..<upper]))
            #expect(ScalarMask(text).covers(ScalarMask(piece)), "\(text.debugDescription) \(piece.debugDescription)")
            let other = ByteInterpretationTests.randomText(&generator)
            if !ScalarMask(text).covers(ScalarMask(other)) {
                ruledOut += 1
                // The scalars, not the characters (`String.contains` finds 零 in its compatibility
                // ideograph and é in e and an accent): what a search on the bytes finds.
                let holds = other.isEmpty
                    || ScalarSearch.firstRange(of: Array(other.unicodeScalars), in: Array(text.unicodeScalars)) != nil
                #expect(!holds, "\(text.debugDescription) \(other.debugDescription)")
            }
        }
        #expect(ruledOut > 200)
    }

    /// The default groups' keywords on real headings (the heading tests hold `classify` to
    /// Foundation on generated ones): the same role and keyword with the masks as without them.
    @Test func headingsKeepTheirKeywordWithTheMasks() {
        let headings = RoleClassifierTests.headings.map(\.0) + [
            "关于落实主体责任方面的问题", "在政治意识不够强，党的领导弱化方面", "整改工作开展情况及下一步打算", "提高政治站位，压实主体担当",
            "坚持高位推动", "", "é\u{301}问题", "关于e\u{301}的问题", "下一步工作打算。", "需持续推进的整改事项：",
        ]
        let classifier = RoleClassifier()
        for heading in headings {
            let keywords = KeywordText(heading)
            var expected: (SectionRole, String)? = nil
            search: for group in classifier.groups {
                var trimmed = Substring(heading).unicodeScalars
                while let last = trimmed.last, "。，,；;：: 　".unicodeScalars.contains(last) { trimmed.removeLast() }
                for ending in group.endings where KeywordText(String(trimmed)).hasSuffix(ending) {
                    expected = (group.role, ending)
                    break search
                }
                for keyword in group.keywords {
                    let holds = keyword.contains("*")
                        ? keywords.containsInOrder(keyword.split(separator: "*")) : keywords.contains(keyword)
                    if holds {
                        expected = (group.role, keyword)
                        break search
                    }
                }
            }
            let found = classifier.classify(heading)
            #expect(found?.role == expected?.0 && found?.keyword == expected?.1, "\(heading.debugDescription)")
        }
    }

    /// Wrapped plain text (texts with soft breaks between them) builds what the general path
    /// builds: breaks between Chinese characters dropped, others a space, touching runs joined;
    /// any other shape (an empty text, two breaks in a row, a break at either end, a style) is
    /// left to the general path.
    @Test func wrappedTextBuildsWhatTheGeneralPathBuilds() {
        let texts = RichTextBuilderShortcutTests.texts + ["甲", "a", "，", "。", "1", "😀", "e\u{301}", "\r\n"]
        var generator = SplitMix64(seed: 2026)
        var wrapped = 0
        var joinedByASpace = 0
        for _ in 0..<4000 {
            var inlines: [MarkdownInline] = []
            var line = 1
            var column = 1
            let count = 1 + Int(generator.next() % 9)
            for index in 0..<count {
                let oddShape = generator.next() % 12 == 0
                if index % 2 == (oddShape ? 0 : 1) {
                    // A break where the line ends (or, now and then, mid-line), or another inline.
                    switch generator.next() % 10 {
                    case 0: inlines.append(.lineBreak(SourceLocation(line: line, column: column)))
                    case 1: inlines.append(.strong([.text("强", RichTextBuilderShortcutTests.range(line: line, column: column, length: 1))]))
                    default:
                        inlines.append(.softBreak(SourceLocation(line: line, column: column)))
                        if generator.next() % 4 != 0 {
                            line += 1
                            column = 1
                        }
                    }
                } else {
                    let text = texts[Int(generator.next() % UInt64(texts.count))]
                    let length = text.unicodeScalars.count
                    inlines.append(.text(text, RichTextBuilderShortcutTests.range(line: line, column: column, length: length)))
                    column += length
                }
            }
            let general = RichTextBuilder.buildInGeneral(inlines)
            #expect(RichTextBuilder.build(inlines) == general)
            if let fast = RichTextBuilder.buildWrappedText(inlines) {
                wrapped += 1
                #expect(fast == general)
                if general.plain.contains(" ") { joinedByASpace += 1 }
            }
        }
        #expect(wrapped > 400)
        #expect(joinedByASpace > 100)
    }

    /// A search bounded by `to` finds what the unbounded search finds when that ends by `to`, and
    /// nothing otherwise (as the disclosure reader used to check after searching to the end).
    @Test func aBoundedSearchIsTheUnboundedOneEndingInTime() {
        var generator = SplitMix64(seed: 9)
        let needles = ["公开期限", "公示期", "请", "欢迎", "是", "一是", "e\u{301}", "😀"].map { Array($0.unicodeScalars) }
        var found = 0
        for _ in 0..<3000 {
            let haystack = Array((ByteInterpretationTests.randomText(&generator) + "公开期限公示期请欢迎").unicodeScalars.shuffled(using: &generator))
            let needle = needles[Int(generator.next() % UInt64(needles.count))]
            let from = Int(generator.next() % UInt64(haystack.count + 2)) - 1
            let to = Int(generator.next() % UInt64(haystack.count + 3))
            let unbounded = ScalarSearch.firstRange(of: needle, in: haystack, from: from)
            let expected = unbounded.flatMap { $0.upperBound <= to ? $0 : nil }
            if expected != nil { found += 1 }
            #expect(ScalarSearch.firstRange(of: needle, in: haystack, from: from, to: to) == expected, "\(haystack) \(needle) \(from) \(to)")
        }
        #expect(found > 100)
    }
}
