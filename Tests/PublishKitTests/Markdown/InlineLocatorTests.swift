import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `SourceLocation` without the clash with `Testing.SourceLocation`.
typealias FilePosition = PublishCore.SourceLocation

/// `InlineLocator` searches UTF-8 bytes and `SourceText` reads positions off bytes; these tests
/// hold them to the scalar-by-scalar versions they replaced.
@Suite struct InlineLocatorTests {
    /// The locator as it was: scalars, searched with `firstRange(of:)`.
    struct ReferenceLocator {
        let source: SourceText
        let lastLine: Int
        var line: Int
        var column: Int

        init(source: SourceText, range: SourceRange) {
            self.source = source
            self.lastLine = max(range.end.line, range.start.line)
            self.line = range.start.line
            self.column = range.start.column
        }

        var cursor: FilePosition { FilePosition(line: line, column: column) }

        mutating func locate(_ literal: String) -> SourceRange {
            let needle = Array(
                (literal.split(separator: "\n", omittingEmptySubsequences: false).first ?? "").unicodeScalars)
            guard !needle.isEmpty else { return SourceRange(at: cursor) }
            var searchLine = line
            var fromColumn = column
            while searchLine <= lastLine {
                let scalars = source.line(searchLine).unicodeScalars
                if fromColumn - 1 <= scalars.count {
                    let from = scalars.index(scalars.startIndex, offsetBy: fromColumn - 1)
                    if let found = scalars[from...].firstRange(of: needle) {
                        let startColumn = scalars.distance(from: scalars.startIndex, to: found.lowerBound) + 1
                        let start = FilePosition(line: searchLine, column: startColumn)
                        let end = FilePosition(line: searchLine, column: startColumn + needle.count)
                        line = searchLine
                        column = end.column
                        return SourceRange(start: start, end: end)
                    }
                }
                searchLine += 1
                fromColumn = 1
            }
            let here = cursor
            return SourceRange(start: here, end: FilePosition(line: here.line, column: here.column + needle.count))
        }

        mutating func lineBreak() -> FilePosition {
            let here = FilePosition(line: line, column: source.line(line).unicodeScalars.count + 1)
            if line < lastLine {
                line += 1
                column = 1
            }
            return here
        }
    }

    static let pieces = ["一", "是", "。", "a", "b", "😀", "e\u{301}", "，", " ", "&", "*", "é"]

    static func randomLine(_ generator: inout SplitMix64) -> String {
        var line = ""
        for _ in 0..<Int(generator.next() % 12) { line += pieces[Int(generator.next() % UInt64(pieces.count))] }
        return line
    }

    @Test func literalsAreFoundWhereTheScalarSearchFoundThem() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<2000 {
            let lines = (0..<(1 + Int(generator.next() % 4))).map { _ in Self.randomLine(&generator) }
            let source = SourceText(string: lines.joined(separator: "\n"), path: "t.md")
            let startLine = 1 + Int(generator.next() % UInt64(lines.count + 1))
            let startColumn = 1 + Int(generator.next() % 8)
            let endLine = startLine + Int(generator.next() % 3)
            let range = SourceRange(
                start: FilePosition(line: startLine, column: startColumn),
                end: FilePosition(line: endLine, column: 1))
            source.withLineBytes { lineBytes in
            var locator = InlineLocator(lines: lineBytes, range: range)
            var reference = ReferenceLocator(source: source, range: range)
            for _ in 0..<8 {
                if generator.next() % 4 == 0 {
                    #expect(locator.lineBreak() == reference.lineBreak())
                } else {
                    var literal: String
                    let line = Array(lines[Int(generator.next() % UInt64(lines.count))].unicodeScalars)
                    if generator.next() % 3 != 0, !line.isEmpty {
                        let from = Int(generator.next() % UInt64(line.count))
                        let to = from + Int(generator.next() % UInt64(line.count - from + 1))
                        literal = String(String.UnicodeScalarView(line[from..<to]))
                    } else {
                        literal = Self.randomLine(&generator)
                    }
                    switch generator.next() % 6 {
                    case 0: literal += "\n" + Self.randomLine(&generator)
                    case 1: literal += "\r\n" + Self.randomLine(&generator)
                    case 2: literal = "\n" + literal
                    default: break
                    }
                    #expect(
                        locator.locate(literal) == reference.locate(literal),
                        "\(lines) \(range) \(literal.debugDescription)")
                }
                #expect(locator.cursor == reference.cursor)
            }
            }
        }
    }

    @Test func linesAndColumnsAreThoseOfTheScalarVersions() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<500 {
            let lines = (0..<(1 + Int(generator.next() % 4))).map { _ in Self.randomLine(&generator) }
            let text = lines.joined(separator: generator.next() % 3 == 0 ? "\r\n" : "\n")
            let source = SourceText(string: text, path: "t.md")
            #expect(
                source.lines.map(String.init)
                    == source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            for (index, line) in source.lines.enumerated() {
                let bytes = Array(line.utf8)
                for byteColumn in 0...(bytes.count + 2) {
                    var column = 0
                    for byte in bytes.prefix(max(byteColumn - 1, 0)) where byte & 0xC0 != 0x80 { column += 1 }
                    let inside = bytes.dropFirst(max(byteColumn - 1, 0)).first.map { $0 & 0xC0 == 0x80 } ?? false
                    let expected = byteColumn > 1 ? (inside ? column : column + 1) : 1
                    #expect(source.scalarColumn(line: index + 1, byteColumn: byteColumn) == expected)
                }
                #expect(line.utf8ScalarCount == line.unicodeScalars.count)
            }
            #expect(
                source.endLocation
                    == FilePosition(
                        line: max(source.lines.count, 1), column: (source.lines.last?.unicodeScalars.count ?? 0) + 1))
        }
    }

    @Test func scalarArraysAndCountsAreThoseOfTheScalarView() {
        var generator = SplitMix64(seed: 9)
        for _ in 0..<500 {
            let text = Self.randomLine(&generator) + "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"
            #expect(text.scalarArray == Array(text.unicodeScalars))
            #expect(text.utf8ScalarCount == text.unicodeScalars.count)
            let substring = text.dropFirst()
            #expect(substring.scalarArray == Array(substring.unicodeScalars))
        }
    }
}
