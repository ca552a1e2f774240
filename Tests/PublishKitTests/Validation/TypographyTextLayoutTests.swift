import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// The typography texts laid out from the runs of their pieces (`TypographyLayoutBuilder`)
/// against the texts joined with `RichTextJoiner` first and decoded scalar by scalar
/// (`TypographyText`), as the rules read them: scalars, prose, marks, where every scalar stands and
/// which are in an ordinal; and the texts that hold the date marks.
@Suite struct TypographyTextLayoutTests {
    static func run(
        _ text: String, _ line: Int, _ column: Int, to end: (line: Int, column: Int)? = nil, kind: TextRun.Kind = .text,
        strong: Bool = false, link: String? = nil
    ) -> TextRun {
        let endColumn = end?.column ?? column + text.unicodeScalars.count
        return TextRun(
            kind: kind, text: text, strong: strong, link: link,
            range: SourceRange(
                start: PublishCore.SourceLocation(line: line, column: column),
                end: PublishCore.SourceLocation(line: end?.line ?? line, column: endColumn)))
    }

    /// Pieces whose runs touch or not, share styles or not, hold links that are addresses or
    /// not, run over lines, and sit in code.
    static let pieces: [[RichText]] = [
        [RichText(runs: [run("根据省委统一部署,", 1, 1), run("2023年", 1, 10)])],
        [RichText(runs: [run("(一)", 1, 1)]), RichText(runs: [run("提高认识,", 1, 4), run("强化", 1, 9, strong: true)])],
        [RichText(runs: [run("邮箱:", 2, 1), run("ab@163.com", 2, 4, link: "mailto:ab@163.com")]),
         RichText(runs: [run("。", 2, 14, link: "mailto:ab@163.com")])],
        [RichText(runs: [run("见 ", 3, 1), run("www.example.cn", 3, 3, link: "http://www.example.cn"),
                         run("网站,", 3, 17, link: "http://www.example.cn")])],
        [RichText(runs: [run("a", 4, 1), run("\\,", 4, 2, to: (4, 4))]), RichText(runs: [run("b,c", 4, 4)])],
        [RichText(runs: [run("跨行的文字,", 5, 3, to: (6, 4)), run("接着", 6, 4)]), RichText(runs: [run("代码,", 6, 6, kind: .code)])],
        [RichText(runs: [run("1、", 7, 1)]), RichText(), RichText(runs: [run("不相接", 7, 9), run("(二)", 7, 12)])],
        [RichText(runs: [run("“引号”", 8, 1), run("，，", 8, 4)]), RichText(runs: [run("“x”", 8, 6, strong: true)])],
    ]

    @Test(arguments: pieces.indices)
    func builderLaysOutTheJoinedText(_ index: Int) {
        let pieces = Self.pieces[index]
        var joiner = RichTextJoiner()
        pieces.forEach { joiner.append($0) }
        let ordinals = pieces.flatMap(\.runs).filter { $0.text.hasPrefix("(") || $0.text.hasPrefix("1、") }.map(\.range)
            .sorted { $0.start < $1.start }
        var builder = TypographyLayoutBuilder(ordinals: ordinals)
        pieces.forEach { builder.append($0) }
        #expect(builder.joinsInPlace)
        builder.finishText()
        let layout = builder.layout()
        #expect(layout.texts.count == 1)
        guard let text = layout.texts.first else { return }
        TypographyLayoutTests.expectSame(layout, text, TypographyText(joiner.richText, ordinals: ordinals), "pieces \(index)")
    }

    @Test func anEmptyOrReversedRunIsLeftToTheJoiner() {
        var builder = TypographyLayoutBuilder(ordinals: [])
        builder.append(TextRun(text: "", range: SourceRange(at: PublishCore.SourceLocation(line: 1, column: 1))))
        #expect(!builder.joinsInPlace)
        builder.discardText()
        #expect(builder.joinsInPlace)
        // `SourceRange(start:end:)` keeps the end at or after the start; a range set field by field need not.
        var reversed = TextRun(text: "文字", range: SourceRange(at: PublishCore.SourceLocation(line: 2, column: 1)))
        reversed.range.end = PublishCore.SourceLocation(line: 1, column: 1)
        builder.append(reversed)
        #expect(!builder.joinsInPlace)
    }

    /// The texts of a notice joined as the rules joined them before the builder, in the same order.
    static func joinedTexts(_ context: CheckContext) -> [RichText] {
        let notice = context.notice
        func head(_ head: ItemHead) -> RichText {
            var joiner = RichTextJoiner()
            joiner.append(RichText(runs: head.ordinal.map { [TextRun(text: $0.text, range: $0.range)] } ?? []))
            joiner.append(head.lead)
            joiner.append(head.body?.richText ?? RichText())
            return joiner.richText
        }
        var result = notice.titleLines + notice.opening.paragraphs.map(\.richText)
        for section in notice.sections {
            if let sectionHead = section.head { result.append(head(sectionHead)) }
            NoticeBlock.walk(section.children) { block, _ in
                switch block {
                case .paragraph(let paragraph): result.append(paragraph.richText)
                case .item(let item): result.append(head(item.head))
                case .table(let table): result += table.rows.flatMap { $0 }
                default: break
                }
            }
        }
        result += notice.closing?.paragraphs.map(\.richText) ?? []
        return result.filter { !$0.isEmpty }
    }

    static var fixtureFiles: [String] {
        let folder = Fixtures.folder
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test func noticesGetTheDateTextsOfTheJoinedTexts() throws {
        let files = Self.fixtureFiles
        #expect(files.count > 100)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let loaded = Fixtures.load(String(decoding: data, as: UTF8.self), path: file)
            let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            // The texts that hold the date marks, found on the pieces, and from the joined texts.
            let marks = ["年", "月", "日"].map { Array($0.utf8) }
            let holding = context.texts.filter { text in
                ["年", "月", "日"].allSatisfy { (mark: Unicode.Scalar) in text.runs.contains { $0.text.unicodeScalars.contains(mark) } }
            }
            let fresh = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
            #expect(fresh.texts(holding: marks) == holding, "\(file)")
            #expect(context.texts(holding: marks) == holding, "\(file)")
        }
    }
}
