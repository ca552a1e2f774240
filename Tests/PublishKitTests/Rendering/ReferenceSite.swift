import Foundation
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The example site as `publish build` makes its pages: the notice of `content/`, and a second
/// notice of another issuer and year whose last parts hold every other kind of block (list, table,
/// quote, code, raw HTML, a run-in section), so that every tag of every template has something to
/// show. The view
/// models are made by the code the build uses (`NoticeViewModel`, `NoticeSummary`,
/// `SiteListings`), for 2025-03-10 under the configuration in `publish.yml`.
struct ReferenceSite {
    /// A page to render: the template's name and what it sees.
    struct Page {
        var name: String
        var template: String
        var model: any TemplateObject
    }

    static let day = CalendarDate(year: 2025, month: 3, day: 10)
    static let siteTitle = "巡视巡察整改进展情况通报"
    static let feedURL = "https://notices.example.cn/feed.xml"

    /// The extra blocks, added to the second notice's 四、 section.
    static let otherBlocks = """

        - 建立整改长效机制清单。
        - 完善督办台账，
          按月更新。

        | 整改事项 | 完成情况 |
        |:---|---:|
        | 项目落位 | 12项 |

        > 巡视整改永远在路上。

            整改台账 2025

        <div>附件：整改台账</div>

        """

    /// The 信息公开 keys of the second notice's front matter.
    static let disclosureInfo = """
        index_number: 11220100MB1234567X/2024-00031
        publisher: 中共某某区委巡察工作领导小组办公室
        written: 2024-09-30
        doc_number: 某巡办〔2024〕5号
        category: 综合政务/监察
        """

    /// The site is built with search (`search: true`) and two notices a listing page, so that the
    /// home page has a second page.
    static let searchURL = SearchViewModel.path
    static let pageSize = 1

    /// A top-level section written run-in, added before the second notice's closing.
    static let runInSection = "五、其他需要说明的事项。本通报所列整改事项均已纳入台账管理。"

    let notices: [(slug: Slug, notice: Notice)]
    let pages: [Page]

    init() throws {
        let content = try Fixtures.contentNotice()
        let text = content.source.text
            .replacingOccurrences(of: "issuer: 中共长春新区工作委员会", with: "issuer: 中共某某区委员会")
            .replacingOccurrences(of: "date: 2025-03-07", with: "date: 2024-10-08\n" + Self.disclosureInfo)
            .replacingOccurrences(of: "为纵深推进全面从严治党、推进新区高质量发展，提供坚强的政治保证。\n", with: "为纵深推进全面从严治党、推进新区高质量发展，提供坚强的政治保证。\n" + Self.otherBlocks)
            .replacingOccurrences(of: "\n欢迎广大干部群众", with: "\n" + Self.runInSection + "\n\n欢迎广大干部群众")
        let second = Fixtures.load(text, path: "content/2024/blocks.md").notice
        var notices: [(Slug, Notice)] = []
        notices.append((Slug("changchun-xinqu-2025")!, content.notice))
        notices.append((Slug("2024/blocks")!, second))
        self.notices = notices

        var pages: [Page] = []
        var summaries: [NoticeSummary] = []
        for (slug, notice) in notices {
            let status = DisclosureStatus(period: notice.closing?.disclosure, on: Self.day)
            let downloads = try NoticeFormat.downloadOrder.map { format in
                NoticeViewModel.DownloadView(format: format, slug: slug.value, byteCount: try format.render(notice, for: .site).count)
            }
            let model = NoticeViewModel(
                notice: notice, slug: slug.value, root: String(repeating: "../", count: slug.depth),
                siteTitle: Self.siteTitle, status: status, downloads: downloads, searchURL: Self.searchURL)
            pages.append(Page(name: "notices/\(slug.value)/index.html", template: "notice", model: model))
            summaries.append(NoticeSummary(notice: notice, slug: slug, path: "content/\(slug.value).md"))
        }
        // `publish render FILE --format html`: a page on its own, stylesheets inline.
        let css = "body { margin: 0; }"
        pages.append(Page(
            name: "publish render \(Fixtures.contentPath)", template: "notice",
            model: NoticeViewModel(notice: content.notice, inlineCSS: css)))
        summaries.sort(by: NoticeSummary.newestFirst)
        for page in SiteListings.pages(
            for: summaries, siteTitle: Self.siteTitle, feedURL: Self.feedURL, on: Self.day, pageSize: Self.pageSize,
            searchURL: Self.searchURL, baseURL: "https://notices.example.cn/")
        {
            pages.append(Page(name: page.path, template: "index", model: page.model))
        }
        pages.append(Page(name: SearchViewModel.path, template: "search", model: SearchViewModel(siteTitle: Self.siteTitle)))
        self.pages = pages
    }

    /// The page model of one notice.
    func noticePage(_ slug: String) -> NoticeViewModel? {
        pages.first { $0.name == "notices/\(slug)/index.html" }?.model as? NoticeViewModel
    }

    /// The listing page at `path`.
    func listing(_ path: String) -> ListingViewModel? {
        pages.first { $0.name == path }?.model as? ListingViewModel
    }
}
