import Testing
@testable import PublishCore
@testable import PublishReading

/// `RichTextBuilder`'s shortcuts (a lone text inline; runs kept as they are when none is empty and
/// no neighbours join) give what its general paths give, on tricky texts: CJK, combining marks,
/// emoji with joiners, half- and full-width punctuation, the empty string, CR and LF.
@Suite struct RichTextBuilderShortcutTests {
    static let texts: [String] = [
        "", "关于巡视整改进展情况的通报", "a", "e\u{301}", "\u{301}开头的组合符", "👩‍👩‍👧‍👦家庭", "🇨🇳",
        "一是，二是；三是:四是。", "(1)（2）", "全角　空格", "\r\n", "行一\r\n行二", "\n", " ", "\u{FFFD}", "𠀀",
    ]

    static func range(line: Int, column: Int, length: Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: line, column: column), end: SourceLocation(line: line, column: column + length))
    }

    @Test(arguments: texts)
    func aLoneTextInlineBuildsWhatTheGeneralPathBuilds(_ text: String) {
        let inlines: [MarkdownInline] = [.text(text, Self.range(line: 3, column: 2, length: text.unicodeScalars.count))]
        let built = RichTextBuilder.build(inlines)
        #expect(built == RichTextBuilder.buildInGeneral(inlines))
        #expect(built.plain == text)
        #expect(built.runs.count == (text.isEmpty ? 0 : 1))
    }

    /// Inlines that are not a lone text still take the general path, and come out the same.
    @Test func otherInlinesBuildWhatTheGeneralPathBuilds() {
        let cases: [[MarkdownInline]] = [
            [],
            [.code("x", Self.range(line: 1, column: 1, length: 1))],
            [.strong([.text("加粗", Self.range(line: 1, column: 3, length: 2))])],
            [.text("甲", Self.range(line: 1, column: 1, length: 1)), .softBreak(SourceLocation(line: 1, column: 2)),
             .text("乙", Self.range(line: 2, column: 1, length: 1))],
            [.softBreak(SourceLocation(line: 1, column: 1))],
            [.lineBreak(SourceLocation(line: 1, column: 1))],
        ]
        for inlines in cases {
            #expect(RichTextBuilder.build(inlines) == RichTextBuilder.buildInGeneral(inlines))
        }
    }

    /// Random runs: empty or not, of one style or two, touching their neighbour or not, on one line
    /// or the next. `merged` keeps them as they are only when `mergedRunByRun` would.
    @Test func mergingKeepsRunsAsTheyAreOnlyWhenRunByRunWould() {
        var generator = SplitMix64(seed: 7)
        var keptAsTheyAre = 0
        var joined = 0
        for _ in 0..<4000 {
            var runs: [TextRun] = []
            var line = 1
            var column = 1
            for _ in 0..<Int(generator.next() % 6) {
                let text = Self.texts[Int(generator.next() % UInt64(Self.texts.count))]
                if generator.next() % 3 == 0 { column += 1 }
                if generator.next() % 4 == 0 {
                    line += 1
                    column = 1
                }
                let length = text.unicodeScalars.count
                var run = TextRun(text: text, range: Self.range(line: line, column: column, length: length))
                switch generator.next() % 6 {
                case 0: run.strong = true
                case 1: run.kind = .code
                case 2: run.link = "https://example.org/"
                default: break
                }
                runs.append(run)
                column += length
            }
            let merged = RichTextBuilder.merged(runs)
            let runByRun = RichTextBuilder.mergedRunByRun(runs)
            #expect(merged == runByRun)
            if runByRun.runs == runs { keptAsTheyAre += 1 } else { joined += 1 }
        }
        // Both paths were taken often.
        #expect(keptAsTheyAre > 500)
        #expect(joined > 500)
    }
}
