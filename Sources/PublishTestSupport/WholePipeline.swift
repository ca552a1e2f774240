import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// One file's bytes through every stage a published notice goes through: decoding, front matter,
/// Markdown, interpretation, every rule, and every renderer the site uses (plain text, wrapped and
/// not; the notice page and a listing through the built-in templates; the JSON model; the feed).
///
/// The fuzzer (`Fuzz/`) calls it with random bytes, and a test replays the fuzzer's corpus and
/// crashes through it, so both exercise the same code. Besides not crashing, the outputs must keep
/// the promises the site makes, which `violations` checks: no markup that was not in a template
/// (no `<script>`, no `on…=` handler), no link or image with a scheme outside the allowed ones, and
/// JSON that parses. (Whether the feed is well-formed XML the replay test checks: an XML parser on
/// Linux would add libxml2 to the binary.)
public enum WholePipeline {
    public struct Outputs: Sendable {
        public var diagnostics: [Diagnostic]
        public var text: String
        public var wrappedText: String
        public var html: String
        public var listing: String
        public var json: String
        public var feed: String
    }

    /// The built-in templates, parsed once.
    static let templates: TemplateLibrary = {
        do {
            return try TemplateLibrary.builtIn()
        } catch {
            fatalError("the built-in templates do not parse: \(error)")
        }
    }()

    public static func run(bytes: [UInt8], path: String = "content/fuzz.md") -> Outputs {
        let loaded = NoticeLoader().load(bytes: bytes, path: path)
        let diagnostics = Checker().check(loaded)
        let notice = loaded.notice
        let day = CalendarDate(year: 2025, month: 3, day: 10)
        let status = DisclosureStatus(period: notice.closing?.disclosure, on: day)
        let slug = Slug(notice.frontMatter.slug ?? "") ?? Slug("fuzz")!
        let site = NoticeSummary(notice: notice, slug: slug, path: path)
        let page = HTMLRenderer(templates: templates).render(
            NoticeViewModel(notice: notice, slug: slug.value, root: "../../", siteTitle: "站点", status: status))
        let listing = templates.render(
            ListingViewModel(
                heading: notice.frontMatter.issuer ?? "全部", siteTitle: "站点", root: "", inlineCSS: nil,
                feedURL: "https://example.cn/feed.xml", notices: [site.entry(on: day)], hasNotices: true,
                issuers: [], hasIssuers: false, years: [], hasYears: false),
            template: "index")
        return Outputs(
            diagnostics: diagnostics,
            text: PlainTextRenderer().render(notice),
            wrappedText: PlainTextRenderer(options: .init(indent: true, width: 20)).render(notice),
            html: page, listing: listing,
            json: JSONRenderer().render(notice),
            feed: AtomFeed.render([site], baseURL: "https://example.cn/", title: "站点", updated: day))
    }

    // MARK: - The promises

    /// Elements and attributes the built-in templates write (read from their source, so a template
    /// that gains an element needs no edit here); anything else in a page came from the content.
    static let templateMarkup: (elements: Set<String>, attributes: Set<String>) = {
        // `<{{headingTag}}>`, and what `InlineHTML` and the view model write into `…HTML` fields.
        var elements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "code", "em", "strong", "del", "br", "span"]
        var attributes: Set<String> = ["href", "src", "alt", "class"]
        for source in DefaultTemplates.all.values {
            for tag in scanTags(source) {
                elements.insert(tag.name)
                attributes.formUnion(tag.attributes.map(\.name))
            }
        }
        return (elements, attributes)
    }()

    /// What in `outputs` breaks a promise of the site; empty when all hold.
    public static func violations(in outputs: Outputs) -> [String] {
        var found: [String] = []
        for (name, html) in [("page", outputs.html), ("listing", outputs.listing)] {
            found += markupViolations(html).map { "\(name): \($0)" }
        }
        if (try? JSONSerialization.jsonObject(with: Data(outputs.json.utf8))) == nil {
            found.append("json: does not parse")
        }
        return found
    }

    /// Tags, attributes and URLs in HTML that the templates would not write. A small scanner is
    /// enough: the renderers escape every `<` of the content, so any tag here is a template's.
    static func markupViolations(_ html: String) -> [String] {
        var found: [String] = []
        let allowed = templateMarkup
        for tag in scanTags(html) where tag.name != "!doctype" {
            if !allowed.elements.contains(tag.name) { found.append("element <\(tag.name)>") }
            for attribute in tag.attributes {
                if !allowed.attributes.contains(attribute.name) || attribute.name.hasPrefix("on") {
                    found.append("attribute \(attribute.name) on <\(tag.name)>")
                }
                if let value = attribute.value, attribute.name == "href" || attribute.name == "src",
                    !HTMLEscaping.isSafe(url: unescaped(value), image: attribute.name == "src") {
                    found.append("\(attribute.name)=\"\(value)\" on <\(tag.name)>")
                }
            }
        }
        return found
    }

    struct Tag {
        var name: String
        var attributes: [(name: String, value: String?)]
    }

    /// The start tags of `html` with their attributes, names lower-cased; comments, end tags and
    /// text are skipped. Attribute values are expected in `"…"`, as the templates write them.
    static func scanTags(_ html: String) -> [Tag] {
        var tags: [Tag] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func isNameScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == ":" || s == "!"
        }
        func name(at start: Int) -> (String, Int) {
            var cursor = start
            var text = ""
            while cursor < scalars.count, isNameScalar(scalars[cursor]) {
                text.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            return (text.lowercased(), cursor)
        }
        while index < scalars.count {
            guard scalars[index] == "<" else {
                index += 1
                continue
            }
            if scalars[index...].starts(with: "<!--".unicodeScalars) {
                var end = index + 4
                while end < scalars.count, !scalars[end...].starts(with: "-->".unicodeScalars) { end += 1 }
                index = end + 3
                continue
            }
            if index + 1 < scalars.count, scalars[index + 1] == "/" {
                index += 2
                continue
            }
            let (tagName, afterName) = name(at: index + 1)
            var cursor = afterName
            var tag = Tag(name: tagName, attributes: [])
            while cursor < scalars.count, scalars[cursor] != ">" {
                if scalars[cursor] == "\"" {
                    cursor += 1
                    while cursor < scalars.count, scalars[cursor] != "\"" { cursor += 1 }
                    cursor += 1
                    continue
                }
                guard isNameScalar(scalars[cursor]) else {
                    cursor += 1
                    continue
                }
                let attribute: String
                (attribute, cursor) = name(at: cursor)
                var value: String?
                if cursor + 1 < scalars.count, scalars[cursor] == "=", scalars[cursor + 1] == "\"" {
                    var text = ""
                    cursor += 2
                    while cursor < scalars.count, scalars[cursor] != "\"" {
                        text.unicodeScalars.append(scalars[cursor])
                        cursor += 1
                    }
                    cursor += 1
                    value = text
                }
                tag.attributes.append((attribute, value))
            }
            if !tag.name.isEmpty { tags.append(tag) }
            index = cursor + 1
        }
        return tags
    }

    /// Attribute text with the entities the escaper writes turned back, as a browser reads it.
    static func unescaped(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
