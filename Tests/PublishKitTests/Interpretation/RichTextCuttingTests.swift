import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `RichText` finds positions and cuts runs with run lengths counted once (`RunOffsets`); these
/// tests hold it to the straightforward versions it replaced.
@Suite struct RichTextCuttingTests {
    /// The straightforward versions: every look-up counts the runs from the start.
    enum Reference {
        static func location(_ text: RichText, at offset: Int) -> FilePosition? {
            var consumed = 0
            for run in text.runs {
                let count = run.text.unicodeScalars.count
                if offset < consumed + count || (run == text.runs.last && offset == consumed + count) {
                    let inRun = offset - consumed
                    if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
                        return FilePosition(line: run.range.start.line, column: run.range.start.column + inRun)
                    }
                    return run.range.start
                }
                consumed += count
            }
            return text.runs.last?.range.end
        }

        static func range(_ text: RichText, of offsets: Range<Int>) -> SourceRange? {
            guard let start = location(text, at: offsets.lowerBound) else { return nil }
            let end =
                offsets.isEmpty
                ? start
                : (location(text, at: offsets.upperBound - 1).map {
                    FilePosition(line: $0.line, column: $0.column + 1)
                } ?? start)
            return SourceRange(start: start, end: end)
        }

        static func split(_ text: RichText, at offset: Int) -> (RichText, RichText) {
            var head: [TextRun] = []
            var tail: [TextRun] = []
            var consumed = 0
            for run in text.runs {
                let scalars = run.text.unicodeScalars
                let count = scalars.count
                if consumed + count <= offset {
                    head.append(run)
                } else if consumed >= offset {
                    tail.append(run)
                } else {
                    let cut = offset - consumed
                    let cutIndex = scalars.index(scalars.startIndex, offsetBy: cut)
                    var first = run
                    var second = run
                    first.text = String(scalars[..<cutIndex])
                    second.text = String(scalars[cutIndex...])
                    if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
                        let middle = FilePosition(line: run.range.start.line, column: run.range.start.column + cut)
                        first.range = SourceRange(start: run.range.start, end: middle)
                        second.range = SourceRange(start: middle, end: run.range.end)
                    }
                    head.append(first)
                    tail.append(second)
                }
                consumed += count
            }
            return (RichText(runs: head), RichText(runs: tail))
        }

        static func slice(_ text: RichText, _ offsets: Range<Int>) -> RichText {
            split(split(text, at: offsets.upperBound).0, at: offsets.lowerBound).1
        }
    }

    static func randomText(_ generator: inout SplitMix64) -> RichText {
        let pieces = ["一", "是", "。", "a", "😀", "e\u{301}", "，", " ", "\u{FFFC}", "①"]
        let kinds: [TextRun.Kind] = [.text, .text, .text, .code, .html, .lineBreak, .image]
        var runs: [TextRun] = []
        for _ in 0..<Int(generator.next() % 5) {
            if let last = runs.last, generator.next() % 6 == 0 {
                runs.append(last)  // an equal run, which `location(at:)` treats as the last one
                continue
            }
            var text = ""
            for _ in 0..<Int(generator.next() % 6) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let line = 1 + Int(generator.next() % 3)
            let column = 1 + Int(generator.next() % 9)
            let width = Int(generator.next() % 8)
            let endLine = generator.next() % 4 == 0 ? line + 1 : line
            runs.append(
                TextRun(
                    kind: kinds[Int(generator.next() % UInt64(kinds.count))], text: text,
                    emphasis: generator.next() % 2 == 0,
                    range: SourceRange(
                        start: FilePosition(line: line, column: column),
                        end: FilePosition(line: endLine, column: column + width))))
        }
        var text = RichText(runs: runs)
        if generator.next() % 8 == 0 {
            text.runs.insert(TextRun(text: "", range: SourceRange(at: FilePosition(line: 1, column: 1))), at: 0)
        }
        return text
    }

    @Test func positionsAndCutsAreThoseOfTheStraightforwardVersions() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let count = text.runs.reduce(0) { $0 + $1.text.unicodeScalars.count }
            #expect(text.scalarCount == count)
            let offsets = RunOffsets(text)
            for offset in -1...(count + 1) {
                #expect(text.location(at: offset) == Reference.location(text, at: offset))
                #expect(text.location(at: offset, offsets: offsets) == Reference.location(text, at: offset))
                let (head, tail) = text.split(at: offset)
                let (referenceHead, referenceTail) = Reference.split(text, at: offset)
                #expect(head == referenceHead && tail == referenceTail)
                #expect(text.prefix(offset) == referenceHead && text.dropping(offset) == referenceTail)
            }
            for lower in 0...count {
                for upper in lower...(count + 1) {
                    #expect(
                        text.slice(lower..<upper) == Reference.slice(text, lower..<upper), "\(text) \(lower)..<\(upper)"
                    )
                    #expect(text.range(of: lower..<upper) == Reference.range(text, of: lower..<upper))
                }
            }
        }
    }

    @Test func aParagraphJoinsItsPiecesAsPlusDoes() {
        var generator = SplitMix64(seed: 13)
        for _ in 0..<2000 {
            var segments: [Paragraph.Segment] = []
            for _ in 0..<Int(generator.next() % 5) {
                if generator.next() % 2 == 0 {
                    segments.append(.text(Self.randomText(&generator)))
                } else {
                    let ordinalText = ["一是", "二是", "（一）", ""][Int(generator.next() % 4)]
                    let start = FilePosition(line: 1 + Int(generator.next() % 3), column: 1 + Int(generator.next() % 9))
                    let ordinal = Ordinal(
                        level: .measure, value: 1, text: ordinalText,
                        range: SourceRange(start: start, end: FilePosition(line: start.line, column: start.column + 2)))
                    segments.append(
                        .measure(
                            Measure(
                                ordinal: ordinal, lead: Self.randomText(&generator), body: Self.randomText(&generator),
                                range: SourceRange(at: start))))
                }
            }
            let paragraph = Paragraph(segments: segments, range: SourceRange(at: FilePosition(line: 1, column: 1)))
            let expected = segments.reduce(RichText()) { text, segment in
                switch segment {
                case .text(let t): text + t
                case .measure(let m):
                    text + RichText(runs: [TextRun(text: m.ordinal.text, range: m.ordinal.range)]) + m.lead + m.body
                }
            }
            #expect(paragraph.richText == expected)
        }
    }
}
