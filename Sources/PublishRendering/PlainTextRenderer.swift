import PublishCore
import PublishReading
import PublishRules

/// Renders a notice as plain text (docs/text.md): one paragraph per line, headings on their own lines,
/// run-in heads joined to their paragraph, emphasis dropped. Without options the output of a
/// notice written from a published text is that text again, byte for byte.
public struct PlainTextRenderer: Sendable {
    public struct Options: Sendable, Equatable {
        /// Start every paragraph with two ideographic spaces (`　　`, 左空二字).
        public var indent: Bool
        /// Wrap at this many display columns (CJK = 2) with Chinese line-breaking rules.
        public var width: Int?

        public init(indent: Bool = false, width: Int? = nil) {
            self.indent = indent
            self.width = width
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func render(_ notice: Notice) -> String {
        guard options.width == nil else { return renderLines(notice) }
        return String(decoding: renderUTF8(notice), as: UTF8.self)
    }

    /// The text as UTF-8 bytes, between `prefix` and `suffix` (the site's byte order mark and last
    /// line break): without a wrapping width written straight into one buffer, else made line by line.
    public func renderUTF8(_ notice: Notice, prefix: [UInt8] = [], suffix: [UInt8] = []) -> [UInt8] {
        guard options.width == nil else { return prefix + Array(renderLines(notice).utf8) + suffix }
        var writer = PlainTextWriter(indent: options.indent, prefix: prefix, capacity: 32 * 1024)
        var titleLines: [String] = []
        for line in notice.titleLines.map(\.plain) where titleLines.last != line { titleLines.append(line) }
        for title in titleLines { writer.writeLine(title) }
        for paragraph in notice.opening.paragraphs { writer.write(paragraph) }
        for section in notice.sections {
            if let head = section.head { writer.write(head) }
            writer.write(section.children)
        }
        for paragraph in notice.closing?.paragraphs ?? [] { writer.write(paragraph) }
        return writer.finish(suffix: suffix)
    }

    /// The text made line by line: every option, and the definition `PlainTextWriter` is held to.
    func renderLines(_ notice: Notice) -> String {
        var lines: [String] = []
        var titleLines: [String] = []
        for line in notice.titleLines.map(\.plain) where titleLines.last != line { titleLines.append(line) }
        lines += titleLines.map { title in options.width.map { LineBreaker(width: $0).wrap(title).joined(separator: "\n") } ?? title }
        for paragraph in notice.opening.paragraphs { append(paragraph.plain, to: &lines) }
        for section in notice.sections {
            if let head = section.head { append(head.plain, to: &lines) }
            append(section.children, to: &lines)
        }
        for paragraph in notice.closing?.paragraphs ?? [] { append(paragraph.plain, to: &lines) }
        return lines.joined(separator: "\n")
    }

    private func append(_ blocks: [NoticeBlock], to lines: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                append(paragraph.plain, to: &lines)
            case .item(let item):
                append(item.head.plain, to: &lines)
                append(item.children, to: &lines)
            case .list(let items, _):
                for item in items {
                    var itemLines: [String] = []
                    append(item, to: &itemLines)
                    lines += itemLines.enumerated().map { $0 == 0 ? "- " + $1 : "  " + $1 }
                }
            case .quote(let children, _):
                append(children, to: &lines)
            case .code(_, let literal, _):
                var text = literal
                if text.hasSuffix("\n") { text.removeLast() }
                lines += text.lineSlices.map(String.init)
            case .table(let table):
                for row in table.rows { append(row.map(\.plain).joined(separator: "\t"), to: &lines) }
            case .html(let html, _):
                // Comments are notes to the author; other raw HTML shows as the text it is.
                let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
                if !(trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) { append(trimmed, to: &lines) }
            case .thematicBreak:
                break
            }
        }
    }

    /// One paragraph (it may hold hard line breaks), indented and wrapped as the options say.
    private func append(_ text: String, to lines: inout [String]) {
        let indent = options.indent ? "\u{3000}\u{3000}" : ""
        for slice in text.lineSlices {
            let line = String(slice)
            if let width = options.width {
                lines += LineBreaker(width: width).wrap(line, indent: indent)
            } else {
                lines.append(indent + line)
            }
        }
    }
}
