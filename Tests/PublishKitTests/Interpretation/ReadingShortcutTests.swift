import Testing
@testable import PublishCore
@testable import PublishReading

/// The shortcuts reading takes (on UTF-8 bytes, eight bytes at a time, before copying scalars)
/// give the answers of the general paths they stand in front of, on generated texts that mix
/// the scalars that decide (numerals, 是, punctuation) with ones that force the general path
/// (combining marks, compatibility ideographs, four-byte scalars).
@Suite struct ReadingShortcutTests {
    /// Pieces of text: numerals, 是, the marks measures follow, ASCII, Latin-1, a combining
    /// acute accent, a compatibility ideograph equivalent to 零, a four-byte ideograph and an emoji.
    static let pieces: [String] = [
        "一", "二", "三", "十", "百", "零", "〇", "两", "是", "。", "，", ",", "；", "：", "！", "？", "?", "a", "E", "1",
        " ", "é", "\u{301}", "\u{F9B2}", "𠀀", "😀", "地址", "邮编", "关于", "问题", "方面", "及", "整改", "联系电话",
    ]

    static func randomText(_ generator: inout SplitMix64, maxPieces: UInt64 = 14) -> String {
        var text = ""
        for _ in 0..<Int(generator.next() % maxPieces) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
        return text
    }

