import Testing
@testable import PublishCore
@testable import PublishReading

/// Measures, item heads and their cuts are found on a paragraph's UTF-8 (`withJoinedUTF8`,
/// `slice(_:bytes:layout:)`), ordinals and keywords without building strings; these tests hold
/// each to the scalar-array code it replaced (`Reference`, kept here as it was), on generated rich
/// texts that mix what decides (numerals, 是, the marks, 。；) with CJK, combining marks, a
/// compatibility ideograph, four-byte scalars, an emoji with joiners, full- and half-width
/// punctuation, CRLF and empty runs of text.
@Suite struct ByteInterpretationTests {
    static let pieces: [String] = [
        "一", "二", "三", "十", "五", "零", "两", "是", "一是", "二是", "三是", "。", "，", ",", "；", ";", "：", ":", "！", "？",
        "?", "!", "、", " ", "\u{3000}", "\t", "a", "1", "１", "2.", "（一）", "(二)", "①", "⑴", "㈠", "é", "e\u{301}",
        "\u{F9B2}", "𠀀", "😀", "👨‍👩‍👧", "\r\n", "整改", "问题", "联系电话", "地址", "落实",
    ]

    static func randomText(_ generator: inout SplitMix64, maxPieces: UInt64 = 24) -> String {
        var text = ""
        for _ in 0..<Int(generator.next() % maxPieces) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
        return text
    }

    static func randomRichText(_ generator: inout SplitMix64) -> RichText {
        ReadingShortcutTests.randomRichText(randomText(&generator), &generator)
    }

    static let tricky: [String] = [
        "", "一是", "一是。", "一是加强学习。二是完善制度；三是", "前言。一是甲，二是乙。四是丁", "一是甲，三是乙", "，一是甲，二是乙",
        "一二三四五六是", "。一二三四五是", "十一是", "。十是甲。十一是乙", "\u{F9B2}是", "。\u{F9B2}一是", "一是 \u{3000}甲",
        "（一）加强领导。一是甲。二是乙", "1.完善制度。", "一、总体情况", "（一）无句号", "😀。一是👨‍👩‍👧；二是e\u{301}",
        "一是甲\r\n二是乙", "。。一是", "；一是；二是；", "!一是?二是", "一是是是", "是", "。是",
    ]

    /// Rich texts to compare on: the tricky ones cut into runs, and generated ones.
    static func texts() -> [RichText] {
        var generator = SplitMix64(seed: 20_261_207)
        var texts = tricky.map { ReadingShortcutTests.randomRichText($0, &generator) }
        for _ in 0..<3000 { texts.append(randomRichText(&generator)) }
        return texts
    }

    // MARK: - Measures

    @Test func measuresAreSplitAsFromTheScalars() {
        var withMeasures = 0
        for text in Self.texts() {
            let range = text.range ?? SourceRange(at: SourceLocation(line: 1, column: 1))
            let found = MeasureSplitter.paragraph(text, range: range)
            #expect(found == Reference.paragraph(text, range: range), "\(text.plain.debugDescription)")
            if !found.measures.isEmpty { withMeasures += 1 }
        }
        // The texts do reach the measures.
        #expect(withMeasures > 300)
    }

    @Test func leadsEndOnBytesWhereTheyEndOnScalars() {
        var generator = SplitMix64(seed: 61)
        for _ in 0..<2000 {
            let text = Self.randomText(&generator)
            let scalars = Array(text.unicodeScalars)
            var utf8 = text
            let from = Int(generator.next() % UInt64(scalars.count + 1))
            let to = from + Int(generator.next() % UInt64(scalars.count - from + 1))
            let expected = MeasureSplitter.leadEnd(scalars, from: from, to: to)
            let byteOffset = { (scalar: Int) in String(String.UnicodeScalarView(scalars[..<scalar])).utf8.count }
            let found = utf8.withUTF8 { MeasureSplitter.leadEnd($0, from: byteOffset(from), to: byteOffset(to)) }
            #expect(found == byteOffset(expected), "\(text.debugDescription) \(from)..<\(to)")
        }
    }

    // MARK: - Item heads

    @Test func itemHeadsAreCutAsFromTheScalars() {
        var heads = 0
        for (index, text) in Self.texts().enumerated() {
            let range = text.range ?? SourceRange(at: SourceLocation(line: 1, column: 1))
            for unit in [Unit.paragraph(text, range), Unit.heading(2 + index % 3, text, range)] {
                #expect(unit.itemHead == Reference.itemHead(unit), "\(text.plain.debugDescription)")
                #expect(unit.itemLeadPlain == Reference.itemHead(unit)?.lead.plain, "\(text.plain.debugDescription)")
                #expect(unit.ordinal == Reference.ordinal(text), "\(text.plain.debugDescription)")
                if unit.ordinal != nil { heads += 1 }
            }
        }
        #expect(heads > 200)
    }

