import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// The second round of fast paths in the rules, each held to the general form it stands beside:
/// the layout's byte scan on every ASCII byte (beside CJK and other text), an ordinal appended
/// without making a run, `texts(holding:)` walking the model against the filter of `texts`, and
/// the closing leftovers of a closing with a disclosure period.
@Suite struct RulesFastPathTests {
    static func run(_ text: String, _ line: Int, _ column: Int, emphasis: Bool = false, link: String? = nil) -> TextRun {
        TextRun(
            text: text, emphasis: emphasis, link: link,
            range: SourceRange(
                start: PublishCore.SourceLocation(line: line, column: column),
                end: PublishCore.SourceLocation(line: line, column: column + text.unicodeScalars.count)))
    }

    /// `text` laid out as one run, held to `TypographyText` (scalars, prose, marks, locations and
    /// the rules' findings).
    static func expectLaidOutAsGeneralForm(_ text: String) {
        let rich = RichText(runs: [run(text, 1, 1)])
        var builder = TypographyLayoutBuilder(ordinals: [])
        builder.addText(asItIs: rich)
        let layout = builder.layout()
        #expect(layout.texts.count == (text.isEmpty ? 0 : 1), "\(text.debugDescription)")
        guard let laidOut = layout.texts.first else { return }
        TypographyLayoutTests.expectSame(layout, laidOut, TypographyText(rich), text.debugDescription)
    }

    /// Every ASCII scalar, alone, between Han characters, between digits, after a combining mark,
    /// before an emoji with joiners, and after CRLF: read as the general form reads it.
    @Test(arguments: 0..<128)
    func everyASCIIByteIsReadAsTheGeneralForm(_ value: Int) {
        let scalar = String(Unicode.Scalar(UInt8(value)))
        for text in [
            scalar, "中\(scalar)文", "1\(scalar)2", "e\u{301}\(scalar)中", "\(scalar)👩‍👩‍👧", "行\r\n\(scalar)文",
            "全角，\(scalar)（中）", "ww\(scalar).中", "@\(scalar)中", "\(scalar)\(scalar)。。",
        ] {
            Self.expectLaidOutAsGeneralForm(text)
        }
    }

    /// Ordinals appended on their own path are laid out as the run `TextRun(text:range:)` would be:
    /// beside plain, styled and linked runs, touching them or not, empty, reversed.
    @Test func ordinalsAreLaidOutAsTheirRuns() {
        func ordinal(_ text: String, _ column: Int, end: Int? = nil) -> Ordinal? {
            let range = SourceRange(
                start: PublishCore.SourceLocation(line: 1, column: column),
                end: PublishCore.SourceLocation(line: 1, column: end ?? column + text.unicodeScalars.count))
            return Ordinal(level: .parenthesizedHanzi, value: 1, text: text, range: range)
        }
        func run(_ text: String, _ column: Int, emphasis: Bool = false, link: String? = nil) -> TextRun {
            Self.run(text, 1, column, emphasis: emphasis, link: link)
        }
        let cases: [(Ordinal?, [RichText])] = [
            (ordinal("(一)", 1), [RichText(runs: [run("提高认识,强化", 4)])]),
            (ordinal("(一)", 1), [RichText(runs: [run("提高", 4, emphasis: true), run("认识:", 6)])]),
            (ordinal("1、", 1), [RichText(runs: [run("a,b", 3, link: "https://example.cn")])]),
            (ordinal("一是", 1), [RichText(runs: [run("中文", 9)])]),
            (ordinal("", 1), [RichText(runs: [run("中文,", 1)])]),
            (ordinal("（二）", 5, end: 2), [RichText(runs: [run("中文", 8)])]),
            (nil, [RichText(runs: [run("中文", 1)])]),
            (ordinal("1.", 1), []),
        ]
        for (index, (ordinal, rest)) in cases.enumerated() {
            for ordinalFirst in [true, false] {
                var fast = TypographyLayoutBuilder(ordinals: [])
                var general = TypographyLayoutBuilder(ordinals: [])
                if ordinalFirst {
                    fast.append(ordinal)
                    if let ordinal, !ordinal.text.isEmpty { general.append(TextRun(text: ordinal.text, range: ordinal.range)) }
                }
                for piece in rest {
                    fast.append(piece)
                    general.append(piece)
                }
                if !ordinalFirst {
                    fast.append(ordinal)
                    if let ordinal, !ordinal.text.isEmpty { general.append(TextRun(text: ordinal.text, range: ordinal.range)) }
                }
                #expect(fast.joinsInPlace == general.joinsInPlace, "case \(index)")
                fast.finishText()
                general.finishText()
                let (a, b) = (fast.layout(), general.layout())
                #expect(a.bytes == b.bytes, "case \(index)")
                #expect(a.runs.map(\.start) == b.runs.map(\.start), "case \(index)")
                #expect(a.runs.map(\.range) == b.runs.map(\.range), "case \(index)")
                #expect(a.runs.map(\.isProse) == b.runs.map(\.isProse), "case \(index)")
                #expect(a.marks.map(\.offset) == b.marks.map(\.offset), "case \(index)")
                #expect(a.texts.map(\.count) == b.texts.map(\.count), "case \(index)")
            }
        }
    }

    /// `texts(holding:)` walking the model gives what filtering the memoised `texts` gives.
    @Test func textsHoldingAreTheFilteredTexts() throws {
        let files = TypographyTextLayoutTests.fixtureFiles
        #expect(files.count > 100)
        var held = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let loaded = Fixtures.load(String(decoding: data, as: UTF8.self), path: file)
            for marks in [["年", "月", "日"], ["，"], ["("], ["中"], [""]] {
                let bytes = marks.map { Array($0.utf8) }
                let walked = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
                let filtered = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
                _ = filtered.texts
                let fast = walked.texts(holding: bytes)
                #expect(fast == filtered.texts(holding: bytes), "\(file) \(marks)")
                held += fast.count
            }
        }
        #expect(held > 100)
    }

    /// A closing with a disclosure period skips the date ranges, counts and labelled sentences, and
    /// finds the same numbers as the full reading (the closing without its period) finds.
    @Test func closingLeftoversWithADisclosurePeriodKeepTheirNumbers() throws {
        let files = TypographyTextLayoutTests.fixtureFiles
        var withPeriod = 0
        var numbers = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let loaded = Fixtures.load(String(decoding: data, as: UTF8.self), path: file)
            guard let closing = loaded.notice.closing, closing.disclosure != nil else { continue }
            withPeriod += 1
            var unread = closing
            unread.disclosure = nil
            let fast = ClosingLeftovers(closing)
            let full = ClosingLeftovers(unread)
            #expect(fast.numbers.map(\.text) == full.numbers.map(\.text), "\(file)")
            #expect(fast.numbers.map(\.range) == full.numbers.map(\.range), "\(file)")
            #expect(fast.dateRanges.isEmpty && fast.counts.isEmpty && fast.labelledSentences.isEmpty, "\(file)")
            numbers += full.numbers.count
        }
        #expect(withPeriod > 20)
        #expect(numbers > 0)
    }
}
