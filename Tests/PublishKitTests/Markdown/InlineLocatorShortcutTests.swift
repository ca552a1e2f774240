import Testing
@testable import PublishCore
@testable import PublishReading

/// The inline locator takes the block's last line end column from the block's range instead of
/// counting it, and a line break counts only the scalars after the cursor; these tests hold both to
/// the locator that counts everything, and the converted document to its source.
@Suite struct InlineLocatorShortcutTests {
    @Test func aKnownLastLineEndGivesTheRangesOfCountingIt() {
        var generator = SplitMix64(seed: 23)
        for _ in 0..<2000 {
            let lines = (0..<(1 + Int(generator.next() % 4))).map { _ in InlineLocatorTests.randomLine(&generator) }
            let source = SourceText(string: lines.joined(separator: "\n"), path: "t.md")
            let startLine = 1 + Int(generator.next() % UInt64(lines.count))
            let endLine = startLine + Int(generator.next() % UInt64(lines.count - startLine + 1))
            let range = SourceRange(
                start: FilePosition(line: startLine, column: 1 + Int(generator.next() % 6)),
                end: FilePosition(line: endLine, column: 1))
            let endColumn = source.line(endLine).unicodeScalars.count + 1
            source.withLineBytes { lineBytes in
            var known = InlineLocator(lines: lineBytes, range: range, lastLineEndColumn: endColumn)
            var counting = InlineLocator(lines: lineBytes, range: range)
            var reference = InlineLocatorTests.ReferenceLocator(source: source, range: range)
            for _ in 0..<8 {
                if generator.next() % 3 == 0 {
                    let expected = reference.lineBreak()
                    #expect(known.lineBreak() == expected)
                    #expect(counting.lineBreak() == expected)
                } else {
                    // Mostly the rest of a line from some column: literals that end at a line's end.
                    let line = Array(lines[Int(generator.next() % UInt64(lines.count))].unicodeScalars)
                    var literal = InlineLocatorTests.randomLine(&generator)
                    if generator.next() % 4 != 0, !line.isEmpty {
                        literal = String(String.UnicodeScalarView(line[Int(generator.next() % UInt64(line.count))...]))
                    }
                    if generator.next() % 6 == 0 { literal += "\n" + InlineLocatorTests.randomLine(&generator) }
                    let expected = reference.locate(literal)
                    let found = literal.withCString { known.locate(cString: $0) }
                    #expect(found.range == expected, "\(lines) \(range) \(literal.debugDescription)")
                    #expect(found.text == literal)
                    #expect(counting.locate(literal) == expected)
                }
                #expect(known.cursor == reference.cursor)
            }
            }
        }
    }

    static let documents: [String] = [
        "第一行  \n第二行\\\n第三行 **粗体  \n跨行** 与 *斜体\\\n跨行* 以及 ~~删除\n跨行~~。\n",
        "（一）提高**思想\n认识**，强化*政治\n担当*。`代码 `` 反引号` 与 ``a`b`` 并列。\n",
        "A &amp; B &lt; C &#20013;文 &copy; 2025，\\*不是强调\\*，\\`不是代码\\`。\n\n纯文本 &amp; `代码`。\n",
        "<span>内联 HTML</span> 与 <https://example.com> 链接 [文本\n换行](https://example.com \"标题\") ![图](a.png)。\n",
        "e\u{301} 组合字符，👨‍👩‍👧 表情，ｆｕｌｌ　ｗｉｄｔｈ，半角,():;。\t制表符\t中间。\n",
        "> 引用 **e\u{301}** 中的文字\n> 第二行\n\n- 列表 `e\u{301}` 一\n  - 嵌套 *😀*\n-\t制表符列表\n",
        "| 列一\t| 列二 |\n|---|:-:|\n| 甲\t| `乙` |\n| *丙* | &amp; |\n",
        "## 一、标题 **强调**\n\n\t缩进代码\n\n正文\r\n第二行\r\n",
        "\u{FEFF}---\r\ntitle: 通知\r\n---\r\n正文，**强调**\r\n第二行。\r\n",
    ]

    /// Every text, code and HTML literal found whole in its source line has the range of its
    /// scalars there, and every paragraph ends where its last line does.
    @Test(arguments: documents)
    func rangesPointAtTheirTextInTheSource(_ markdown: String) {
        let source = SourceText(string: markdown, path: "t.md")
        let front = FrontMatterParser.parse(source)
        let document = CmarkParser().parse(source, blankedLines: front.lineCount)
        var checked = 0
        func visit(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case .text(let text, let range), .code(let text, let range), .html(let text, let range):
                    let line = Array(source.line(range.start.line).unicodeScalars)
                    let scalars = Array(text.unicodeScalars)
                    guard !scalars.isEmpty, !text.contains("\n"),
                        line.indices.contains(where: { line[$0...].starts(with: scalars) })
                    else { continue }
                    #expect(range.end.column - range.start.column == scalars.count, "\(text.debugDescription)")
                    #expect(Array(line[(range.start.column - 1)..<(range.end.column - 1)]) == scalars, "\(text.debugDescription)")
                    checked += 1
                case .emphasis(let children), .strong(let children), .strikethrough(let children),
                    .link(_, _, let children), .image(_, _, let children):
                    visit(children)
                case .softBreak(let location), .lineBreak(let location):
                    #expect(location.column == source.line(location.line).unicodeScalars.count + 1)
                }
            }
        }
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines):
                    #expect(block.range.end.column == source.line(block.range.end.line).unicodeScalars.count + 1)
                    visit(inlines)
                case .heading(_, let inlines): visit(inlines)
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach { visit($0.blocks) }
                case .table(let table): table.rows.forEach { $0.forEach(visit) }
                case .codeBlock, .html, .thematicBreak: break
                }
            }
        }
        visit(document.blocks)
        #expect(checked > 0)
    }
}
