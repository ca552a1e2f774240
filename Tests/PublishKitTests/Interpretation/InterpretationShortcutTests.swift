import Testing
@testable import PublishCore
@testable import PublishReading

/// The sixth round's shortcuts in reading, each held to the code it stands in for: an ordinal
/// parsed off its first eight scalars (all sixteen only when whitespace may run past them) and
/// off a buffer rather than an array, a heading split at its joiners on the scalars, the first and
/// last scalar of a line read off its bytes, and a text of one run whose `plain` is that run's
/// string. The texts are the tricky ones of `ByteInterpretationTests` (CJK, combining marks,
/// emoji with joiners, half- and full-width punctuation, CRLF, empty text and runs) and ordinals
/// with long runs of whitespace after them.
@Suite struct InterpretationShortcutTests {
    /// Ordinals of every form, followed by whitespace of every length up to past sixteen scalars.
    static let ordinalTexts: [String] = {
        let ordinals = [
            "一、", "一.", "一．", "十一、", "一是", "十二是", "（一）", "(一)", "（一）、", "（十一）、", "（1）", "（１）", "㈠", "⑴", "⒈",
            "①", "①、", "1.", "1．", "1、", "１.", "12.", "123.", "一百二十三是", "\u{F9B2}是", "（\u{F9B2}）",
        ]
        let spaces = [" ", "\u{3000}", "\t", "\u{A0}"]
        let ends = ["", "甲", "e\u{301}", "😀", "👨‍👩‍👧", "，", ",", "\r\n", "。"]
        var texts: [String] = []
        for ordinal in ordinals {
            for count in [0, 1, 2, 4, 5, 6, 7, 8, 9, 12, 14, 15, 16, 20] {
                for (index, end) in ends.enumerated() {
                    let space = spaces[(count + index) % spaces.count]
                    texts.append(ordinal + String(repeating: space, count: count) + end)
                }
            }
        }
        return texts + ByteInterpretationTests.tricky + ByteInterpretationTests.pieces
    }()

    /// The texts cut into runs at random, with the generated texts of `InterpretationCountingTests`.
    static func richTexts() -> [RichText] {
        var generator = SplitMix64(seed: 6)
        return ordinalTexts.map { ReadingShortcutTests.randomRichText($0, &generator) } + InterpretationCountingTests.texts()
    }

    @Test func anOrdinalFromItsFirstScalarsIsTheOrdinalOfSixteen() {
        var long = 0
        var found = 0
        for text in Self.richTexts() {
            let expected = OrdinalParser.parse(Unit.leadingScalars(of: text))
            #expect(Unit.leadingOrdinal(of: text) == expected, "\(text.plain.debugDescription)")
            if let expected {
                found += 1
                if expected.length >= OrdinalParser.decisiveLength { long += 1 }
            }
        }
        // The texts do reach ordinals whose whitespace runs past the first scalars.
        #expect(found > 500)
        #expect(long > 50)
    }

    @Test func anOrdinalFromABufferIsTheOrdinalFromAnArray() {
        for text in Self.ordinalTexts {
            let scalars = Array(text.unicodeScalars)
            for count in 0...min(scalars.count, 16) {
                let prefix = Array(scalars[..<count])
                let fromBuffer = prefix.withUnsafeBufferPointer { OrdinalParser.parse($0) }
                #expect(fromBuffer == OrdinalParser.parse(prefix), "\(text.debugDescription) \(count)")
            }
        }
    }

    @Test func measuresAfterLongWhitespaceAreSplitAsFromTheScalars() {
        var withMeasures = 0
        var generator = SplitMix64(seed: 66)
        let measures = ["一是", "二是", "三是", "十一是", "\u{F9B2}是"]
        for text in Self.ordinalTexts {
            for before in ["", "前言。", "甲，", "😀。", "e\u{301}；"] {
                let measure = measures[Int(generator.next() % UInt64(measures.count))]
                let plain = before + text + "乙。" + measure + String(repeating: "\u{3000}", count: Int(generator.next() % 18)) + "丙。"
                let rich = ReadingShortcutTests.randomRichText(plain, &generator)
                let range = rich.range ?? SourceRange(at: SourceLocation(line: 1, column: 1))
                let found = MeasureSplitter.paragraph(rich, range: range)
                #expect(found == ByteInterpretationTests.Reference.paragraph(rich, range: range), "\(plain.debugDescription)")
                if !found.measures.isEmpty { withMeasures += 1 }
            }
        }
        #expect(withMeasures > 200)
    }

    @Test func aHeadingSplitOnItsScalarsIsSplitAsOnItsCharacters() {
        let headings = [
            "", "及", "及及", "需长期整改的事项及下一步工作打算", "整改工作开展情况和下一步工作打算", "问题与整改", "甲及乙及丙", "及甲", "甲及",
            "甲暨乙并丙", "及\u{301}下一步工作打算", "整改情况及\u{FE0F}下一步", "e\u{301}及ab", "😀及👨‍👩‍👧", "甲\r\n及乙", "a及b及cd",
            "（一）关于问题及整改。", "全角，及半角,", "\u{F9B2}及\u{F9B2}\u{F9B2}",
        ] + ByteInterpretationTests.tricky + ByteInterpretationTests.pieces
        for heading in headings {
            #expect(RoleClassifier.joinedPieces(heading) == RoleClassifier.joinedPiecesByCharacter(heading), "\(heading.debugDescription)")
        }
        #expect(RoleClassifier.joinedPieces("需长期整改的事项及下一步工作打算") == ["需长期整改的事项", "下一步工作打算"])
    }