    // MARK: - Cutting on bytes

    @Test func aSliceCutAtBytesIsTheSliceCutAtScalars() {
        var generator = SplitMix64(seed: 67)
        for text in Self.texts() {
            let scalars = Array(text.plain.unicodeScalars)
            let layout = RunLayout(text)
            #expect(layout.scalarCount == scalars.count)
            #expect(RunLayout(text, scalarCount: scalars.count).offsets.counts == layout.offsets.counts)
            text.withJoinedUTF8 { bytes in #expect(Array(bytes) == Array(text.plain.utf8)) }
            for _ in 0..<4 {
                let lower = Int(generator.next() % UInt64(scalars.count + 1))
                let upper = lower + Int(generator.next() % UInt64(scalars.count - lower + 1))
                let byteOffset = { (scalar: Int) in String(String.UnicodeScalarView(scalars[..<scalar])).utf8.count }
                let bytes = byteOffset(lower)..<byteOffset(upper)
                #expect(
                    text.slice(lower..<upper, bytes: bytes, layout: layout) == text.slice(lower..<upper, offsets: layout.offsets),
                    "\(text.plain.debugDescription) \(lower)..<\(upper)")
            }
        }
    }

    // MARK: - Ordinals and keywords

    @Test func numeralsAreStandardAsChineseNumeralSays() {
        let alphabet: [Unicode.Scalar] = ["〇", "零", "一", "二", "两", "三", "五", "九", "十", "百"]
        var words: [[Unicode.Scalar]] = alphabet.map { [$0] }
        for first in alphabet { for second in alphabet { words.append([first, second]) } }
        for first in alphabet { for second in alphabet { for third in alphabet { words.append([first, second, third]) } } }
        words += [["九", "百", "九", "十", "九"], ["一", "百", "零", "五"], ["三", "百"], ["二", "十", "五"]]
        for word in words {
            let text = String(String.UnicodeScalarView(word))
            let read = OrdinalParser.numeral(word[...])
            #expect(read?.value == ChineseNumeral.value(of: text), "\(text)")
            if let read { #expect(read.isStandard == ChineseNumeral.isStandard(text), "\(text)") }
        }
    }

    @Test func anOrdinalStartsOnlyWhereItMayStart() {
        var generator = SplitMix64(seed: 71)
        for _ in 0..<4000 {
            let scalars = Array(Self.randomText(&generator).unicodeScalars.prefix(16))
            guard let first = scalars.first else { continue }
            if OrdinalParser.parse(scalars) != nil { #expect(OrdinalParser.mayStartOrdinal(first), "\(scalars)") }
        }
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), !OrdinalParser.mayStartOrdinal(scalar) else { continue }
            #expect(OrdinalParser.parse([scalar, "、", ")", "）", "是", " "]) == nil, "\(value)")
        }
    }

