/// JSON: a block is an object with a `type` (`paragraph`, `item`, `list`, `quote`, `code`, `table`,
/// `html`, `thematicBreak`) and the block's own fields beside it, so readers switch on one key.
package extension NoticeBlock {
    private enum TypeKey: String, CodingKey { case type }
    private enum Fields: String, CodingKey { case items, children, info, literal, html, range }

    public init(from decoder: Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        let fields = try decoder.container(keyedBy: Fields.self)
        switch type {
        case "paragraph": self = .paragraph(try Paragraph(from: decoder))
        case "item": self = .item(try Item(from: decoder))
        case "table": self = .table(try NoticeTable(from: decoder))
        case "list":
            self = .list(items: try fields.decode([[NoticeBlock]].self, forKey: .items), range: try fields.decode(SourceRange.self, forKey: .range))
        case "quote":
            self = .quote(try fields.decode([NoticeBlock].self, forKey: .children), range: try fields.decode(SourceRange.self, forKey: .range))
        case "code":
            self = .code(
                info: try fields.decode(String.self, forKey: .info), literal: try fields.decode(String.self, forKey: .literal),
                range: try fields.decode(SourceRange.self, forKey: .range))
        case "html":
            self = .html(try fields.decode(String.self, forKey: .html), range: try fields.decode(SourceRange.self, forKey: .range))
        case "thematicBreak":
            self = .thematicBreak(range: try fields.decode(SourceRange.self, forKey: .range))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: try decoder.container(keyedBy: TypeKey.self), debugDescription: "unknown block type \(type)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var typeContainer = encoder.container(keyedBy: TypeKey.self)
        var fields = encoder.container(keyedBy: Fields.self)
        switch self {
        case .paragraph(let p):
            try typeContainer.encode("paragraph", forKey: .type)
            try p.encode(to: encoder)
        case .item(let item):
            try typeContainer.encode("item", forKey: .type)
            try item.encode(to: encoder)
        case .table(let table):
            try typeContainer.encode("table", forKey: .type)
            try table.encode(to: encoder)
        case .list(let items, let range):
            try typeContainer.encode("list", forKey: .type)
            try fields.encode(items, forKey: .items)
            try fields.encode(range, forKey: .range)
        case .quote(let children, let range):
            try typeContainer.encode("quote", forKey: .type)
            try fields.encode(children, forKey: .children)
            try fields.encode(range, forKey: .range)
        case .code(let info, let literal, let range):
            try typeContainer.encode("code", forKey: .type)
            try fields.encode(info, forKey: .info)
            try fields.encode(literal, forKey: .literal)
            try fields.encode(range, forKey: .range)
        case .html(let html, let range):
            try typeContainer.encode("html", forKey: .type)
            try fields.encode(html, forKey: .html)
            try fields.encode(range, forKey: .range)
        case .thematicBreak(let range):
            try typeContainer.encode("thematicBreak", forKey: .type)
            try fields.encode(range, forKey: .range)
        }
    }
}

/// JSON: `{"type": "text", "runs": […]}` or `{"type": "measure", "ordinal": …, "lead": …, "body": …, "range": …}`.
package extension Paragraph.Segment {
    private enum TypeKey: String, CodingKey { case type }

    public init(from decoder: Decoder) throws {
        switch try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type) {
        case "measure": self = .measure(try Measure(from: decoder))
        default: self = .text(try RichText(from: decoder))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .type)
            try text.encode(to: encoder)
        case .measure(let measure):
            try container.encode("measure", forKey: .type)
            try measure.encode(to: encoder)
        }
    }
}

/// JSON: `{"type": "keyword", "keyword": "主体责任"}`, `{"type": "position"}` or `{"type": "none"}`.
package extension RoleEvidence {
    private enum Keys: String, CodingKey { case type, keyword }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "keyword": self = .keyword(try container.decode(String.self, forKey: .keyword))
        case "position": self = .position
        default: self = .none
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .keyword(let word):
            try container.encode("keyword", forKey: .type)
            try container.encode(word, forKey: .keyword)
        case .position: try container.encode("position", forKey: .type)
        case .none: try container.encode("none", forKey: .type)
        }
    }
}
