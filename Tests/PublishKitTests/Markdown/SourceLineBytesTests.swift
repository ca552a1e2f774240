import Testing
@testable import PublishCore
@testable import PublishReading

/// `SourceText` keeps its lines as start offsets (`lineStarts`, `SourceLines`) and the parser
/// reads lines, columns and list markers off the bytes (`SourceLineBytes`); these tests hold them
/// to the `Substring` lines (`String.lineSlices`) and the scalar readings they replaced.
@Suite struct SourceLineBytesTests {
    static let texts: [String] = [
        "", "\n", "\n\n", "甲", "甲\n乙", "甲\n", "\n甲", "甲\r\n乙", "甲\r\n\n乙", "甲\r乙\n丙", "\r\n", "\r", "\r\r\n",
        "a\u{301}\nb", "😀\n\r\n\n😀", "末行没有换行", "👨‍👩‍👧 表情\n第二行", "ｆｕｌｌ　ｗｉｄｔｈ，半角,():;\n\t制表符",
        "\u{FEFF}---\r\ntitle: 通知\r\n---\r\n正文\r\n", "a\u{0}b\nc", "e\u{301}\u{301}\n\n\n",
    ]

    /// The lines of the decoded text, as the `Substring` array of `lineSlices` gave them.
    @Test(arguments: texts)
    func linesAreThoseOfTheLineSlices(_ text: String) {
        let source = SourceText(string: text, path: "t.md")
        let expected = source.text.lineSlices.map(String.init)
        #expect(source.lines.map(String.init) == expected)
        #expect(source.lines.count == expected.count)
        #expect(source.lineStarts.count == expected.count)
        for number in 0...(expected.count + 1) {
            let want = number >= 1 && number <= expected.count ? expected[number - 1] : ""
            #expect(String(source.line(number)) == want)
            source.withLineBytes { lines in
                #expect(Array(lines.line(number)) == Array(want.utf8))
            }
        }
        #expect(
            source.endLocation
                == SourceLocation(line: max(expected.count, 1), column: (expected.last?.unicodeScalars.count ?? 0) + 1))
    }

    /// Bytes that are not UTF-8 become U+FFFD before the lines are found; a lone CR ends a line.
    @Test(arguments: [[0x61, 0xFF, 0x0A, 0x62] as [UInt8], [0xE4, 0xB8, 0x0D, 0x0A, 0xE4, 0xB8, 0xAD], [0x0D, 0x0D, 0x00]])
    func linesOfRepairedBytesAreThoseOfTheLineSlices(_ bytes: [UInt8]) {
        let source = SourceText(bytes: bytes, path: "t.md")
        #expect(source.lines.map(String.init) == source.text.lineSlices.map(String.init))
    }

    /// Columns and offsets on the bytes of a line are those of its scalars.
    @Test(arguments: texts)
    func columnsAndOffsetsAreThoseOfTheScalars(_ text: String) {
        let source = SourceText(string: text, path: "t.md")
        for number in 0...(source.lines.count + 1) {
            let scalars = Array(source.line(number).unicodeScalars)
            let bytes = Array(source.line(number).utf8)
            for column in 1...(scalars.count + 3) {
                let expected: Int? =
                    column - 1 <= scalars.count
                    ? String(String.UnicodeScalarView(scalars.prefix(column - 1))).utf8.count : nil
                #expect(source.byteOffset(line: number, scalarColumn: column) == expected)
            }
            for byteColumn in 0...(bytes.count + 2) {
                var column = 0
                for byte in bytes.prefix(max(byteColumn - 1, 0)) where byte & 0xC0 != 0x80 { column += 1 }
                let inside = bytes.dropFirst(max(byteColumn - 1, 0)).first.map { $0 & 0xC0 == 0x80 } ?? false
                #expect(source.scalarColumn(line: number, byteColumn: byteColumn) == (byteColumn > 1 ? (inside ? column : column + 1) : 1))
            }
        }
    }

    static let lists: [String] = [
        "1. 第一项\n2. 第二项\n10. 第十项\n",
        "1) 甲\n2)\t乙\n",
        "- 甲\n* 乙\n+ 丙\n",
        "前言\n\n  3. 缩进的项\n     - 嵌套 e\u{301}\n",
        "> 1. 引用中的项\n> 2. 😀\n",
        "- [ ] 任务\n- [x] 完成\n",
        "1.\n2. 空项之后\n",
        "---\ntitle: 通知\n---\n\n1. 前言之后\r\n2. 第二项\r\n",
    ]

    /// A list item's marker and its range are those the scalar reading of its line gave.
    @Test(arguments: lists)
    func listMarkersAreThoseOfTheScalarReading(_ markdown: String) {
        let source = SourceText(string: markdown, path: "t.md")
        let front = FrontMatterParser.parse(source)
        let document = CmarkParser().parse(source, blankedLines: front.lineCount)
        var items = 0
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block.kind {
                case .list(let list):
                    for item in list.items {
                        let location = item.range.start
                        var marker = String.UnicodeScalarView()
                        for scalar in source.line(location.line).unicodeScalars.dropFirst(location.column - 1) {
                            if scalar == " " || scalar == "\t" { break }
                            marker.append(scalar)
                            if scalar == "." || scalar == ")" || scalar == "-" || scalar == "*" || scalar == "+" { break }
                        }
                        #expect(item.marker == String(marker))
                        #expect(item.markerRange == SourceRange(
                            start: location, end: SourceLocation(line: location.line, column: location.column + marker.count)))
                        items += 1
                        visit(item.blocks)
                    }
                case .blockQuote(let children): visit(children)
                default: break
                }
            }
        }
        visit(document.blocks)
        #expect(items > 0)
    }
}
