import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The site's Atom feed (RFC 4287): the newest notices, absolute URLs from the base URL.
package enum AtomFeed {
    package static func render(
        _ notices: [NoticeSummary], baseURL: String, title: String, updated: CalendarDate,
        timeZone: String = "Asia/Shanghai", limit: Int = 50
    ) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        func stamp(_ date: CalendarDate) -> String { SiteTimestamp.rfc3339(date, timeZone: timeZone) }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
            <title>\(XMLEscaping.escape(title))</title>
            <id>\(XMLEscaping.escape(base))</id>
            <link rel="alternate" type="text/html" href="\(XMLEscaping.escape(base))index.html"/>
            <link rel="self" type="application/atom+xml" href="\(XMLEscaping.escape(base))feed.xml"/>
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
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}
