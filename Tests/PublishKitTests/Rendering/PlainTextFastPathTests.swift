import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering

/// Without a wrapping width the plain text is written straight into bytes (`PlainTextWriter`); the
/// line-by-line renderer (`renderLines`) is its definition. Both must give the same bytes, with and
/// without the indent, on every Markdown fixture and on texts whose lines are hard to find: breaks
/// inside and across runs, `\r\n`, a `\r` ending one run before a `\n` starting the next, CJK,
/// combining marks, emoji sequences, empty texts, nested lists.
@Suite struct PlainTextFastPathTests {
    static func expectSame(_ notice: Notice, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for indent in [false, true] {
            let renderer = PlainTextRenderer(options: .init(indent: indent))
            let expected = renderer.renderLines(notice)
            let written = renderer.renderUTF8(notice)
            #expect(written == Array(expected.utf8), "\(name), indent: \(indent)", sourceLocation: sourceLocation)
            #expect(renderer.render(notice) == expected, "\(name), indent: \(indent)", sourceLocation: sourceLocation)
        }
        // The site's copy: the mark, the text, a line break.
        let site = try? NoticeFormat.text.render(notice, for: .site)
        #expect(site == NoticeFormat.byteOrderMark + Array(PlainTextRenderer().renderLines(notice).utf8) + [0x0A], "\(name)")
    }

    @Test func everyMarkdownFixture() {
        let fixtures = Fixtures.folder.path
        let files = (FileManager.default.enumerator(atPath: fixtures)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count > 100)
        for file in files {
            // A folder named like a notice (a malformed site) has no text to read.
            guard let loaded = try? Fixtures.load(file: "Tests/PublishKitTests/Fixtures/" + file) else { continue }
            Self.expectSame(loaded.notice, file)
        }
    }

    static let markdown: [String] = [
        "",
        "# 标题\n\n正文。",
        "正文\r\n第二行\r\n\r\n第二段。\r\n",
        "甲  \n乙\\\n丙",
        "- 一\n- 二\n  - 三\n    - 四\n\n      续\n- \n- 五",
        "1. 甲\n2. 乙\n\n   ```\n   code\n   ```\n",
        "> 引\n> 文\n>\n> - 列\n",
        "```\n第一行\n\n第三行\n```\n",
        "```\n\n```\n",
        "| a | b |\n|:-|-:|\n| 1<br>2 | é |\n| 👩‍👩‍👧 | ， |\n",
        "<div>\n原样\n</div>\n\n<!-- 注 -->\n",
        "e\u{301}\u{301}，(半角),（全角）；😀👍🏽\u{200D}",
        "## 一、甲\n\n（一）乙。丙\n丁。\n\n1. 戊\n",
        "---\ntitle: 题\n---\n正文",
    ]

    @Test(arguments: markdown)
    func trickyMarkdown(text: String) {
        Self.expectSame(Fixtures.load(text).notice, text.debugDescription)
    }

    /// Models no Markdown reading makes: breaks split over runs and segments.
    @Test func breaksAcrossRuns() {
        let at = SourceRange(at: SourceLocation(line: 1, column: 1))
        func text(_ pieces: String...) -> RichText {
            RichText(runs: pieces.map { TextRun(text: $0, range: at) })
        }
        let texts: [RichText] = [
            text("甲\r", "\n乙"), text("甲\r\n", "乙\n"), text("\n", "\n"), text("\r", "\r", "\n"), text("a\n\rb"),
            text("😀\n"), text("\n😀"), text("e\u{301}\n\u{301}"), RichText(),
            RichText(runs: [TextRun(kind: .lineBreak, text: "\n", range: at), TextRun(kind: .code, text: "x\ny", range: at)]),
        ]
        let ordinal = Ordinal(level: .measure, value: 1, text: "一是\n", range: at)
        var blocks: [NoticeBlock] = []
        for rich in texts {
            let paragraph = Paragraph(
                segments: [.text(rich), .measure(Measure(ordinal: ordinal, lead: rich, body: rich, range: at)), .text(rich)],
                range: at)
            let head = ItemHead(ordinal: ordinal, form: .runIn, lead: rich, body: paragraph, range: at)
            blocks.append(.paragraph(paragraph))
            blocks.append(.item(Item(head: head, children: [.paragraph(paragraph)], range: at)))
            blocks.append(.list(items: [[.paragraph(paragraph)], [], [.list(items: [[.paragraph(paragraph), .code(info: "", literal: "a\r\nb\n", range: at)]], range: at)]], range: at))
            blocks.append(.table(NoticeTable(alignments: [], rows: [[rich, rich], [], [RichText(), rich]], range: at)))
        }
        blocks.append(.code(info: "", literal: "\n", range: at))
        blocks.append(.code(info: "", literal: "", range: at))
        blocks.append(.html("  <b>\n粗</b>\r\n", range: at))
        let notice = Notice(
            path: "x.md", frontMatter: FrontMatter(), titleLines: [texts[0], texts[0], texts[2]],
            opening: Opening(paragraphs: [Paragraph(segments: [], range: at)]),
            sections: [
                Section(role: .other, roleEvidence: .none, head: nil, children: blocks, range: at),
                Section(
                    role: .other, roleEvidence: .none,
                    head: ItemHead(ordinal: nil, form: .heading, lead: texts[1], body: nil, range: at), children: [], range: at),
            ],
            closing: Closing(paragraphs: [Paragraph(segments: [.text(texts[3])], range: at)], contacts: [], isExplicit: true))
        Self.expectSame(notice, "built notice")
    }
}
