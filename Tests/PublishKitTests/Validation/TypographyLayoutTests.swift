import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// The typography texts laid out in one buffer (`TypographyLayout`), read at their marks, against
/// the same texts decoded scalar by scalar (`TypographyText`, the general form): the same scalars,
/// prose, marks and locations, and the same findings of the rules that read them.
@Suite struct TypographyLayoutTests {
    static func run(_ text: String, _ line: Int, _ column: Int, kind: TextRun.Kind = .text, link: String? = nil) -> TextRun {
        TextRun(
            kind: kind, text: text, link: link,
            range: SourceRange(
                start: PublishCore.SourceLocation(line: line, column: column),
                end: PublishCore.SourceLocation(line: line, column: column + text.unicodeScalars.count)))
    }

    /// Texts with marks of every kind beside CJK, combining marks, emoji with joiners, two- and
    /// four-byte characters, full-width spaces, CRLF, addresses, code and links; each laid out as
    /// one run and as two runs cut in the middle.
    static let inputs: [String] = [
        "", "根据省委统一部署,2023年9月12日至11月20日", "时间8:30,比例1:500,金额1,000元", "规划(2023-2025)》印发",
        "(一)提高认识,强化担当", "Hello, world! 是这样", "践行\"立行立改\"的要求", "“两个维护", "两个维护”的", "‘单’与'单'",
        "don't 和 '中文' 与 'x'", "「角」与“弯”", "『角』", "全面部署。。坚决认账，，领账！！", "e\u{301}, 中文", "👩‍👩‍👧,家庭",
        "𠀀,𠀁(𠀂)", "café; 中文", "\u{3000},\u{3000}中文 ,", "\u{A0}:中文", "行一\r\n行二,中文", "邮箱:ab@163.com,电话",
        "见www.example.cn,网站", "访问https://example.cn/a?b=1,谢谢", "(未闭合,中文", "中文)", "a(b)c", "中(文)字", "?!;:",
        "\"", "'", "中文\"", "“”“", "。。。", "wwwx:/@",
    ]

    /// `text` cut into pieces of runs: whole, and in two at its middle scalar.
    static func pieces(_ text: String) -> [[RichText]] {
        let scalars = Array(text.unicodeScalars)
        let whole = [RichText(runs: [run(text, 1, 1)])]
        guard scalars.count > 1 else { return [whole] }
        let middle = scalars.count / 2
        let first = String(String.UnicodeScalarView(scalars[..<middle]))
        let second = String(String.UnicodeScalarView(scalars[middle...]))
        return [
            whole,
            // Touching runs of one style (merged), of two styles, and two pieces with a code run.
            [RichText(runs: [run(first, 1, 1)]), RichText(runs: [run(second, 1, 1 + middle)])],
            [RichText(runs: [run(first, 1, 1), run(second, 1, 1 + middle, link: "https://example.cn")])],
            [RichText(runs: [run(first, 2, 3)]), RichText(runs: [run(second, 2, 3 + middle, kind: .code)])],
        ]
    }

    @Test(arguments: inputs.indices)
    func piecesAreLaidOutAsTheJoinedText(_ index: Int) {
        for pieces in Self.pieces(Self.inputs[index]) {
            var joiner = RichTextJoiner()
            pieces.forEach { joiner.append($0) }
            let joined = joiner.richText
            // An ordinal over the first two scalars, so that marks in it are told apart.
            let ordinals = joined.runs.first.map { [SourceRange(start: $0.range.start, end: PublishCore.SourceLocation(line: $0.range.start.line, column: $0.range.start.column + 2))] } ?? []
            var builder = TypographyLayoutBuilder(ordinals: ordinals)
            pieces.forEach { builder.append($0) }
            if builder.joinsInPlace { builder.finishText() } else { builder.addText(asItIs: joined) }
            let layout = builder.layout()
            #expect(layout.texts.count == (joined.isEmpty ? 0 : 1), "\(Self.inputs[index].debugDescription)")
            guard let text = layout.texts.first else { continue }
            Self.expectSame(layout, text, TypographyText(joined, ordinals: ordinals), "\(Self.inputs[index].debugDescription)")
        }
    }