    @Test func aLinesEndScalarsAreReadOffItsBytes() {
        let lines = Self.ordinalTexts + ["", "a", "é", "e\u{301}", "😀", "👨‍👩‍👧", "\r\n", "甲\r", "，", "全角，"]
        for line in lines {
            #expect(RichTextBuilder.firstScalar(of: line) == line.unicodeScalars.first, "\(line.debugDescription)")
            #expect(RichTextBuilder.lastScalar(of: line) == line.unicodeScalars.last, "\(line.debugDescription)")
        }
    }

    /// A pattern whose start is not a literal starts no match before a scalar its parts before
    /// the anchor cannot take (`ScalarPattern.Anchor.before`): the team patterns, whose prefix is
    /// Han, after other scalars at every distance from their `第` or `巡`.
    @Test func aMatchStartsAfterTheLastScalarItsAnchorsPrefixCannotTake() {
        let teams = [
            "市委第一巡视组", "中共吉林省委员会第三轮巡视组", "某某局党组第一巡察组", "某某党委第二轮巡察组", "省委巡视组", "某某市委巡视组", "中央巡视组",
            "第一巡视组", "委巡视组", "巡视组", "中共第一巡视组", "市委第十一巡察组",
        ]
        let befores = ["", "，", "2024年", "a", "《", "·", "e\u{301}", "😀", "\r\n", "、", "。", "某某某某某某某某某某某某某某某某某某", "根据，"]
        let afters = ["", "对某区开展了常规巡视。", "第一巡视组", "，省委巡视组"]
        var matched = 0
        for team in teams {
            for before in befores {
                for after in afters {
                    let text = before + team + after
                    let names = ScalarPatternTests.expectSameMatches(text)
                    if names.contains("numberedTeam") || names.contains("team") { matched += 1 }
                }
            }
        }
        #expect(matched > 300)
        let anchor = OpeningInterpreter.numberedTeam.scalars.anchor
        #expect(anchor?.scalars == ["第"])
        #expect(anchor?.before.contains("市") == true)
        #expect(anchor?.before.contains("，") == false)
    }

    /// `postcodeStart` (`[（(]?\s*(?:邮编|邮政编码)`) has no bound before its anchor `邮`: where a
    /// match may start is found from the scalars before the anchor alone.
    @Test func anUnboundedPrefixStillStartsAfterItsLastOtherScalar() {
        let anchor = ClosingInterpreter.postcodeStart.scalars.anchor
        #expect(Set(anchor?.scalars ?? []) == ["邮"])
        #expect(anchor?.maxBefore == .max)
        for text in [
            "邮编", "（邮编", "(  邮编", "（\u{3000}\t邮政编码：1", "路1号 （ 邮编130102）", "邮（邮编", "a邮编", "（（邮编", "（a邮编", "\r\n邮编",
            "e\u{301}（ 邮编", "😀 邮政编码", "邮寄地址：某路1号，邮编：130102", "地址", "",
        ] {
            ScalarPatternTests.expectSameMatches(text)
        }
    }

