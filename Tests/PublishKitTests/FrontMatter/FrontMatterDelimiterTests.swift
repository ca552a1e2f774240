import Testing
@testable import PublishCore
@testable import PublishReading

/// `FrontMatterParser.isDelimiter` reads a line's bytes when all after its three marks is ASCII;
/// this holds it to trimming the line's characters (`trimmingTrailingWhitespace()`), which it
/// falls back to, on lines where characters and bytes part.
@Suite struct FrontMatterDelimiterTests {
    static let lines: [String] = [
        "", "-", "--", "---", "----", "--- ", "---\t", "--- \t \t", "---x", "--- x", "-- -", "...", "... ", "....",
        "..", ". ..", "-.-", "---\u{301}", "--- \u{301}", "---\u{3000}", "--- \u{A0}", "---\u{FEFF}", "\u{FEFF}---",
        "---😀", "—--", "－－－", "...\u{301}", "... \u{301}", "-\u{301}--", "--\t", "---\u{200B}", "--- 注释",
    ]

    @Test(arguments: lines)
    func aLineIsADelimiterAsItsTrimmedCharactersSay(_ text: String) {
        let source = SourceText(string: text, path: "t.md")
        let line = source.line(1)
        let trimmed = line.trimmingTrailingWhitespace()
        source.withLineBytes { bytes in
            #expect(FrontMatterParser.isDelimiter(bytes.line(1), orDots: false, { line }) == (trimmed == "---"), "\(text.debugDescription)")
            #expect(
                FrontMatterParser.isDelimiter(bytes.line(1), orDots: true, { line }) == (trimmed == "---" || trimmed == "..."),
                "\(text.debugDescription)")
        }
    }

    /// Front matter opened and closed by such lines is found where the characters say.
    @Test(arguments: lines)
    func frontMatterEndsWhereTheCharactersSay(_ text: String) {
        let markdown = "---\ntitle: 通知\n\(text)\n正文\n---\n"
        let parsed = FrontMatterParser.parse(SourceText(string: markdown, path: "t.md"))
        let trimmed = Substring(text).trimmingTrailingWhitespace()
        #expect(parsed.lineCount == (trimmed == "---" || trimmed == "..." ? 3 : 5), "\(text.debugDescription)")
    }
}
