import PublishCore
import PublishReading
import PublishRules

/// What the notice template sees: plain values and pre-escaped HTML fragments, never the raw model.
///
/// Fields ending in `HTML` are escaped HTML to be inserted with `{{{…}}}`; every other string is
/// text, which Mustache escapes with `{{…}}`. Every field is listed in docs/site.md (Templates and
/// view models).
public struct NoticeViewModel: Sendable {
    public var lang = "zh-CN"
    /// The title as one line (body title lines joined, else the front matter title).
    public var title: String
    /// The title as the body writes it, one entry per line (issuer line, then `关于……的通报`).
    public var titleLines: [String]
    public var issuer: String?
    /// Publication date, `2025年3月7日`, and its ISO form `2025-03-07`.
    public var date: String?
    public var dateISO: String?
    public var tags: [String]
    /// The opening paragraphs.
    public var opening: [BlockView]
    /// The top-level sections, as blocks of kind `section`.
    public var sections: [BlockView]
    public var closing: ClosingView?
    /// The path from the page to the site root (`../../` on a notice page, empty for a page
    /// rendered on its own); links to assets and listings start with it.
    public var root: String
    /// The site's title (`publish.yml`); nil for a page rendered on its own. (Mustache treats an
    /// empty string as true, so absent values are nil, never empty.)
    public var siteTitle: String?
    /// Stylesheets to put in a `<style>` element, for a page rendered on its own (no `assets/`).
    public var inlineCSS: String?
    /// The notice's slug, and the file names of its plain-text and JSON versions beside the page.
    public var slug: String?
    public var textFile: String
    public var jsonFile: String
    /// The Word (.docx) version beside the page, in the GB/T 9704 layout.
    public var docxFile: String
    /// The disclosure status on the build date: `upcoming`, `open`, `closed` or `unknown`, and its
    /// label (未开始 / 公示中 / 已截止 / 未注明); nil for a page rendered on its own.
    public var status: String?
    public var statusLabel: String?
    /// The 信息公开 table (索引号, 发布机构, 成文日期, 发布日期, 文号, 主题分类): the rows the front
    /// matter gives, in the platforms' order; empty when it gives none of the five keys.
    public var infoRows: [InfoRowView]
    public var hasInfo: Bool
    /// The files beside the page, each with its kind and size (`Word 文档（.docx，16 KB）`); empty
    /// for a page rendered on its own.
    public var downloads: [DownloadView]
    public var hasDownloads: Bool
    /// The search page, relative to the root (`search/index.html`), when the site has search.
    public var searchURL: String?

    /// One row of the 信息公开 table; `dateISO` when the value is a date.
    public struct InfoRowView: Sendable {
        public var label: String
        public var value: String
        public var dateISO: String?
    }

    /// One file beside the page.
    public struct DownloadView: Sendable {
        public var href: String
        /// `Word 文档`, `纯文本`, `JSON 数据`.
        public var label: String
        /// `.docx`, `.txt`, `.json`.
        public var kind: String
        /// `16 KB`, `820 字节`.
        public var size: String

        package init(format: NoticeFormat, slug: String?, byteCount: Int) {
            self.href = format.fileName(forSlug: slug)
            self.label = format.label
            self.kind = "." + format.fileExtension
            self.size = FileSizeText.describe(byteCount)
        }
    }

    /// One block of the body. Exactly one of `isSection`, `isItem`, `isParagraph`, `isList`,
    /// `isQuote`, `isCode`, `isTable` and `isRawText` is true; sections and items are also
    /// `isHeading` or `isRunIn`.
    public struct BlockView: Sendable {
        public var isSection = false
        /// A numbered item below a section (`（一）`, `1.` …).
        public var isItem = false
        /// A heading item (a Markdown heading or a heading line such as `1、……` with no `。`).
        public var isHeading = false
        /// A run-in item: ordinal, lead up to its first `。`, then the body, in one paragraph.
        public var isRunIn = false
        public var isParagraph = false
        public var isList = false
        public var isQuote = false
        public var isCode = false
        public var isTable = false
        /// Raw HTML the author wrote, shown as text (`text`).
        public var isRawText = false

        /// `h2` for sections, `h3` … `h6` for deeper levels.
        public var headingTag = ""
        /// `l1` (一、) … `l5` (①): the GB/T 9704 level, for styling.
        public var levelClass = ""
        /// The section's role: `responsibility`, `keyProblems`, `longTerm`, `nextSteps`, `other`.
        public var role = ""
        /// The accessible name of a table's or code block's scroll region (`表格 1`, `代码 2`):
        /// numbered through the page, so no two regions share a name.
        public var regionLabel = ""
        /// An anchor id (`s1`, `s2-1`, …).
        public var id = ""
        public var ordinal = ""
        public var leadHTML: HTMLFragment = ""
        /// The paragraph (or a run-in item's body) as HTML; measures are wrapped in
        /// `<span class="measure">` with their ordinal and lead marked.
        public var bodyHTML: HTMLFragment = ""
        public var text = ""
        public var children: [BlockView] = []
        /// Lists: one entry per list item, each a list of blocks.
        public var listItems: [ListItemView] = []
        public var tableHeader: [CellView] = []
        public var tableRows: [RowView] = []
    }

