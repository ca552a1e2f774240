/// One notice as the site publishes it: its slug, its model and its status on the build date.
public struct SiteNotice: Sendable {
    public var slug: Slug
    public var notice: Notice
    public var status: DisclosureStatus

    /// Relative to the site root.
    public var pageURL: String { "notices/\(slug.value)/index.html" }

    /// `site/issuers/<id>/`: issuer names are Chinese, so the folder is a stable hash of the name.
    public static func issuerID(_ issuer: String) -> String {
        var hash: UInt32 = 2_166_136_261  // FNV-1a
        for byte in issuer.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    func entry(root: String = "") -> ListingViewModel.Entry {
        ListingViewModel.Entry(
            title: notice.title ?? slug.value, issuer: notice.frontMatter.issuer, date: notice.frontMatter.date?.chinese,
            dateISO: notice.frontMatter.date?.description, url: pageURL, status: status.rawValue,
            statusLabel: status.label, isDraft: notice.frontMatter.draft)
    }

    /// Newest first; notices without a date last; then by slug, so the order is stable.
    static func newestFirst(_ a: SiteNotice, _ b: SiteNotice) -> Bool {
        switch (a.notice.frontMatter.date, b.notice.frontMatter.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.slug < b.slug
        }
    }
}
