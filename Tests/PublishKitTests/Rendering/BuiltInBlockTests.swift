import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishTestSupport

/// The built-in `block` template written in code (`TemplateRenderer+BuiltInBlock.swift`) must
/// render what its plan renders, byte for byte: over every Markdown fixture, over blocks made by
/// hand with awkward text and unusual flag combinations, and inside a site's own templates that
/// put a block where a cell's `align` could be found up the stack.
@Suite struct BuiltInBlockTests {
    /// The same library, once writing blocks in code and once through the plan.
    static func libraries(_ sources: [String: String] = DefaultTemplates.all) throws -> (code: TemplateLibrary, plan: TemplateLibrary) {
        let code = try TemplateLibrary.parse(sources.mapValues { ($0, "test") }, assets: DefaultTemplates.assets)
        var plan = code
        plan.builtInBlock = nil
        return (code, plan)
    }

    @Test func theBuiltInLibraryWritesBlocksInCodeAndASiteBlockDoesNot() throws {
        #expect(try TemplateLibrary.builtIn().builtInBlock != nil)
        var sources = DefaultTemplates.all
        sources["block"] = sources["block"]! + " "
        #expect(try Self.libraries(sources).code.builtInBlock == nil)
    }

    @Test func everyMarkdownFixtureRendersTheSameInCodeAndThroughThePlan() throws {
        let (code, plan) = try Self.libraries()
        let files = (FileManager.default.enumerator(atPath: Fixtures.folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("malformed/") }.sorted()
        #expect(files.count > 100)
        var blocks = 0
        for file in files {
            let notice = try Fixtures.load(file: "Tests/PublishKitTests/Fixtures/" + file).notice
            let model = NoticeViewModel(notice: notice, slug: "a/b", root: "../../", siteTitle: "站点")
            blocks += model.opening.count + model.sections.count
            let written = code.renderUTF8(model, template: "notice")
            #expect(written == plan.renderUTF8(model, template: "notice"), "\(file)")
        }
        #expect(blocks > 300)
    }

    /// Text that tests escaping: CJK, a `<` carrying a combining mark (one character, not
    /// escaped), emoji with joiners, half- and full-width punctuation, empty, CRLF.
    static let texts = [
        "", "通报（一）", "a<b>&\"'", "<\u{0301}x", "x&\u{20DD}", "👩‍👩‍👧 <", "，,。.：:", "a\r\nb", "全角＜＞＆",
    ]

    static func fragment(_ text: String) -> HTMLFragment { HTMLFragment(text) }

    /// Blocks of every kind, each field set to one of `texts`, some with several flags at once.
    static func handMadeBlocks() -> [NoticeViewModel.BlockView] {
        typealias Block = NoticeViewModel.BlockView
        var blocks: [Block] = []
        for (n, text) in texts.enumerated() {
            var paragraph = Block()
            paragraph.isParagraph = true
            paragraph.bodyHTML = fragment(text)
            var item = Block()
            item.isItem = true
            item.isHeading = n % 2 == 0
            item.isRunIn = n % 3 != 0
            item.headingTag = "h3"
            item.levelClass = "l\(n)"
            item.id = "s\(n)-1"
            item.ordinal = text
            item.leadHTML = fragment(text)
            item.bodyHTML = fragment(text + "。")
            item.children = [paragraph]
            var section = Block()
            section.isSection = true
            section.isHeading = n % 2 == 1
            section.isRunIn = n % 4 == 0
            section.role = "other"
            section.id = "s\(n)"
            section.headingTag = "h2"
            section.levelClass = "l1"
            section.ordinal = text
            section.leadHTML = fragment(text)
            section.bodyHTML = fragment(text)
            section.children = [item, paragraph]
            // Flags the view model never sets together: the template shows each part it asks for.
            section.isList = n % 3 == 1
            section.isCode = n % 5 == 2
            section.text = text
            section.regionLabel = "代码 \(n)"
            section.listItems = [.init(blocks: [paragraph, item]), .init(blocks: [])]
            var list = Block()
            list.isList = true
            list.listItems = [.init(blocks: [paragraph]), .init(blocks: [item, paragraph])]
            var quote = Block()
            quote.isQuote = true
            quote.children = [list, paragraph]
            var code = Block()
            code.isCode = true
            code.regionLabel = text
            code.text = text
            var table = Block()
            table.isTable = true
            table.regionLabel = "表格 \(n)"
            table.tableHeader = [.init(html: fragment(text), align: nil), .init(html: fragment("a"), align: text)]
            table.tableRows = [
                .init(cells: [.init(html: fragment(text), align: "center"), .init(html: "", align: nil)]), .init(cells: []),
            ]
            var raw = Block()
            raw.isRawText = true
            raw.text = text
            var nothing = Block()
            nothing.isItem = n % 2 == 0
            blocks += [paragraph, item, section, list, quote, code, table, raw, nothing]
        }
        return blocks
    }

    @Test func handMadeBlocksRenderTheSameInCodeAndThroughThePlan() throws {
        let (code, plan) = try Self.libraries()
        let notice = Fixtures.load("# 标题\n\n正文。\n").notice
        var model = NoticeViewModel(notice: notice)
        let blocks = Self.handMadeBlocks()
        model.opening = blocks
        model.sections = blocks.reversed()
        let written = code.renderUTF8(model, template: "notice")
        #expect(written.count > 10_000)
        #expect(written == plan.renderUTF8(model, template: "notice"))
    }

    /// A site's notice template that renders blocks inside a table cell's context (so a cell
    /// without alignment finds the outer cell's), inside an indented standalone partial, and
    /// around ordinary sections.
    @Test func blocksInASiteTemplateRenderTheSameInCodeAndThroughThePlan() throws {
        var sources = DefaultTemplates.all
        sources["notice"] = """
            {{#sections}}{{#tableHeader}}[{{#children}}{{> block}}{{/children}}]{{/tableHeader}}{{/sections}}
            {{#sections}}
              {{> block}}
            {{/sections}}
            {{#opening}}{{> block}}{{/opening}}{{#sections}}{{> block}}{{/sections}}
            {{> block}}
            """
        let (code, plan) = try Self.libraries(sources)
        #expect(code.builtInBlock != nil)
        let notice = Fixtures.load("# 标题\n\n正文。\n").notice
        var model = NoticeViewModel(notice: notice)
        var outer = Self.handMadeBlocks()
        for index in outer.indices {
            outer[index].tableHeader = [.init(html: "h", align: index % 2 == 0 ? "right" : nil)]
            outer[index].children = Self.handMadeBlocks().filter(\.isTable) + [outer[index]]
        }
        model.opening = Self.handMadeBlocks()
        model.sections = outer
        let written = code.renderUTF8(model, template: "notice")
        #expect(written.count > 10_000)
        #expect(written == plan.renderUTF8(model, template: "notice"))
    }
}
