/// What the `search` template sees: the search page `search/index.html` of a site built with
/// `search: true`. The results are found in the browser by Pagefind's index (`pagefind/`) and
/// shown by `assets/search.js`.
public struct SearchViewModel: Sendable {
    public var siteTitle: String
    /// `../` (the page is `search/index.html`).
    public var root: String
    /// Always nil: the site's stylesheets are files.
    public var inlineCSS: String?
    /// `search/index.html`: the search box in the header submits here.
    public var searchURL: String?
    public var documentTitle: String

    package init(siteTitle: String) {
        self.siteTitle = siteTitle
        self.root = "../"
        self.inlineCSS = nil
        self.searchURL = SearchViewModel.path
        self.documentTitle = "搜索 - \(siteTitle)"
    }

    /// Where the search page is, relative to the site root.
    public static let path = "search/index.html"
}
