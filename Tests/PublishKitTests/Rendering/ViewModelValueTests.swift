import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Each key a template can ask a view model for, against the value it stands for on the example
/// site, written out by hand from `content/changchun-xinqu-2025.md` and `publish.yml` (not read off
/// the code). A key answered with another property, its own name or nothing shows here by name;
/// each table must name every stored property, so a new one cannot go untested.
///
/// Values are written as `{{…}}` would print them; lists as `[count]`, nested views by type name.
@Suite struct ViewModelValueTests {
    let site: ReferenceSite

    init() throws {
        site = try ReferenceSite()
    }

    /// What the template sees for `key`, written as the tables write it.
    static func shown(_ model: some TemplateObject, _ key: String) -> String {
        switch model.value(named: key) {
        case .missing: return "nil"
        case .list(let list):
            let texts = (0..<list.count).compactMap { index -> String? in
                if case .text(let text) = list.templateElement(at: index) { text } else { nil }
            }
            return list.count > 0 && texts.count == list.count ? texts.joined(separator: " | ") : "[\(list.count)]"
        case .object(let object): return String(describing: type(of: object))
        case .text(let text): return text
        case .int(let number): return String(number)
        case .bool(let flag): return String(flag)
        }
    }

    static func expect(
        _ model: some TemplateObject, _ table: KeyValuePairs<String, String>,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        expect(model, table.map { (key: $0.key, value: $0.value) }, sourceLocation: sourceLocation)
    }

