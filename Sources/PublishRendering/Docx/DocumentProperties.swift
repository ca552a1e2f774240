import PublishCore
import PublishReading
import PublishRules

/// `docProps/core.xml` and `docProps/app.xml`: title, issuer and date for archives and file
/// browsers. Everything comes from the notice, nothing from the clock, so the package stays the
/// same from one build to the next.
package struct DocumentProperties {
    package var title: String?
    package var creator: String?
    package var date: CalendarDate?
    package var tags: [String]

    package init(notice: Notice) {
        title = notice.title
        creator = notice.frontMatter.issuer
        date = notice.frontMatter.date.flatMap { $0.isValid ? $0 : nil }
        tags = notice.frontMatter.tags
    }

    package var corePart: String {
        var xml = WordXML.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title { xml += "<dc:title>\(WordText.escape(title))</dc:title>" }
        if !tags.isEmpty { xml += "<cp:keywords>\(WordText.escape(tags.joined(separator: ", ")))</cp:keywords>" }
        if let creator { xml += "<dc:creator>\(WordText.escape(creator))</dc:creator>" }
        xml += "<dc:language>zh-CN</dc:language>"
        if let date {
            let stamp = "\(date.description)T00:00:00Z"
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>"
    }

    /// The same in every notice (one string, so a package compares it with the one it deflated
    /// before without reading its bytes).
    package var extendedPart: String { Self.extendedPart }

    private static let extendedPart =
        WordXML.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>publish</Application><DocSecurity>0</DocSecurity></Properties>"
}
