import Testing
@testable import PublishCore

/// `RichText.scalarArray` and `firstOffset(of:)` read the runs' bytes without joining them: the
/// same as reading `plain`.
@Suite struct RichTextScalarsTests {
    static func text(_ pieces: [String]) -> RichText {
        RichText(runs: pieces.enumerated().map { index, piece in
            TextRun(text: piece, emphasis: index % 2 == 1, range: SourceRange(at: SourceLocation(line: 1, column: 1 + index)))
        })
    }

    static let texts: [[String]] = [
        [],
        ["（一）提高思想认识，强化政治担当。正文"],
        ["（一）", "提高思想认识", "，强化政治担当。", "正文。"],
        ["no stop", "here"],
        ["e\u{301}", "。", "𠀀。"],
        ["", "。"],
    ]

    @Test(arguments: texts)
    func scalarsAreThoseOfThePlainText(_ pieces: [String]) {
        let text = Self.text(pieces)
        #expect(text.scalarArray == Array(text.plain.unicodeScalars))
    }

    @Test(arguments: texts)
    func firstFullStopIsThatOfThePlainText(_ pieces: [String]) {
        let text = Self.text(pieces)
        #expect(text.firstOffset(of: "。") == Array(text.plain.unicodeScalars).firstIndex(of: "。"))
        #expect(text.firstOffset(of: "，") == Array(text.plain.unicodeScalars).firstIndex(of: "，"))
    }

    @Test func offsetsCountScalarsNotBytes() {
        #expect(Self.text(["𠀀a", "bc。"]).firstOffset(of: "。") == 4)
        #expect(Self.text(["𠀀a", "bc"]).firstOffset(of: "。") == nil)
    }
}
