import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The quote of the human format: about 40 columns of the line around the finding, `…` where it
/// is cut, the caret under the finding's first character whatever the widths before it.
@Suite struct SourceWindowTests {
    static let longChinese = String(repeating: "根据省委统一部署省委第八巡视组对长春新区开展了常规巡视", count: 10)

    /// Where (display column, from 0) each scalar of `text` starts.
    static func columns(of text: String) -> [Int] {
        var column = 0
        return text.unicodeScalars.map { scalar in
            defer { column += SourceWindow.columns(scalar) }
            return column
        }
    }

    /// The caret's display column: tabs in the caret line count as in the text above.
    static func caretColumn(_ carets: String) -> Int? {
        var column = 0
        for scalar in carets.unicodeScalars {
            if scalar == "^" { return column }
            column += 1
        }
        return nil
    }

    static let cases: [(name: String, line: String, marked: Int)] = [
        ("a short line", "（三）压实责任。正文。", 0),
        ("Chinese, far into a long line", longChinese + ",再" + longChinese, longChinese.unicodeScalars.count),
        ("Chinese, near the end", longChinese + ",完", longChinese.unicodeScalars.count),
        ("Chinese, near the start", "根," + longChinese, 1),
        ("ASCII", String(repeating: "abcdefghij", count: 30), 150),
        ("mixed widths", String(repeating: "长春New区“两个维护”2025年", count: 12), 120),
    ]

    @Test(arguments: cases)
    func theCaretStandsUnderTheFindingInAWindowOfAboutFortyColumns(name: String, line: String, marked: Int) throws {
        let window = SourceWindow(line: line[...], focus: marked..<(marked + 1), spans: [marked..<(marked + 1)])
        let scalars = Array(line.unicodeScalars)
        let shown = Array(window.text.unicodeScalars)
        let caret = try #require(Self.caretColumn(window.carets), "\(name): no caret")
        // The character at the caret's column in the quote is the one the finding points at.
        let starts = Self.columns(of: window.text)
        let index = try #require(starts.firstIndex(of: caret), "\(name): the caret is inside a wide character")
        #expect(shown[index] == scalars[marked], "\(name)")
        // Cut ends are marked, and the window is about 40 columns wide.
        let cutLeft = window.text.hasPrefix("…")
        let cutRight = window.text.hasSuffix("…")
        let body = shown.dropFirst(cutLeft ? 1 : 0).dropLast(cutRight ? 1 : 0)
        let width = body.reduce(0) { $0 + SourceWindow.columns($1) }
        if scalars.reduce(0, { $0 + SourceWindow.columns($1) }) <= 40 {
            #expect(!cutLeft && !cutRight && window.text == line, "\(name): a short line is quoted whole")
        } else {
            #expect((38...40).contains(width), "\(name): \(width) columns")
            #expect(cutLeft || cutRight)
        }
        #expect(window.outside.isEmpty)
    }

    @Test func spansOutsideTheWindowAreReportedAndOnesInsideAreMarked() {
        let line = Self.longChinese
        let window = SourceWindow(line: line[...], focus: 100..<101, spans: [100..<101, 104..<106, 250..<251])
        #expect(window.outside == [250..<251])
        #expect(window.carets.filter { $0 == "^" }.count == 2)
        #expect(window.carets.hasSuffix("^~~~"), "a span of two Chinese characters is four columns: \(window.carets)")
    }

    @Test func aTabBeforeTheFindingStaysATabInTheCaretLine() {
        let window = SourceWindow(line: "\t甲,乙"[...], focus: 2..<3, spans: [2..<3])
        #expect(window.text == "\t甲,乙")
        #expect(window.carets == "\t  ^")
    }
}
