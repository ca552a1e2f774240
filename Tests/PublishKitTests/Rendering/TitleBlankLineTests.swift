import Foundation
import Testing
@testable import PublishRendering

/// The .docx title leaves out a line that is blank; `WordDocumentBuilder.isBlank` asks each scalar
/// instead of trimming a copy through Foundation, and must answer what the trimming did.
@Suite struct TitleBlankLineTests {
    static let lines = [
        "", " ", "\t", "  \t ", "\u{3000}", "\u{00A0}", "\u{2002}\u{205F}", "\n", "\r\n", " \n ", "\u{2028}", "\u{200B}",
        "\u{FEFF}", " a ", "关于", "\u{3000}通报\u{3000}", " \u{301}", "\u{301}", "👩‍👩‍👧", "，", ",", "\u{1680}", "\u{180E}",
        "\u{85}", "\u{0B}",
    ]

    @Test(arguments: lines) func blankIsWhatTrimmingWhitespacesLeavesEmpty(line: String) {
        #expect(WordDocumentBuilder.isBlank(line) == line.trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
