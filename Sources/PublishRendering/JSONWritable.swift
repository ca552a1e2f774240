import PublishCore
import PublishReading
import PublishRules

/// A value the JSON renderer writes with a `JSONWriter`: the same text `JSONEncoder` makes of the
/// value's `Encodable` form (same keys, same omissions), keys in sorted order.
///
/// The model's `Codable` conformances stay the definition of the shape (they decode, and the schema
/// test checks them); `JSONRendererTests` checks that this code writes what they encode.
package protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

package extension JSONWriter {
    /// An object member.
    mutating func field(_ key: StaticString, _ value: some JSONWritable) {
        self.key(key)
        value.write(to: &self)
    }

    /// An object member, left out when `value` is nil (as `Encodable`'s synthesized code does).
    mutating func field(_ key: StaticString, _ value: (some JSONWritable)?) {
        if let value { field(key, value) }
    }

    /// A source range member: the commonest member, written without the generic path.
    mutating func field(_ key: StaticString, _ range: SourceRange) {
        self.key(key)
        sourceRange(range)
    }
}

// MARK: - Standard types

extension String: JSONWritable {
    package func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    package func write(to json: inout JSONWriter) { json.int(self) }
}

extension Bool: JSONWritable {
    package func write(to json: inout JSONWriter) { json.bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginArray()
        for element in self { element.write(to: &json) }
        json.endArray()
    }
}

/// Enumerations encoded by their raw value.
package extension JSONWritable where Self: RawRepresentable, RawValue == String {
    func write(to json: inout JSONWriter) { json.string(rawValue) }
}

extension Contact.Kind: JSONWritable {}
extension DisclosurePeriod.Wording: JSONWritable {}
extension DatePrecision: JSONWritable {}
extension InspectionKind.Body: JSONWritable {}
extension InspectionKind.Mode: JSONWritable {}
extension ItemHead.Form: JSONWritable {}
extension MarkdownTable.Alignment: JSONWritable {}
extension Ordinal.Level: JSONWritable {}
extension Ordinal.Deviation: JSONWritable {}
extension SectionRole: JSONWritable {}
extension TextRun.Kind: JSONWritable {}

// MARK: - Positions and dates

extension SourceLocation: JSONWritable {
    package func write(to json: inout JSONWriter) { json.sourceLocation(self) }
}

extension SourceRange: JSONWritable {
    package func write(to json: inout JSONWriter) { json.sourceRange(self) }
}

extension CalendarDate: JSONWritable {
    package func write(to json: inout JSONWriter) { json.string(description) }
}

extension LocatedText: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("range", range)
        json.field("text", text)
        json.endObject()
    }
}

extension LocatedDate: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        // A month is written as a month (`2024-04`), never as an invented day.
        if precision == .month {
            json.field("date", String(date.description.prefix(7)))
            json.field("precision", precision)
        } else {
            json.field("date", date)
        }
        json.field("range", range)
        json.field("text", text)
        json.field("yearInherited", yearInherited)
        json.endObject()
    }
}

extension DateRange: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("end", end)
        json.field("range", range)
        json.field("start", start)
        json.endObject()
    }
}

// MARK: - The notice

extension Notice: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("closing", closing)
        json.field("frontMatter", frontMatter)
        json.field("opening", opening)
        json.field("path", path)
        json.field("sections", sections)
        json.field("titleLines", titleLines)
        json.endObject()
    }
}

extension DisclosureInfo: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("category", category)
        json.field("docNumber", docNumber)
        json.field("indexNumber", indexNumber)
        json.field("publisher", publisher)
        json.field("written", written)
        json.endObject()
    }
}

extension FrontMatter: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("date", date)
        json.field("disclosureInfo", disclosureInfo)
        json.field("draft", draft)
        json.field("issuer", issuer)
        json.key("ranges")
        json.beginObject()
        // The keys come from the file; `.sortedKeys` orders them by their UTF-8 bytes.
        for (key, range) in ranges.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            json.key(key)
            range.write(to: &json)
        }
        json.endObject()
        json.field("slug", slug)
        json.field("tags", tags)
        json.field("title", title)
        json.endObject()
    }
}

extension Opening: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("authority", authority)
        json.field("feedback", feedback)
        json.field("formula", formula)
        json.field("kind", kind)
        json.field("paragraphs", paragraphs)
        json.field("period", period)
        json.field("target", target)
        json.field("team", team)
        json.endObject()
    }
}

