import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The site's sitemap (sitemaps.org 0.9) with absolute URLs; `lastmod` is the newest notice's day,
/// as the instant it began in the site's time zone (W3C Datetime allows the offset, and only with
/// it is the day the one the notice was dated).
package enum Sitemap {
    static func render(
        paths: [(path: String, modified: CalendarDate?)], baseURL: String, timeZone: String = "Asia/Shanghai"
    ) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, modified) in paths {
            xml += "<url><loc>\(XMLEscaping.escape(base + path))</loc>"
            if let modified { xml += "<lastmod>\(SiteTimestamp.rfc3339(modified, timeZone: timeZone))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