    /// A run read as a text of its own (what the formatter asks of a title or an issuer) gets the
    /// offsets the general form gets, at any column.
    @Test(arguments: inputs.indices)
    func aRunOnItsOwnGetsTheOffsetsOfTheGeneralForm(_ index: Int) {
        for column in [1, 7] {
            let run = Self.run(Self.inputs[index], 3, column)
            let expected = HalfWidthPunctuationRule.offending(in: TypographyText(RichText(runs: [run])))
            #expect(HalfWidthPunctuationRule.offending(in: run) == expected, "\(Self.inputs[index].debugDescription)")
        }
    }

    @Test func noticesGetTheTextsAndFindingsOfTheGeneralForm() throws {
        let files = TypographyTextLayoutTests.fixtureFiles
        #expect(files.count > 100)
        var marks = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let loaded = Fixtures.load(String(decoding: data, as: UTF8.self), path: file)
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            let reference = TypographyText.texts(context)
            let layout = TypographyRules.layout(context)
            #expect(layout.texts.count == reference.count, "\(file)")
            for (text, expected) in zip(layout.texts, reference) { Self.expectSame(layout, text, expected, file) }
            marks += layout.marks.count
        }
        #expect(marks > 1000)
    }

    /// `text` of `layout` reads as `expected` does, and the rules find the same in both.
    static func expectSame(_ layout: TypographyLayout, _ text: TypographyLayout.Text, _ expected: TypographyText, _ label: String) {
        #expect(layout.scalars(of: text) == expected.scalars, "\(label)")
        #expect(layout.prose(of: text) == expected.prose, "\(label)")
        #expect(text.count == expected.count, "\(label)")
        #expect(text.found == expected.marks, "\(label)")
        let offsets = 0...(expected.count + 1)
        #expect(offsets.map { layout.location(in: text, at: $0) } == offsets.map { expected.location(at: $0) }, "\(label)")
        #expect((0..<expected.count).map { layout.isInOrdinal(in: text, at: $0) } == (0..<expected.count).map { expected.isInOrdinal($0) }, "\(label)")
        #expect(layout.range(in: text, 0..<expected.count) == expected.range(0..<expected.count), "\(label)")
        #expect(layout.range(in: text, 0..<0) == expected.range(0..<0), "\(label)")
        // Every mark, where it stands and what it is.
        let markScalars: Set<Unicode.Scalar> = [",", ";", ":", "?", "!", "(", ")", "\"", "'", "「", "」", "『", "』", "“", "”"]
        let expectedMarks = expected.scalars.indices.filter { markScalars.contains(expected.scalars[$0]) }
        #expect(layout.marks[text.marks].map(\.offset) == expectedMarks, "\(label)")
        let piece = TypographyLayout.Piece(layout, text)
        for position in text.marks {
            let mark = layout.marks[position]
            #expect(mark.scalar == expected.scalars[mark.offset], "\(label)")
            #expect(mark.isProse == expected.prose[mark.offset], "\(label)")
            #expect(layout.range(of: mark) == expected.range(at: mark.offset), "\(label)")
            #expect(piece.isInOrdinal(position) == expected.isInOrdinal(mark.offset), "\(label)")
            #expect(piece.previous(position) == expected.previous(mark.offset), "\(label)")
            #expect(piece.next(position) == expected.next(mark.offset), "\(label)")
            #expect(piece.scalar(before: position) == expected.scalar(before: mark.offset), "\(label)")
            #expect(piece.scalar(after: position) == expected.scalar(after: mark.offset), "\(label)")
        }
        for (start, end) in zip(text.marks, text.marks.dropFirst()) {
            let (first, last) = (layout.marks[start].offset, layout.marks[end].offset)
            #expect(piece.hasHan(between: start, and: end) == expected.hasHan(between: first, and: last), "\(label)")
        }
        // The rules over both forms.
        var found: [Int] = []
        if text.found.contains(.halfWidth) { HalfWidthPunctuationRule.offending(in: piece, into: &found) }
        #expect(found.map { layout.marks[$0].offset } == HalfWidthPunctuationRule.offending(in: expected), "\(label)")
        for usesCurly in [false, true] {
            var findings: [Finding] = []
            MixedQuotesRule.problems(in: piece, usesCurly: usesCurly, into: &findings)
            #expect(findings == MixedQuotesRule.problems(in: expected, usesCurly: usesCurly), "\(label)")
        }
    }
}
