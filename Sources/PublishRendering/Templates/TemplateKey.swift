/// A name a template tag asks for, read once when the template is compiled: the name as written,
/// and the view-model field it names, if any. A view model then answers from a switch over
/// `TemplateField` instead of comparing the name with each of its properties' names, on every
/// lookup of every page.
public struct TemplateKey: Sendable, Hashable {
    /// The name as the template writes it (one part of a dotted name).
    public let name: String
    /// The field of that name, when some view model has one.
    public let field: TemplateField?

    public init(_ name: String) {
        self.name = name
        field = TemplateField(rawValue: name)
    }
}

/// Every name a view model answers (`ViewModel+TemplateObject.swift`): the stored properties of
/// the notice, listing and search pages' view models and of the views inside them. A name in a
/// template that is none of these resolves to no field, and no view model answers it.
public enum TemplateField: String, CaseIterable, Sendable {
    case lang, title, titleLines, issuer, date, dateISO, tags, opening
    case sections, closing, root, siteTitle, inlineCSS, slug, textFile, jsonFile
    case docxFile, status, statusLabel, infoRows, hasInfo, downloads, hasDownloads, searchURL
    case label, value, href, kind, size, isSection, isItem, isHeading
    case isRunIn, isParagraph, isList, isQuote, isCode, isTable, isRawText, headingTag
    case levelClass, regionLabel, role, id, ordinal, leadHTML, bodyHTML, text
    case children, listItems, tableHeader, tableRows, blocks, cells, html, align
    case paragraphs, disclosure, contacts, hasContacts, start, end, startISO, endISO
    case workdays, hours, postcode, heading, feedURL, notices, hasNotices, issuers
    case hasIssuers, years, hasYears, documentTitle, pagination, issuerFeedURL, number, count
    case previousURL, nextURL, pages, url, isCurrent, isDraft, name, year
}
