import Foundation
import PublishCore

/// Writes the plain text of a notice (`PlainTextRenderer` without a wrapping width) straight into
/// one byte buffer: each run's bytes copied where they are, no `String` per paragraph or per line.
///
/// It writes what the line-by-line renderer writes (`PlainTextRenderer.renderLines`): lines joined by
/// `\n`, a text split into lines where `String.lineSlices` splits it (at a `\n` not after `\r`, even
/// across runs), each such line indented when asked, and every line inside a list item begun by the
/// markers of the items around it, outermost first (`- ` on an item's first line, two spaces on
/// the others). `PlainTextFastPathTests` holds the two together.
struct PlainTextWriter: ~Copyable {
    private(set) var out: ByteBuffer
    /// Whether to start every line of a paragraph with two ideographic spaces.
    private let indent: Bool
    /// Whether a line has been begun (each later one starts with `\n`).
    private var hasLine = false
    /// For each list item the writing is inside, outermost first: whether it still waits for its
    /// first line (which gets `- `).
    private var items: [Bool] = []
    /// The last byte of the text being split, across its runs: a `\n` after `\r` splits nothing.
    private var previous: UInt8 = 0

    init(indent: Bool, prefix: [UInt8], capacity: Int) {
        self.indent = indent
        out = ByteBuffer(capacity: capacity)
        out.append(contentsOf: prefix)
    }

    consuming func finish(suffix: [UInt8]) -> [UInt8] {
        out.append(contentsOf: suffix)
        return out.takeArray()
    }

    // MARK: - Lines

    /// Starts a line: the separator, then the markers of the list items around it.
    private mutating func beginLine() {
        if hasLine { out.append(UInt8(ascii: "\n")) }
        hasLine = true
        guard !items.isEmpty else { return }
        for level in items.indices {
            if items[level] {
                out.append("- ")
                items[level] = false
            } else {
                out.append("  ")
            }
        }
    }

    /// A line as it is (a title line): not split, not indented.
    mutating func writeLine(_ text: String) {
        beginLine()
        out.append(utf8Of: text)
    }

    // MARK: - Split text

    /// Starts a text that is split into lines (a paragraph, a head, a table row).
    private mutating func beginText(indented: Bool) {
        beginLine()
        if indented { out.append("\u{3000}\u{3000}") }
        previous = 0
    }

    /// Appends a piece of the current text, starting a new line at each `\n` that is not after `\r`.
    private mutating func appendPiece(_ text: String, indented: Bool) {
        if text.utf8.withContiguousStorageIfAvailable({ appendPiece($0, indented: indented) }) == nil {
            var text = text
            text.withUTF8 { appendPiece($0, indented: indented) }
        }
    }

    private mutating func appendPiece(_ bytes: UnsafeBufferPointer<UInt8>, indented: Bool) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var start = 0
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
            let newline = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            let before = newline > 0 ? bytes[newline - 1] : previous
            offset = newline + 1
            guard before != 0x0D else { continue }
            out.append(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
            beginLine()
            if indented { out.append("\u{3000}\u{3000}") }
            start = offset
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        previous = bytes[bytes.count - 1]
    }

    private mutating func appendPiece(_ text: RichText, indented: Bool) {
        for run in text.runs { appendPiece(run.text, indented: indented) }
    }

    private mutating func appendPiece(_ paragraph: Paragraph, indented: Bool) {
        for segment in paragraph.segments {
            switch segment {
            case .text(let text):
                appendPiece(text, indented: indented)
            case .measure(let measure):
                appendPiece(measure.ordinal.text, indented: indented)
                appendPiece(measure.lead, indented: indented)
                appendPiece(measure.body, indented: indented)
            }
        }
    }

    /// A paragraph's text, split into lines.
    mutating func write(_ paragraph: Paragraph) {
        beginText(indented: indent)
        appendPiece(paragraph, indented: indent)
    }

    /// A head's ordinal, lead and body, split into lines.
    mutating func write(_ head: ItemHead) {
        beginText(indented: indent)
        if let ordinal = head.ordinal { appendPiece(ordinal.text, indented: indent) }
        appendPiece(head.lead, indented: indent)
        if let body = head.body { appendPiece(body, indented: indent) }
    }

    /// Text split into lines, indented as paragraphs are.
    mutating func write(text: String) {
        beginText(indented: indent)
        appendPiece(text, indented: indent)
    }

    // MARK: - Blocks

    mutating func write(_ blocks: [NoticeBlock]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                write(paragraph)
            case .item(let item):
                write(item.head)
                write(item.children)
            case .list(let listItems, _):
                items.append(true)
                for item in listItems {
                    items[items.count - 1] = true
                    write(item)
                }
                items.removeLast()
            case .quote(let children, _):
                write(children)
            case .code(_, let literal, _):
                writeCode(literal)
            case .table(let table):
                for row in table.rows {
                    beginText(indented: indent)
                    for (column, cell) in row.enumerated() {
                        if column > 0 { appendPiece("\t", indented: indent) }
                        appendPiece(cell, indented: indent)
                    }
                }
            case .html(let html, _):
                // Comments are notes to the author; other raw HTML shows as the text it is.
                let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
                if !(trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) { write(text: trimmed) }
            case .thematicBreak:
                break
            }
        }
    }

    /// A code block's lines, never indented; a last line break (`\n` alone) is not a line.
    private mutating func writeCode(_ literal: String) {
        var text = literal
        if text.hasSuffix("\n") { text.removeLast() }
        beginText(indented: false)
        appendPiece(text, indented: false)
    }
}
