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
        var model: Any
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

    /// A top-level section written run-in, added before the second notice's closing.
    static let runInSection = "五、其他需要说明的事项。本通报所列整改事项均已纳入台账管理。"

    let notices: [(slug: Slug, notice: Notice)]
    let pages: [Page]

    init() throws {
        let content = try Fixtures.contentNotice()
        let text = content.source.text
            .replacingOccurrences(of: "issuer: 中共长春新区工作委员会", with: "issuer: 中共某某区委员会")
            .replacingOccurrences(of: "date: 2025-03-07", with: "date: 2024-10-08")
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
            let model = NoticeViewModel(
                notice: notice, slug: slug.value, root: String(repeating: "../", count: slug.depth),
                siteTitle: Self.siteTitle, status: status)
            pages.append(Page(name: "notices/\(slug.value)/index.html", template: "notice", model: model))
            summaries.append(NoticeSummary(notice: notice, slug: slug, path: "content/\(slug.value).md"))
        }
        // `publish render FILE --format html`: a page on its own, stylesheets inline.
        let css = "body { margin: 0; }"
        pages.append(Page(
            name: "publish render \(Fixtures.contentPath)", template: "notice",
            model: NoticeViewModel(notice: content.notice, inlineCSS: css)))
        summaries.sort(by: NoticeSummary.newestFirst)
        for page in SiteListings.pages(for: summaries, siteTitle: Self.siteTitle, feedURL: Self.feedURL, on: Self.day) {
            pages.append(Page(name: page.path, template: "index", model: page.model))
        }
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
