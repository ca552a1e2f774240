import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// An Atom feed (RFC 4287) of the site (`feed.xml`) or of one issuer (`issuers/<id>/feed.xml`):
/// the newest notices, absolute URLs from the base URL. An entry's 信息公开 metadata (索引号,
/// 发布机构, 成文日期, 文号, 主题分类) is its `<content>`, one `label：value` line each, and the
/// 主题分类 also its `<category>`.
package enum AtomFeed {
    /// How many notices a feed shows, the newest.
    static let entryLimit = 50

    package static func render(
        _ notices: [NoticeSummary], baseURL: String, title: String, updated: CalendarDate,
        timeZone: String = "Asia/Shanghai", limit: Int = entryLimit, path: String = "feed.xml", page: String = "index.html"
    ) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        func stamp(_ date: CalendarDate) -> String { SiteTimestamp.rfc3339(date, timeZone: timeZone) }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
            <title>\(XMLEscaping.escape(title))</title>
            <id>\(XMLEscaping.escape(path == "feed.xml" ? base : base + path))</id>
            <link rel="alternate" type="text/html" href="\(XMLEscaping.escape(base + page))"/>
            <link rel="self" type="application/atom+xml" href="\(XMLEscaping.escape(base + path))"/>
            <updated>\(stamp(notices.compactMap(\.date).max() ?? updated))</updated>

            """
        for item in notices.prefix(limit) {
            let url = base + item.pageURL
            let date = item.date ?? updated
            xml += """
                <entry>
                <title>\(XMLEscaping.escape(item.title))</title>
                <id>\(XMLEscaping.escape(url))</id>
                <link rel="alternate" type="text/html" href="\(XMLEscaping.escape(url))"/>
                <updated>\(stamp(date))</updated>
                <author><name>\(XMLEscaping.escape(item.issuer ?? title))</name></author>
                <summary>\(XMLEscaping.escape(item.lead))</summary>

                """
            if let info = item.disclosureInfo {
                let lines = [
                    info.indexNumber.map { "索引号：\($0)" }, (info.publisher ?? item.issuer).map { "发布机构：\($0)" },
                    info.written.map { "成文日期：\($0.chinese)" }, item.date.map { "发布日期：\($0.chinese)" },
                    info.docNumber.map { "文号：\($0)" }, info.category.map { "主题分类：\($0)" },
                ].compactMap { $0 }
                if let category = info.category {
                    xml += "<category term=\"\(XMLEscaping.escape(category))\" label=\"主题分类\"/>\n"
                }
                xml += "<content type=\"text\">\(XMLEscaping.escape(lines.joined(separator: "\n")))</content>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