    /// The text cut into runs at random scalar boundaries, each on line 1 where it stands, or now
    /// and then spanning two lines (whose parts keep the whole range when cut).
    static func randomRichText(_ text: String, _ generator: inout SplitMix64) -> RichText {
        var runs: [TextRun] = []
        var current = ""
        var column = 1
        func finish() {
            let count = current.unicodeScalars.count
            let end = generator.next() % 5 == 0
                ? SourceLocation(line: 2, column: 3) : SourceLocation(line: 1, column: column + count)
            runs.append(TextRun(text: current, range: SourceRange(start: SourceLocation(line: 1, column: column), end: end)))
            column += count
            current = ""
        }
        for scalar in text.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if generator.next() % 4 == 0 { finish() }
        }
        if !current.isEmpty { finish() }
        return RichText(runs: runs)
    }

    @Test func aParagraphSkippedAsMeasurelessHasNoNumeralBeforeShi() {
        var generator = SplitMix64(seed: 41)
        var skipped = 0
        for _ in 0..<5000 {
            let text = Self.randomText(&generator)
            let rich = Self.randomRichText(text, &generator)
            let scalars = Array(text.unicodeScalars)
            let hasNumeralBeforeShi = scalars.indices.contains { $0 > 0 && scalars[$0] == "是" && OrdinalParser.isNumeral(scalars[$0 - 1]) }
            if !MeasureSplitter.mayHoldMeasure(rich) {
                skipped += 1
                #expect(!hasNumeralBeforeShi, "\(text.debugDescription)")
            }
        }
        // The shortcut is taken: most generated texts have no numeral before 是.
        #expect(skipped > 1000)
    }

    @Test func aMeasureStartIsOnlyLookedForWhereItsShapeIs() {
        var generator = SplitMix64(seed: 43)
        for _ in 0..<3000 {
            let scalars = Array(Self.randomText(&generator).unicodeScalars)
            for index in scalars.indices {
                let parsed = OrdinalParser.parse(Array(scalars[index..<min(index + 16, scalars.count)]))
                if parsed?.level == .measure {
                    #expect(MeasureSplitter.mayStartMeasure(scalars, at: index), "\(scalars) at \(index)")
                }
            }
        }
    }

    @Test func aSliceIsTheSplitsCutAtBothEnds() {
        var generator = SplitMix64(seed: 73)
        for _ in 0..<2000 {
            let text = Self.randomText(&generator)
            let rich = Self.randomRichText(text, &generator)
            let count = text.unicodeScalars.count
            let lower = Int(generator.next() % UInt64(count + 1))
            let upper = lower + Int(generator.next() % UInt64(count - lower + 1))
            #expect(rich.slice(lower..<upper) == rich.split(at: upper).0.dropping(lower), "\(text.debugDescription) \(lower)..<\(upper)")
        }
    }

    @Test func aLiteralFromItsCStringIsLocatedAsFromItsString() {
        var generator = SplitMix64(seed: 79)
        for _ in 0..<1000 {
            let lines = (0..<(1 + Int(generator.next() % 4))).map { _ in InlineLocatorTests.randomLine(&generator) }
            let source = SourceText(string: lines.joined(separator: "\n"), path: "t.md")
            let range = SourceRange(
                start: SourceLocation(line: 1, column: 1 + Int(generator.next() % 4)),
                end: SourceLocation(line: lines.count, column: 1))
            var fromCString = InlineLocator(source: source, range: range)
            var fromString = InlineLocator(source: source, range: range)
            for _ in 0..<6 {
                var literal = InlineLocatorTests.randomLine(&generator)
                let line = Array(lines[Int(generator.next() % UInt64(lines.count))].unicodeScalars)
                if generator.next() % 3 != 0, !line.isEmpty {
                    let from = Int(generator.next() % UInt64(line.count))
                    literal = String(String.UnicodeScalarView(line[from..<(from + Int(generator.next() % UInt64(line.count - from + 1)))]))
                }
                if generator.next() % 5 == 0 { literal += "\n" + InlineLocatorTests.randomLine(&generator) }
                let expected = fromString.locate(literal)
                let found = literal.withCString { fromCString.locate(cString: $0) }
                #expect(found.text == literal && found.range == expected, "\(lines) \(literal.debugDescription)")
            }
            #expect(fromCString.cursor == fromString.cursor)
        }
        var empty = InlineLocator(source: SourceText(string: "一二", path: "t.md"), range: SourceRange(at: SourceLocation(line: 1, column: 1)))
        #expect(empty.locate(cString: nil).text == "")
    }

    @Test func keywordPrefixesAndSuffixesAreStringsOwn() {
        var generator = SplitMix64(seed: 47)
        let words = ["地址", "邮编", "问题", "方面", "a", "é", "e\u{301}", "\u{F9B2}", "零", "😀", ""]
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let keywords = KeywordText(text)
            for word in words {
                #expect(keywords.hasPrefix(word) == text.hasPrefix(word), "\(text.debugDescription) \(word)")
                #expect(keywords.hasSuffix(word) == text.hasSuffix(word), "\(text.debugDescription) \(word)")
                if keywords.standsAlone, word.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone) {
                    #expect(keywords.hasSuffix(bytes: Array(word.utf8)) == text.hasSuffix(word))
                }
            }
        }
    }

    @Test func scalarsAreCountedAndFoundOnBytesAsTheScalarViewDoes() {
        var generator = SplitMix64(seed: 53)
        for _ in 0..<2000 {
            let text = Self.randomText(&generator, maxPieces: 30)
            let scalars = text.unicodeScalars
            #expect(text.utf8ScalarCount == scalars.count)
            for offset in 0...scalars.count {
                #expect(RichText.index(ofScalar: offset, in: text) == scalars.index(scalars.startIndex, offsetBy: offset))
            }
        }
    }

    @Test func bytesAreFoundWhereANaiveSearchFindsThem() {
        var generator = SplitMix64(seed: 59)
        for _ in 0..<3000 {
            let haystack = (0..<Int(generator.next() % 40)).map { _ in UInt8(truncatingIfNeeded: generator.next() % 4) }
            let needle = (0..<Int(1 + generator.next() % 4)).map { _ in UInt8(truncatingIfNeeded: generator.next() % 4) }
            let from = Int(generator.next() % 8)
            var expected: Int? = nil
            if needle.count <= haystack.count {
                for start in stride(from: from, through: haystack.count - needle.count, by: 1)
                where Array(haystack[start..<(start + needle.count)]) == needle {
                    expected = start
                    break
                }
            }
            let found = haystack.withUnsafeBufferPointer { haystack in
                needle.withUnsafeBufferPointer { needle in UTF8Bytes.firstOffset(of: needle, in: haystack, from: from) }
            }
            #expect(found == expected, "\(needle) in \(haystack) from \(from)")
        }
    }

    /// `classify` as it was before the keywords were compiled to bytes: Foundation's answers.
    static func referenceClassify(_ heading: String, groups: [RoleClassifier.KeywordGroup]) -> (SectionRole, String)? {
        let text = KeywordText(heading)
        var scalars = Substring(heading).unicodeScalars
        while let last = scalars.last, "。，,；;：: 　".unicodeScalars.contains(last) { scalars.removeLast() }
        let trimmed = String(scalars)
        for group in groups {
            if let ending = group.endings.first(where: trimmed.hasSuffix) { return (group.role, ending) }
            let keyword = group.keywords.first { keyword in
                keyword.contains("*") ? text.containsInOrder(keyword.split(separator: "*")) : text.contains(keyword)
            }
            if let keyword { return (group.role, keyword) }
        }
        return nil
    }

    @Test func rolesAreClassifiedAsByFoundation() {
        var generator = SplitMix64(seed: 61)
        let classifier = RoleClassifier()
        let words = ["关于", "问题", "方面", "的", "下一步", "长期", "主体责任", "整改情况", "责任", "领导", "e\u{301}", "\u{F9B2}", "。", "，"]
        for _ in 0..<3000 {
            var heading = ""
            for _ in 0..<Int(generator.next() % 6) { heading += words[Int(generator.next() % UInt64(words.count))] }
            let found = classifier.classify(heading)
            let expected = Self.referenceClassify(heading, groups: classifier.groups)
            #expect(found?.role == expected?.0 && found?.keyword == expected?.1, "\(heading.debugDescription)")
        }
    }

    @Test func aNumberedFieldIsTheOneWhoseRestStartsWithALabel() {
        var generator = SplitMix64(seed: 67)
        let starts = ["1.", "（二）", "3、", "一、", "①", ""]
        let labels = ["联系电话：", "邮寄地址", "地址", "E-mail", "邮编", "来信", "问题"]
        let tails = ["", "\u{301}", "é", "123", "长春市", "\u{F9B2}"]
        for _ in 0..<2000 {
            let text = starts[Int(generator.next() % UInt64(starts.count))] + labels[Int(generator.next() % UInt64(labels.count))]
                + tails[Int(generator.next() % UInt64(tails.count))]
            var expected = false
            if let ordinal = OrdinalParser.parse(text) {
                let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(ordinal.length)))
                expected = ClosingInterpreter.fieldLabels.contains(where: rest.hasPrefix)
            }
            #expect(ClosingInterpreter.isNumberedField(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func anItemsLeadTextIsItsHeadsLead() {
        var generator = SplitMix64(seed: 71)
        let starts = ["一、", "（一）", "1.", "二、", ""]
        for _ in 0..<2000 {
            let text = starts[Int(generator.next() % UInt64(starts.count))] + Self.randomText(&generator)
            let rich = Self.randomRichText(text, &generator)
            let range = SourceRange(at: SourceLocation(line: 1, column: 1))
            for unit in [Unit.paragraph(rich, range), Unit.heading(2, rich, range)] {
                #expect(unit.itemLeadPlain == unit.itemHead?.lead.plain, "\(text.debugDescription)")
            }
            // The head's lead and body as slices of the whole are the ones cutting the ordinal
            // off and then the rest gives.
            let unit = Unit.paragraph(rich, range)
            guard let head = unit.itemHead else { continue }
            let rest = rich.dropping(unit.ordinal?.length ?? 0)
            if let stop = rest.firstOffset(of: "。") {
                let (lead, body) = rest.split(at: stop + 1)
                #expect(head.lead == lead, "\(text.debugDescription)")
                #expect(head.body == (body.isEmpty ? nil : MeasureSplitter.paragraph(body, range: body.range ?? range)))
            } else {
                #expect(head.lead == rest, "\(text.debugDescription)")
            }
        }
    }
}