    @Test func keywordsAreFoundOnBytesAsInTheText() {
        var generator = SplitMix64(seed: 73)
        let words = ["地址", "联系电话", "问题", "一是", "mail", "。", "a", ""]
        let bytes = KeywordText.bytes(of: words)!
        #expect(KeywordText.bytes(of: ["e\u{301}"]) == nil)
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let keywords = KeywordText(text)
            #expect(keywords.standsAlone == text.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone), "\(text.debugDescription)")
            guard keywords.standsAlone else { continue }
            for (word, wordBytes) in zip(words, bytes) {
                #expect(keywords.contains(bytes: wordBytes) == keywords.contains(word), "\(text.debugDescription) \(word)")
                #expect(keywords.hasPrefix(bytes: wordBytes) == text.hasPrefix(word), "\(text.debugDescription) \(word)")
            }
        }
    }

    @Test func scalarsStandAloneOnBytesAsOneByOne() {
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = String(scalar)
            let standsAlone = text.withUTF8(PatternSubject.standsAlone)
            #expect(standsAlone == PatternSubject.scalarStandsAlone(scalar), "\(value)")
        }
    }

    // MARK: - The code these shortcuts replaced

    enum Reference {
        static func paragraph(_ text: RichText, range: SourceRange) -> Paragraph {
            guard MeasureSplitter.mayHoldMeasure(text) else {
                return Paragraph(segments: text.isEmpty ? [] : [.text(text)], range: range)
            }
            let scalars = text.scalarArray
            let starts = measureStarts(scalars)
            guard !starts.isEmpty else {
                return Paragraph(segments: text.isEmpty ? [] : [.text(text)], range: range)
            }
            let offsets = RunOffsets(text)
            var segments: [Paragraph.Segment] = []
            if starts[0].offset > 0 { segments.append(.text(text.slice(0..<starts[0].offset, offsets: offsets))) }
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1].offset : scalars.count
                let ordinalEnd = start.offset + start.match.length
                let ordinal = Ordinal(
                    level: .measure, value: start.match.value,
                    text: String(scalars: scalars[start.offset..<ordinalEnd]),
                    deviations: start.match.deviations,
                    range: text.range(of: start.offset..<ordinalEnd, offsets: offsets) ?? range)
                let leadEnd = MeasureSplitter.leadEnd(scalars, from: ordinalEnd, to: end)
                let measure = Measure(
                    ordinal: ordinal, lead: text.slice(ordinalEnd..<leadEnd, offsets: offsets),
                    body: text.slice(leadEnd..<end, offsets: offsets),
                    range: text.range(of: start.offset..<end, offsets: offsets) ?? range)
                segments.append(.measure(measure))
            }
            return Paragraph(segments: segments, range: range)
        }

        static func measureStarts(_ scalars: [Unicode.Scalar]) -> [(offset: Int, match: OrdinalParser.Match)] {
            var starts: [(offset: Int, match: OrdinalParser.Match)] = []
            if MeasureSplitter.mayStartMeasure(scalars, at: 0), let first = OrdinalParser.parse(Array(scalars.prefix(16))),
                first.level == .measure
            {
                starts.append((0, first))
            }
            var index = 1
            while index < scalars.count {
                let previous = scalars[index - 1]
                if MeasureSplitter.isSentenceEnd(previous) || MeasureSplitter.isComma(previous),
                    MeasureSplitter.mayStartMeasure(scalars, at: index),
                    let match = OrdinalParser.parse(Array(scalars[index..<min(index + 16, scalars.count)])),
                    match.level == .measure
                {
                    let expected = (starts.last?.match.value ?? 0) + 1
                    let afterComma = MeasureSplitter.isComma(previous)
                    let accepted = afterComma
                        ? match.value == expected && (!starts.isEmpty || continues(scalars, after: index, value: match.value))
                        : match.value == expected || (!starts.isEmpty && match.value > 1)
                    if accepted {
                        starts.append((index, match))
                        index += match.length
                        continue
                    }
                }
                index += 1
            }
            return starts
        }

        static func continues(_ scalars: [Unicode.Scalar], after index: Int, value: Int) -> Bool {
            let next = Array((ChineseNumeral.text(value + 1) + "是").unicodeScalars)
            return ScalarSearch.firstRange(of: next, in: scalars, from: index + 1) != nil
        }

        static func ordinal(_ text: RichText) -> OrdinalParser.Match? {
            guard let match = OrdinalParser.parse(Array(text.plain.unicodeScalars.prefix(16))), match.level != .measure
            else { return nil }
            return match
        }

        static func itemHead(_ unit: Unit) -> ItemHead? {
            guard unit.itemLevel != nil else { return nil }
            let text = unit.text
            let range = unit.range
            var ordinal: Ordinal? = nil
            var rest = text
            let offsets = RunOffsets(text)
            let length = unit.ordinal?.length ?? 0
            if let match = unit.ordinal {
                let written = String(text.plain.unicodeScalars.prefix(match.length))
                ordinal = Ordinal(
                    level: match.level, value: match.value, text: written, deviations: match.deviations,
                    range: text.range(of: 0..<match.length, offsets: offsets) ?? range)
            }
            let count = offsets.counts.reduce(0, +)
            if length > 0 { rest = text.slice(length..<max(count, length), offsets: offsets) }
            if unit.headingDepth != nil {
                return ItemHead(ordinal: ordinal, form: .heading, lead: rest, body: nil, range: range)
            }
            guard let found = text.plain.unicodeScalars.firstIndex(of: "。").map({ text.plain.unicodeScalars.distance(from: text.plain.unicodeScalars.startIndex, to: $0) }),
                found >= length
            else {
                return ItemHead(ordinal: ordinal, form: .line, lead: rest, body: nil, range: range)
            }
            let lead = text.slice(length..<(found + 1), offsets: offsets)
            let bodyText = text.slice((found + 1)..<max(count, found + 1), offsets: offsets)
            let body = bodyText.isEmpty ? nil : paragraph(bodyText, range: bodyText.range ?? range)
            return ItemHead(ordinal: ordinal, form: .runIn, lead: lead, body: body, range: range)
        }
    }
}