    public struct ListItemView: Sendable { public var blocks: [BlockView] }
    public struct RowView: Sendable { public var cells: [CellView] }
    public struct CellView: Sendable {
        public var html: HTMLFragment
        /// `left`, `center`, `right`, or nil.
        public var align: String?
    }

    public struct ClosingView: Sendable {
        public var paragraphs: [BlockView]
        public var disclosure: DisclosureView?
        public var contacts: [ContactView]
        /// Whether there is any contact (Mustache cannot ask an array for its count).
        public var hasContacts: Bool
    }

    public struct DisclosureView: Sendable {
        public var label: String
        public var start: String
        public var end: String
        public var startISO: String
        public var endISO: String
        public var workdays: Int?
    }

    public struct ContactView: Sendable {
        /// `phone`, `postalAddress`, `email` or `website`.
        public var kind: String
        public var label: String
        public var value: String
        /// `tel:…`, `mailto:…` or the website's URL; nil for addresses.
        public var href: String?
        public var hours: String?
        public var postcode: String?
    }
}

// MARK: - Building

extension NoticeViewModel {
    public init(
        notice: Notice, slug: String? = nil, root: String = "", siteTitle: String? = nil, inlineCSS: String? = nil,
        status: DisclosureStatus? = nil, downloads: [DownloadView] = [], searchURL: String? = nil
    ) {
        var lines: [String] = []
        for line in notice.titleLines.map(\.plain) where lines.last != line { lines.append(line) }
        self.title = notice.title ?? ""
        self.titleLines = lines.isEmpty ? (notice.frontMatter.title.map { [$0] } ?? []) : lines
        self.issuer = notice.frontMatter.issuer
        self.date = notice.frontMatter.date?.chinese
        self.dateISO = notice.frontMatter.date?.description
        self.tags = notice.frontMatter.tags
        self.root = root
        self.siteTitle = siteTitle
        self.inlineCSS = inlineCSS
        self.slug = slug
        self.textFile = NoticeFormat.text.fileName(forSlug: slug)
        self.jsonFile = NoticeFormat.json.fileName(forSlug: slug)
        self.docxFile = NoticeFormat.docx.fileName(forSlug: slug)
        self.status = status?.rawValue
        self.statusLabel = status?.label
        self.opening = notice.opening.paragraphs.map(Self.paragraph)
        self.sections = notice.sections.enumerated().map { index, section in
            Self.section(section, id: "s" + String(index + 1))
        }
        self.closing = notice.closing.map(Self.closing)
        self.infoRows = Self.infoRows(notice.frontMatter)
        self.hasInfo = !infoRows.isEmpty
        self.downloads = downloads
        self.hasDownloads = !downloads.isEmpty
        self.searchURL = searchURL
        var counts = (tables: 0, code: 0)
        Self.labelRegions(&opening, &counts)
        Self.labelRegions(&sections, &counts)
        if var closing { Self.labelRegions(&closing.paragraphs, &counts); self.closing = closing }
    }

    /// The 信息公开 rows, in the order the government platforms show them; 发布日期 is the
    /// front matter's `date` and is shown only beside at least one of the other keys.
    package static func infoRows(_ front: FrontMatter) -> [InfoRowView] {
        guard let info = front.disclosureInfo else { return [] }
        var rows: [InfoRowView] = []
        func add(_ label: String, _ value: String?, _ iso: String? = nil) {
            if let value { rows.append(InfoRowView(label: label, value: value, dateISO: iso)) }
        }
        add("索引号", info.indexNumber)
        add("发布机构", info.publisher ?? front.issuer)
        add("成文日期", info.written?.chinese, info.written?.description)
        add("发布日期", front.date?.chinese, front.date?.description)
        add("文号", info.docNumber)
        add("主题分类", info.category)
        return rows
    }

    /// Gives every table and code block, at any depth, its numbered region name.
    package static func labelRegions(_ blocks: inout [BlockView], _ counts: inout (tables: Int, code: Int)) {
        for index in blocks.indices {
            if blocks[index].isTable {
                counts.tables += 1
                blocks[index].regionLabel = "表格 \(counts.tables)"
            } else if blocks[index].isCode {
                counts.code += 1
                blocks[index].regionLabel = "代码 \(counts.code)"
            }
            labelRegions(&blocks[index].children, &counts)
            for item in blocks[index].listItems.indices {
                labelRegions(&blocks[index].listItems[item].blocks, &counts)
            }
        }
    }