extension InspectionKind: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("body", body)
        json.field("followUp", followUp)
        json.field("mode", mode)
        json.field("range", range)
        json.field("text", text)
        json.endObject()
    }
}

extension Section: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("alsoRole", alsoRole)
        json.field("children", children)
        json.field("head", head)
        json.field("range", range)
        json.field("role", role)
        json.field("roleEvidence", roleEvidence)
        json.endObject()
    }
}

/// `{"type": "keyword", "keyword": …}`, `{"type": "position"}` or `{"type": "none"}`.
extension RoleEvidence: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        switch self {
        case .keyword(let word):
            json.field("keyword", word)
            json.field("type", "keyword")
        case .position: json.field("type", "position")
        case .none: json.field("type", "none")
        }
        json.endObject()
    }
}

extension Closing: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("contacts", contacts)
        json.field("disclosure", disclosure)
        json.field("invitation", invitation)
        json.field("isExplicit", isExplicit)
        json.field("paragraphs", paragraphs)
        json.endObject()
    }
}

extension DisclosurePeriod: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("label", label)
        json.field("period", period)
        json.field("range", range)
        json.field("statedWorkdays", statedWorkdays)
        json.field("statedWorkdaysRange", statedWorkdaysRange)
        json.field("wording", wording)
        json.endObject()
    }
}

extension Contact: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("hours", hours)
        json.field("kind", kind)
        json.field("label", label)
        json.field("postcode", postcode)
        json.field("range", range)
        json.field("value", value)
        json.field("valueRange", valueRange)
        json.endObject()
    }
}

// MARK: - Blocks

/// A block is one object: its own members, then `type` (last in sorted order for every kind).
extension NoticeBlock: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        switch self {
        case .paragraph(let paragraph):
            paragraph.writeMembers(to: &json)
            json.field("type", "paragraph")
        case .item(let item):
            json.field("children", item.children)
            json.field("head", item.head)
            json.field("range", item.range)
            json.field("type", "item")
        case .table(let table):
            json.field("alignments", table.alignments)
            json.field("range", table.range)
            json.field("rows", table.rows)
            json.field("type", "table")
        case .list(let items, let range):
            json.field("items", items)
            json.field("range", range)
            json.field("type", "list")
        case .quote(let children, let range):
            json.field("children", children)
            json.field("range", range)
            json.field("type", "quote")
        case .code(let info, let literal, let range):
            json.field("info", info)
            json.field("literal", literal)
            json.field("range", range)
            json.field("type", "code")
        case .html(let html, let range):
            json.field("html", html)
            json.field("range", range)
            json.field("type", "html")
        case .thematicBreak(let range):
            json.field("range", range)
            json.field("type", "thematicBreak")
        }
        json.endObject()
    }
}

extension ItemHead: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("body", body)
        json.field("form", form)
        json.field("lead", lead)
        json.field("ordinal", ordinal)
        json.field("range", range)
        json.endObject()
    }
}

extension Ordinal: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("deviations", deviations)
        json.field("level", level)
        json.field("range", range)
        json.field("text", text)
        json.field("value", value)
        json.endObject()
    }
}

extension Paragraph: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        writeMembers(to: &json)
        json.endObject()
    }

    /// The members without the braces, for a paragraph block to add its `type`.
    fileprivate func writeMembers(to json: inout JSONWriter) {
        json.field("range", range)
        json.field("segments", segments)
    }
}

/// `{"type": "text", "runs": […]}` or `{"type": "measure", "ordinal": …, "lead": …, "body": …, "range": …}`.
extension Paragraph.Segment: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        switch self {
        case .text(let text):
            json.field("runs", text.runs)
            json.field("type", "text")
        case .measure(let measure):
            json.field("body", measure.body)
            json.field("lead", measure.lead)
            json.field("ordinal", measure.ordinal)
            json.field("range", measure.range)
            json.field("type", "measure")
        }
        json.endObject()
    }
}

// MARK: - Inline text

extension RichText: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        json.field("runs", runs)
        json.endObject()
    }
}

/// Styles that are off and the default kind are left out, as `TextRun.encode(to:)` does.
extension TextRun: JSONWritable {
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        if emphasis { json.field("emphasis", true) }
        if kind != .text { json.field("kind", kind) }
        json.field("link", link)
        json.field("range", range)
        json.field("source", source)
        if strikethrough { json.field("strikethrough", true) }
        if strong { json.field("strong", true) }
        json.field("text", text)
        json.endObject()
    }
}