    static func expect(
        _ model: some TemplateObject, _ table: [(key: String, value: String)],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let properties = Mirror(reflecting: model).children.compactMap(\.label)
        #expect(table.map(\.key).sorted() == properties.sorted(), "the table must name every property", sourceLocation: sourceLocation)
        for (key, expected) in table {
            let actual = shown(model, key)
            if expected.hasSuffix("…") {
                #expect(actual.hasPrefix(String(expected.dropLast())), "\(type(of: model)).\(key): \(actual.prefix(80))", sourceLocation: sourceLocation)
            } else {
                #expect(actual == expected, "\(type(of: model)).\(key)", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: - Notice page

    @Test func noticePage() throws {
        let page = try #require(site.noticePage("changchun-xinqu-2025"))
        Self.expect(page, [
            "lang": "zh-CN",
            "title": "中共长春新区工作委员会关于省委巡视整改进展情况的通报",
            "titleLines": "中共长春新区工作委员会关于省委巡视整改进展情况的通报",
            "issuer": "中共长春新区工作委员会",
            "date": "2025年3月7日",
            "dateISO": "2025-03-07",
            "tags": "巡视整改 | 长春新区",
            "opening": "[1]",
            "sections": "[4]",
            "closing": "ClosingView",
            "root": "../../",
            "siteTitle": "巡视巡察整改进展情况通报",
            "inlineCSS": "nil",
            "slug": "changchun-xinqu-2025",
            "textFile": "changchun-xinqu-2025.txt",
            "jsonFile": "changchun-xinqu-2025.json",
            "docxFile": "changchun-xinqu-2025.docx",
            "status": "open",
            "statusLabel": "公示中",
            "infoRows": "[0]",
            "hasInfo": "false",
            "downloads": "[3]",
            "hasDownloads": "true",
            "searchURL": "search/index.html",
        ])
        // Word first, then the text and the data; each says its kind and size.
        let downloads = try #require(site.noticePage("changchun-xinqu-2025")?.downloads)
        Self.expect(downloads[0], ["href": "changchun-xinqu-2025.docx", "label": "Word 文档", "kind": ".docx", "size": "…"])
        Self.expect(downloads[1], ["href": "changchun-xinqu-2025.txt", "label": "纯文本", "kind": ".txt", "size": "…"])
        Self.expect(downloads[2], ["href": "changchun-xinqu-2025.json", "label": "JSON 数据", "kind": ".json", "size": "…"])
        #expect(downloads.allSatisfy { $0.size.hasSuffix(" KB") })
    }

    /// The 信息公开 table of the second notice: the platforms' order, 发布机构 and 发布日期 included.
    @Test func disclosureInfoTable() throws {
        let page = try #require(site.noticePage("2024/blocks"))
        #expect(Self.shown(page, "hasInfo") == "true")
        try #require(page.infoRows.count == 6)
        Self.expect(page.infoRows[0], ["label": "索引号", "value": "11220100MB1234567X/2024-00031", "dateISO": "nil"])
        Self.expect(page.infoRows[1], ["label": "发布机构", "value": "中共某某区委巡察工作领导小组办公室", "dateISO": "nil"])
        Self.expect(page.infoRows[2], ["label": "成文日期", "value": "2024年9月30日", "dateISO": "2024-09-30"])
        Self.expect(page.infoRows[3], ["label": "发布日期", "value": "2024年10月8日", "dateISO": "2024-10-08"])
        Self.expect(page.infoRows[4], ["label": "文号", "value": "某巡办〔2024〕5号", "dateISO": "nil"])
        Self.expect(page.infoRows[5], ["label": "主题分类", "value": "综合政务/监察", "dateISO": "nil"])
    }

    @Test func fileSizes() {
        #expect(FileSizeText.describe(0) == "0 字节")
        #expect(FileSizeText.describe(1023) == "1023 字节")
        #expect(FileSizeText.describe(1024) == "1 KB")
        #expect(FileSizeText.describe(16 * 1024 + 1) == "17 KB")
        #expect(FileSizeText.describe(1024 * 1024) == "1 MB")
        #expect(FileSizeText.describe(1024 * 1024 + 1) == "1.1 MB")
    }

    @Test func pageRenderedOnItsOwn() throws {
        let page = try #require(site.pages.first { $0.name.hasPrefix("publish render") }?.model as? NoticeViewModel)
        #expect(Self.shown(page, "inlineCSS") == "body { margin: 0; }")
        #expect(Self.shown(page, "root") == "")
        #expect(Self.shown(page, "slug") == "nil")
        #expect(Self.shown(page, "siteTitle") == "nil")
        #expect(Self.shown(page, "status") == "nil")
        #expect(Self.shown(page, "textFile") == "notice.txt")
        #expect(Self.shown(page, "hasDownloads") == "false")
        #expect(Self.shown(page, "searchURL") == "nil")
    }

    @Test func closing() throws {
        let closing = try #require(site.noticePage("changchun-xinqu-2025")?.closing)
        Self.expect(closing, [
            "paragraphs": "[1]",
            "disclosure": "DisclosureView",
            "contacts": "[3]",
            "hasContacts": "true",
        ])
        Self.expect(try #require(closing.disclosure), [
            "label": "公开期限",
            "start": "2025年3月7日",
            "end": "2025年3月27日",
            "startISO": "2025-03-07",
            "endISO": "2025-03-27",
            "workdays": "15",
        ])
    }

    @Test func contacts() throws {
        let contacts = try #require(site.noticePage("changchun-xinqu-2025")?.closing?.contacts)
        try #require(contacts.count == 3)
        Self.expect(contacts[0], [
            "kind": "phone",
            "label": "联系电话",
            "value": "0431-80798040",
            "href": "tel:0431-80798040",
            "hours": "工作日8:30-17:00",
            "postcode": "nil",
        ])
        Self.expect(contacts[1], [
            "kind": "postalAddress",
            "label": "邮寄地址",
            "value": "吉林省长春市龙湖大路5799号长春新区巡视巡察整改专班",
            "href": "nil",
            "hours": "nil",
            "postcode": "130102",
        ])
        Self.expect(contacts[2], [
            "kind": "email",
            "label": "电子邮箱",
            "value": "ccnaxsxczgzb@163.com",
            "href": "mailto:ccnaxsxczgzb@163.com",
            "hours": "nil",
            "postcode": "nil",
        ])
    }

    // MARK: - Blocks

    /// A block's table: every flag false and every field empty but those given.
    static func block(_ given: [String: String]) -> [(key: String, value: String)] {
        let flags = ["isSection", "isItem", "isHeading", "isRunIn", "isParagraph", "isList", "isQuote", "isCode", "isTable", "isRawText"]
        let texts = ["headingTag", "levelClass", "regionLabel", "role", "id", "ordinal", "leadHTML", "bodyHTML", "text"]
        let lists = ["children", "listItems", "tableHeader", "tableRows"]
        return flags.map { ($0, given[$0] ?? "false") } + texts.map { ($0, given[$0] ?? "") }
            + lists.map { ($0, given[$0] ?? "[0]") }
    }

    @Test func sectionWithAHeading() throws {
        let section = try #require(site.noticePage("changchun-xinqu-2025")?.sections.first)
        Self.expect(section, Self.block([
            "isSection": "true", "isHeading": "true", "headingTag": "h2", "levelClass": "l1", "role": "responsibility",
            "id": "s1", "ordinal": "一、", "leadHTML": "党工委履行整改主体责任情况", "children": "[5]",
        ]))
    }

    @Test func runInItem() throws {
        let item = try #require(site.noticePage("changchun-xinqu-2025")?.sections.first?.children.first)
        Self.expect(item, Self.block([
            "isItem": "true", "isRunIn": "true", "headingTag": "h3", "levelClass": "l2", "id": "s1-1", "ordinal": "（一）",
            "leadHTML": "提高思想认识，强化政治担当。", "bodyHTML": "长春新区党工委坚决贯彻落实习近平总书记重要指示批示精神…",
        ]))
    }

    @Test func headingItemAndParagraph() throws {
        let problems = try #require(site.noticePage("changchun-xinqu-2025")?.sections.dropFirst().first)
        let area = try #require(problems.children.first)
        Self.expect(area, Self.block([
            "isItem": "true", "isHeading": "true", "headingTag": "h3", "levelClass": "l2", "id": "s2-1", "ordinal": "（一）",
            "leadHTML": "关于贯彻落实习近平总书记视察长春新区…", "children": "[2]",
        ]))
        let opening = try #require(site.noticePage("changchun-xinqu-2025")?.opening.first)
        Self.expect(opening, Self.block(["isParagraph": "true", "bodyHTML": "根据省委统一部署，2023年9月12日至11月20日…"]))
    }

    @Test func otherBlocks() throws {
        let page = try #require(site.noticePage("2024/blocks"))
        let sections = page.sections
        try #require(sections.count == 5)
        let blocks = sections[3].children
        let list = try #require(blocks.first { $0.isList })
        Self.expect(list, Self.block(["isList": "true", "listItems": "[2]"]))
        Self.expect(list.listItems[1], ["blocks": "[1]"])
        let table = try #require(blocks.first { $0.isTable })
        Self.expect(table, Self.block(["isTable": "true", "regionLabel": "表格 1", "tableHeader": "[2]", "tableRows": "[1]"]))
        Self.expect(table.tableHeader[0], ["html": "整改事项", "align": "left"])
        Self.expect(table.tableRows[0], ["cells": "[2]"])
        Self.expect(table.tableRows[0].cells[1], ["html": "12项", "align": "right"])
        let quote = try #require(blocks.first { $0.isQuote })
        Self.expect(quote, Self.block(["isQuote": "true", "children": "[1]"]))
        let code = try #require(blocks.first { $0.isCode })
        Self.expect(code, Self.block(["isCode": "true", "regionLabel": "代码 1", "text": "整改台账 2025\n"]))
        let raw = try #require(blocks.first { $0.isRawText })
        Self.expect(raw, Self.block(["isRawText": "true", "text": "<div>附件：整改台账</div>"]))
        Self.expect(sections[4], Self.block([
            "isSection": "true", "isRunIn": "true", "headingTag": "h2", "levelClass": "l1", "role": "other", "id": "s5",
            "ordinal": "五、", "leadHTML": "其他需要说明的事项。", "bodyHTML": "本通报所列整改事项均已纳入台账管理。",
        ]))
    }

    // MARK: - Listings

    @Test func homePage() throws {
        let home = try #require(site.listing("index.html"))
        Self.expect(home, [
            "heading": "巡视巡察整改进展情况通报",
            "siteTitle": "巡视巡察整改进展情况通报",
            "root": "",
            "inlineCSS": "nil",
            "feedURL": "https://notices.example.cn/feed.xml",
            "notices": "[1]",
            "hasNotices": "true",
            "issuers": "[2]",
            "hasIssuers": "true",
            "years": "[2]",
            "hasYears": "true",
            "documentTitle": "巡视巡察整改进展情况通报",
            "pagination": "Pagination",
            "searchURL": "search/index.html",
            "issuerFeedURL": "nil",
        ])
        // One notice a page: the home page is page 1 of 2, its second page at page/2/.
        Self.expect(try #require(home.pagination), [
            "number": "1", "count": "2", "previousURL": "nil", "nextURL": "page/2/index.html", "pages": "[2]",
        ])
        Self.expect(try #require(home.pagination?.pages[1]), ["number": "2", "url": "page/2/index.html", "isCurrent": "false"])
        let second = try #require(site.listing("page/2/index.html"))
        #expect(Self.shown(second, "root") == "../../")
        #expect(Self.shown(second, "documentTitle") == "巡视巡察整改进展情况通报（第2页）")
        Self.expect(try #require(second.pagination), [
            "number": "2", "count": "2", "previousURL": "index.html", "nextURL": "nil", "pages": "[2]",
        ])
        Self.expect(try #require(second.pagination?.pages[1]), ["number": "2", "url": "page/2/index.html", "isCurrent": "true"])
        #expect(Self.shown(second.notices[0], "issuer") == "中共某某区委员会")
        #expect(Self.shown(second.notices[0], "date") == "2024年10月8日")
        let search = try #require(site.pages.first { $0.name == SearchViewModel.path }?.model as? SearchViewModel)
        Self.expect(search, [
            "siteTitle": "巡视巡察整改进展情况通报", "root": "../", "inlineCSS": "nil", "searchURL": "search/index.html",
            "documentTitle": "搜索 - 巡视巡察整改进展情况通报",
        ])
        // Newest first: the 2025 notice, then the 2024 one.
        Self.expect(home.notices[0], [
            "title": "中共长春新区工作委员会关于省委巡视整改进展情况的通报",
            "issuer": "中共长春新区工作委员会",
            "date": "2025年3月7日",
            "dateISO": "2025-03-07",
            "url": "notices/changchun-xinqu-2025/index.html",
            "status": "open",
            "statusLabel": "公示中",
            "isDraft": "false",
        ])
        // Issuers by name; years newest first.
        Self.expect(home.issuers[0], [
            "name": "中共某某区委员会",
            "url": "issuers/\(IssuerID.of("中共某某区委员会"))/index.html",
            "count": "1",
        ])
        Self.expect(home.issuers[1], [
            "name": "中共长春新区工作委员会",
            "url": "issuers/\(IssuerID.of("中共长春新区工作委员会"))/index.html",
            "count": "1",
        ])
        Self.expect(home.years[0], ["year": "2025", "url": "years/2025/index.html", "count": "1"])
        Self.expect(home.years[1], ["year": "2024", "url": "years/2024/index.html", "count": "1"])
    }

    @Test func issuerPage() throws {
        let page = try #require(site.listing("issuers/\(IssuerID.of("中共某某区委员会"))/index.html"))
        Self.expect(page, [
            "heading": "中共某某区委员会",
            "siteTitle": "巡视巡察整改进展情况通报",
            "root": "../../",
            "inlineCSS": "nil",
            "feedURL": "https://notices.example.cn/feed.xml",
            "notices": "[1]",
            "hasNotices": "true",
            "issuers": "[0]",
            "hasIssuers": "false",
            "years": "[0]",
            "hasYears": "false",
            "documentTitle": "中共某某区委员会 - 巡视巡察整改进展情况通报",
            "pagination": "nil",
            "searchURL": "search/index.html",
            "issuerFeedURL": "https://notices.example.cn/issuers/\(IssuerID.of("中共某某区委员会"))/feed.xml",
        ])
        #expect(Self.shown(page.notices[0], "url") == "notices/2024/blocks/index.html")
    }
}