    package static func paragraphHTML(_ paragraph: Paragraph) -> HTMLFragment {
        var html = UTF8Rewriter(capacity: 512)
        for segment in paragraph.segments {
            switch segment {
            case .text(let text):
                InlineHTML.append(text, to: &html)
            case .measure(let m):
                html.append("<span class=\"measure\"><span class=\"ordinal\">")
                HTMLEscaping.append(escaping: m.ordinal.text, to: &html)
                html.append("</span><span class=\"lead\">")
                InlineHTML.append(m.lead, to: &html)
                html.append("</span>")
                InlineHTML.append(m.body, to: &html)
                html.append("</span>")
            }
        }
        return HTMLFragment(bytes: html.takeBytes())
    }

    package static func paragraph(_ paragraph: Paragraph) -> BlockView {
        var view = BlockView()
        view.isParagraph = true
        view.bodyHTML = paragraphHTML(paragraph)
        return view
    }

    package static func levelNumber(_ level: Ordinal.Level?) -> Int {
        guard let level else { return 1 }
        return min(level.depth, 5)
    }

    package static func head(_ head: ItemHead, level: Int, into view: inout BlockView) {
        // The five levels' names are literals: no string is put together for each head.
        switch level {
        case 1: (view.levelClass, view.headingTag) = ("l1", "h2")
        case 2: (view.levelClass, view.headingTag) = ("l2", "h3")
        case 3: (view.levelClass, view.headingTag) = ("l3", "h4")
        case 4: (view.levelClass, view.headingTag) = ("l4", "h5")
        case 5: (view.levelClass, view.headingTag) = ("l5", "h6")
        default: (view.levelClass, view.headingTag) = ("l\(level)", "h\(min(level + 1, 6))")
        }
        view.ordinal = head.ordinal?.text ?? ""
        view.leadHTML = InlineHTML.render(head.lead)
        view.bodyHTML = head.body.map(paragraphHTML) ?? ""
        switch head.form {
        case .heading, .line: view.isHeading = true
        case .runIn: view.isRunIn = true
        }
    }

    package static func section(_ section: Section, id: String) -> BlockView {
        var view = BlockView()
        view.isSection = true
        view.id = id
        view.role = section.role.rawValue
        if let head = section.head {
            Self.head(head, level: 1, into: &view)
            view.isHeading = head.form != .runIn
            view.isRunIn = head.form == .runIn
        }
        view.children = blocks(section.children, id: id)
        return view
    }

    package static func blocks(_ list: [NoticeBlock], id: String) -> [BlockView] {
        var itemNumber = 0
        return list.map { block in
            switch block {
            case .paragraph(let p):
                return paragraph(p)
            case .item(let item):
                itemNumber += 1
                var view = BlockView()
                view.isItem = true
                let childID = id + "-" + String(itemNumber)
                view.id = childID
                head(item.head, level: levelNumber(item.head.ordinal?.level ?? .parenthesizedHanzi), into: &view)
                view.children = blocks(item.children, id: childID)
                return view
            case .list(let items, _):
                var view = BlockView()
                view.isList = true
                view.listItems = items.map { ListItemView(blocks: blocks($0, id: id)) }
                return view
            case .quote(let children, _):
                var view = BlockView()
                view.isQuote = true
                view.children = blocks(children, id: id)
                return view
            case .code(_, let literal, _):
                var view = BlockView()
                view.isCode = true
                view.text = literal
                return view
            case .table(let table):
                var view = BlockView()
                view.isTable = true
                func cells(_ row: [RichText]) -> [CellView] {
                    row.enumerated().map { column, cell in
                        let align = column < table.alignments.count ? table.alignments[column] : .none
                        return CellView(html: InlineHTML.render(cell), align: align == .none ? nil : align.rawValue)
                    }
                }
                view.tableHeader = table.rows.first.map(cells) ?? []
                view.tableRows = table.rows.dropFirst().map { RowView(cells: cells($0)) }
                return view
            case .html(let html, _):
                var view = BlockView()
                let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
                if !(trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) {
                    view.isRawText = true
                    view.text = trimmed
                }
                return view
            case .thematicBreak:
                return BlockView()
            }
        }
    }

    package static func closing(_ closing: Closing) -> ClosingView {
        ClosingView(
            paragraphs: closing.paragraphs.map(paragraph),
            disclosure: closing.disclosure.flatMap { d in
                d.period.map { period in
                    // A period the closing gives without a label is shown under the standard one.
                    DisclosureView(
                        label: d.label ?? "公开期限", start: period.start.date.chinese, end: period.end.date.chinese,
                        startISO: period.start.date.description, endISO: period.end.date.description,
                        workdays: d.statedWorkdays)
                }
            },
            contacts: closing.contacts.map { contact in
                let href: String?
                switch contact.kind {
                case .phone:
                    href = "tel:" + String(contact.value.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "-" }.map(Character.init))
                case .email: href = "mailto:" + contact.value
                case .website: href = HTMLEscaping.isSafe(url: contact.value) ? contact.value : nil
                case .postalAddress, .postcode: href = nil
                }
                return ContactView(
                    kind: contact.kind.rawValue, label: contact.label, value: contact.value, href: href,
                    hours: contact.hours?.text, postcode: contact.postcode?.text)
            },
            hasContacts: !closing.contacts.isEmpty)
    }
}
