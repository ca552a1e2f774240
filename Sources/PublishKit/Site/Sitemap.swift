/// The site's sitemap (sitemaps.org 0.9) with absolute URLs.
enum Sitemap {
    static func render(paths: [(path: String, modified: CalendarDate?)], baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, modified) in paths {
            xml += "<url><loc>\(XMLEscaping.escape(base + path))</loc>"
            if let modified { xml += "<lastmod>\(modified.description)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