    /// `PhoneNumber.isSeparator` is `PhoneNumber.separators.contains`, on every scalar of the
    /// planes notices are written in.
    @Test func aSeparatorIsOneOfTheSeparators() {
        var separators = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = PhoneNumber.separators.contains(scalar)
            if PhoneNumber.isSeparator(scalar) != expected { Issue.record("U+\(String(value, radix: 16))") }
            if expected { separators += 1 }
        }
        #expect(separators == PhoneNumber.separators.count)
    }

    /// A choice of literals runs as one instruction (`literalChoice`): its alternatives tried in
    /// order, the next one that matches taken when what follows fails, as the regular expression
    /// does; on the interpreters' patterns whose choices are literals, and on small ones where
    /// alternatives hold one another.
    @Test func aChoiceOfLiteralsBacktracksAsTheRegularExpressionDoes() {
        for text in [
            "现将整改情况公布如下。", "现将公布通报如下：", "现将情况予以公布予以公开。", "现将公开", "现将。公布", "根据安排部署要求",
            "根据省委统一部署统一部署", "开展了了巡视", "进行专项巡察“回头看”", "实施了联动巡视回头看", "市委第一轮巡察组巡视组",
        ] {
            ScalarPatternTests.expectSameMatches(text)
        }
        let patterns: [(String, ScalarPattern)] = [
            (#"(?:a|ab|abc)c"#, .sequence([.either("a", "ab", "abc"), .text("c")])),
            (#"(?:abc|ab|a)c"#, .sequence([.either("abc", "ab", "a"), .text("c")])),
            (#"(a|ab)(c|bcd)(d*)"#, .sequence([
                .capture(1, .either("a", "ab")), .capture(2, .either("c", "bcd")), .capture(3, .zeroOrMore(.any(of: "d"))),
            ])),
            (#"(?:甲|甲乙)(?:乙丙|丙)[乙丙]*?"#, .sequence([
                .either("甲", "甲乙"), .either("乙丙", "丙"), .zeroOrMore(.any(of: "乙丙"), lazy: true),
            ])),
        ]
        for (regex, scalars) in patterns {
            let pattern = TextPattern(regex, scalars)
            for text in ["abc", "abcd", "abcdd", "ac", "abbcd", "aabcc", "c", "", "xabcabc", "甲乙丙", "甲丙", "甲乙乙丙", "乙丙"] {
                let subject = PatternSubject(text)
                #expect(
                    ScalarPatternTests.describe(subject.first(pattern))
                        == ScalarPatternTests.describe(TextMatch.first(pattern.regex, in: text)), "\(regex) in \(text)")
                #expect(
                    subject.all(pattern).map(ScalarPatternTests.describe)
                        == TextMatch.all(pattern.regex, in: text).map(ScalarPatternTests.describe), "\(regex) all in \(text)")
            }
        }
    }

    /// `UTF8Bytes.firstOffset` looks for the needle's last byte: the first occurrence, found as
    /// the plain search finds it, from every place on.
    @Test func aByteSearchFindsTheFirstOccurrence() {
        func plainSearch(_ needle: [UInt8], _ haystack: [UInt8], from: Int) -> Int? {
            guard !needle.isEmpty, from >= 0, needle.count <= haystack.count - from else { return nil }
            for start in from...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
                return start
            }
            return nil
        }
        let haystacks = Self.ordinalTexts.prefix(200) + ByteInterpretationTests.tricky + [
            "联系电话：0431-80798040。电话电话", "。。。", "aaa", "aXaXXa", "欢迎监督。欢迎", "😀😀👨‍👩‍👧", "e\u{301}e\u{301}", "\r\n\r\n",
        ]
        let needles = ["。", "电话", "a", "aa", "Xa", "欢迎", "监督。", "😀", "\u{301}", "\r\n", "一是", "（一）", "話", "是"]
        var found = 0
        for haystack in haystacks {
            let bytes = Array(haystack.utf8)
            for needle in needles {
                let needleBytes = Array(needle.utf8)
                for from in 0...bytes.count {
                    let fast = bytes.withUnsafeBufferPointer { haystack in
                        needleBytes.withUnsafeBufferPointer { UTF8Bytes.firstOffset(of: $0, in: haystack, from: from) }
                    }
                    let expected = plainSearch(needleBytes, bytes, from: from)
                    #expect(fast == expected, "\(needle.debugDescription) in \(haystack.debugDescription) from \(from)")
                    if expected != nil { found += 1 }
                }
            }
        }
        #expect(found > 1000)
    }

    /// `String(scalars:)` made at its counted length is the string of the scalars.
    @Test func aStringOfScalarsIsTheirString() {
        for text in Self.ordinalTexts + ["", "a", "é", "\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "ab😀c", String(repeating: "长", count: 40)] {
            let scalars = Array(text.unicodeScalars)
            for cut in [0, scalars.count / 3, scalars.count] {
                let piece = scalars[cut...]
                #expect(String(scalars: piece) == String(String.UnicodeScalarView(piece)), "\(text.debugDescription)")
                #expect(Array(String(scalars: piece).utf8) == Array(String(String.UnicodeScalarView(piece)).utf8))
            }
        }
    }

    /// A heading's trimmed text is taken as standing alone when the heading does: it does.
    @Test func aTrimmedHeadingStandsAloneWhenTheHeadingDoes() {
        let headings = ["一、关于问题。", "整改情况：", "问题，", "e\u{301}。", "😀；", "甲\r\n。", "", "。", "（一）加强领导　", "a; "]
            + ByteInterpretationTests.tricky + ByteInterpretationTests.pieces
        for heading in headings {
            var trimmed = Substring(heading).unicodeScalars
            while let last = trimmed.last, "。，,；;：: 　".unicodeScalars.contains(last) { trimmed.removeLast() }
            let text = String(trimmed)
            if KeywordText(heading).standsAlone {
                #expect(KeywordText(text).standsAlone, "\(heading.debugDescription)")
                #expect(KeywordText(standingAlone: text).text == KeywordText(text).text)
            }
        }
        // Classified as before: the role and keyword of headings whose trimming matters.
        let roles = RoleClassifier()
        #expect(roles.classify("一、党委履行整改主体责任情况。")?.role == roles.classify("一、党委履行整改主体责任情况")?.role)
    }

    @Test func aTextsPlainIsItsRunsJoined() {
        var single = 0
        for text in Self.richTexts() {
            #expect(text.plain == text.runs.map(\.text).joined(), "\(text.plain.debugDescription)")
            if text.runs.count == 1 { single += 1 }
        }
        #expect(single > 10)
        #expect(RichText().plain == "")
    }
}
