import CCmarkGFM
import Foundation
import PublishCore

/// Parses Markdown with libcmark-gfm into Swift values.
///
/// This is the only file that touches the C library: it creates the parser, attaches the GFM
/// extensions, converts the C tree into `MarkdownBlock` values and frees everything. No
/// `cmark_node` pointer leaves it.
public struct CmarkParser: Sendable {
    /// Containers nested deeper than this are flattened into one paragraph (with a warning): a
    /// recursive Swift tree that deep would overflow the stack, and no notice needs it.
    public var maximumNesting: Int

    public init(maximumNesting: Int = 48) {
        self.maximumNesting = maximumNesting
    }

    /// Registering the core extensions is guarded by an unsynchronised flag in the library; a
    /// `static let` initialiser runs exactly once.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// libcmark-gfm's parser edits a process-wide table of special characters on every parse:
    /// concurrent parses silently lose strikethrough and autolinks. One lock around feed+finish.
    private static let parseLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Parses the file's text. The first `blankedLines` lines (the front matter) are fed as empty
    /// lines, so every position libcmark-gfm reports is a line of the whole file.
    public func parse(_ source: SourceText, blankedLines: Int = 0) -> MarkdownDocument {
        _ = CmarkParser.extensionsRegistered
        // Smart punctuation stays off: it turns 中文"引号"中文 into two closing quotes. Single-tilde
        // strikethrough would eat ranges such as 9月~11月.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        guard let parser = cmark_parser_new(options) else {
            return MarkdownDocument(blocks: [], diagnostics: [])
        }
        defer { cmark_parser_free(parser) }
        for name in CmarkParser.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        // The blanked lines, then the file from the first line after them on (the lines joined
        // with `\n` again are the text from there), fed straight from the text: the blanked lines
        // end in `\n`, so the library reads the two pieces as it would read them joined. The tree
        // is converted with the same bytes lent: lines and columns are read off them.
        return source.withLineBytes { lines in
            let blanked = min(blankedLines, lines.lineCount)
            let restOffset = blankedLines < lines.lineCount ? lines.lineStarts[blankedLines] : lines.bytes.count
            let root: OpaquePointer? = CmarkParser.parseLock.withLock {
                var fed = 0
                if blanked > 0 {
                    let newlines = [CChar](repeating: 0x0A, count: blanked)
                    newlines.withUnsafeBufferPointer { cmark_parser_feed(parser, $0.baseAddress, blanked) }
                    fed += blanked
                }
                let count = lines.bytes.count - restOffset
                if count > 0, let start = lines.bytes.baseAddress {
                    UnsafeRawPointer(start + restOffset).withMemoryRebound(to: CChar.self, capacity: count) {
                        cmark_parser_feed(parser, $0, count)
                    }
                    fed += count
                }
                if fed == 0 { cmark_parser_feed(parser, "", 0) }
                return cmark_parser_finish(parser)
            }
            guard let root else { return MarkdownDocument(blocks: [], diagnostics: []) }
            defer { cmark_node_free(root) }
            var converter = Converter(source: source, lines: lines, maximumNesting: maximumNesting)
            let blocks = converter.blocks(childrenOf: root, depth: 0)
            return MarkdownDocument(blocks: blocks, diagnostics: converter.diagnostics)
        }
    }
}

// MARK: - Conversion

/// Walks the C tree once and builds Swift values.
private struct Converter {
    package let source: SourceText
    /// The source's bytes and line starts, lent for the conversion.
    package let lines: SourceLineBytes
    package let maximumNesting: Int
    package var diagnostics: [Diagnostic] = []
    private var reportedDepth = false

    package init(source: SourceText, lines: SourceLineBytes, maximumNesting: Int) {
        self.source = source
        self.lines = lines
        self.maximumNesting = maximumNesting
    }

    /// `transform` of each child of `node`, in order (without an array of the children first).
    private static func mapChildren<Element>(
        of node: OpaquePointer, _ transform: (OpaquePointer) -> Element
    ) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(childCount(of: node))
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(transform(current))
            child = cmark_node_next(current)
        }
        return result
    }

    /// How many children `node` has: the arrays of converted children are made at their size
    /// (growing them by appends cost a reallocation and a copy for every other inline).
    private static func childCount(of node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        position(of: node).range
    }

    /// The node's range, and whether its end is the end of its last line (then the end column is
    /// that line's scalars + 1, which the inline locator need not count again).
    private func position(of node: OpaquePointer) -> (range: SourceRange, endsLine: Bool) {
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        guard startLine > 0 else { return (SourceRange(at: SourceLocation(line: 1, column: 1)), false) }
        let start = SourceLocation(
            line: startLine,
            column: lines.scalarColumn(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
        let endByte = Int(cmark_node_get_end_column(node))
        let safeEndLine = max(endLine, startLine)
        // The end column of a node whose last byte is its line's last byte is, as for a node that
        // reports none (HTML blocks run to the end of their last line), the line's scalars + 1.
        let endLineBytes = lines.line(safeEndLine)
        let endsLine = endByte <= 0 || endByte == endLineBytes.count
        let end = SourceLocation(
            line: safeEndLine,
            column: endByte <= 0
                ? UTF8ScalarCount.of(endLineBytes) + 1
                : lines.scalarColumn(line: safeEndLine, byteColumn: endByte) + 1)
        return (SourceRange(start: start, end: end), endsLine)
    }

    package mutating func blocks(childrenOf node: OpaquePointer, depth: Int) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(Converter.childCount(of: node))
        var child = cmark_node_first_child(node)
        while let current = child {
            if let block = block(current, depth: depth) { result.append(block) }
            child = cmark_node_next(current)
        }
        return result
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let (range, endsLine) = position(of: node)
        let type = cmark_node_get_type(node)
        if depth >= maximumNesting, type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST {
            return flattened(node, range: range)
        }
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return MarkdownBlock(kind: .paragraph(inlines(of: node, range: range, endsLine: endsLine)), range: range)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return MarkdownBlock(
                kind: .heading(level: level, inlines(of: node, range: range, endsLine: endsLine)), range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            return MarkdownBlock(kind: .blockQuote(blocks(childrenOf: node, depth: depth + 1)), range: range)
        case CMARK_NODE_LIST:
            return MarkdownBlock(kind: .list(list(node, depth: depth + 1)), range: range)
        case CMARK_NODE_CODE_BLOCK:
            let info = Converter.string(cmark_node_get_fence_info(node))
            return MarkdownBlock(
                kind: .codeBlock(info: info, literal: Converter.string(cmark_node_get_literal(node))), range: range)
        case CMARK_NODE_HTML_BLOCK:
            return MarkdownBlock(kind: .html(Converter.string(cmark_node_get_literal(node))), range: range)
        case CMARK_NODE_THEMATIC_BREAK:
            return MarkdownBlock(kind: .thematicBreak, range: range)
        case publish_node_type_table():
            return MarkdownBlock(kind: .table(table(node)), range: range)
        default:
            // Footnote definitions and custom blocks are not enabled; keep any text they hold.
            return flattened(node, range: range)
        }
    }

    private mutating func list(_ node: OpaquePointer, depth: Int) -> MarkdownList {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let items = Converter.mapChildren(of: node) { item -> MarkdownList.Item in
            let itemRange = range(of: item)
            let (marker, markerRange) = listMarker(at: itemRange.start)
            var checked: Bool? = nil
            if Converter.string(cmark_node_get_type_string(item)) == "tasklist" {
                checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
            }
            return MarkdownList.Item(
                marker: marker, markerRange: markerRange, taskChecked: checked,
                blocks: blocks(childrenOf: item, depth: depth + 1), range: itemRange)
        }
        return MarkdownList(
            isOrdered: ordered, start: Int(cmark_node_get_list_start(node)),
            isTight: cmark_node_get_list_tight(node) != 0, items: items)
    }

    /// The marker as written, read from the source line where the item starts: up to a space or
    /// tab, or through the first `.` `)` `-` `*` `+`. Read on bytes: every character it stops at
    /// is ASCII, and the bytes of any other character are 0x80 or more.
    private func listMarker(at location: SourceLocation) -> (String, SourceRange) {
        let bytes = lines.line(location.line)
        let start = lines.byteOffset(line: location.line, scalarColumn: location.column) ?? bytes.count
        var end = start
        scan: while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): break scan
            case UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                end += 1
                break scan
            default: end += 1
            }
        }
        let marker = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let markerEnd = SourceLocation(line: location.line, column: location.column + UTF8ScalarCount.of(marker))
        return (UTF8Validation.string(unchecked: marker), SourceRange(start: location, end: markerEnd))
    }

    private mutating func table(_ node: OpaquePointer) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columns {
                switch raw[index] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        let rows = Converter.mapChildren(of: node) { row in
            Converter.mapChildren(of: row) { cell in
                let (range, endsLine) = position(of: cell)
                return inlines(of: cell, range: range, endsLine: endsLine)
            }
        }
        return MarkdownTable(alignments: alignments, rows: rows)
    }

    /// A subtree too deep to keep as a tree: its text, in order, as one paragraph.
    private mutating func flattened(_ node: OpaquePointer, range: SourceRange) -> MarkdownBlock {
        if !reportedDepth {
            reportedDepth = true
            diagnostics.append(Diagnostic(
                rule: PipelineRule.nestingDepth.id, severity: .warning,
                message: Message("markdown.nesting", maximumNesting),
                file: source.path, range: range,
                notes: [Message("markdown.nesting.kept")],
                fix: Message("markdown.nesting.fix")))
        }
        var text = ""
        guard let iterator = cmark_iter_new(node) else {
            return MarkdownBlock(kind: .paragraph([]), range: range)
        }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let current = cmark_iter_get_node(iterator)
            else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                text += Converter.string(cmark_node_get_literal(current))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return MarkdownBlock(kind: .paragraph([.text(text, range)]), range: range)
    }

    // MARK: Inlines

    private mutating func inlines(of node: OpaquePointer, range: SourceRange, endsLine: Bool) -> [MarkdownInline] {
        var locator = InlineLocator(lines: lines, range: range, lastLineEndColumn: endsLine ? range.end.column : nil)
        return inlines(childrenOf: node, locator: &locator, depth: 0)
    }

    private mutating func inlines(
        childrenOf node: OpaquePointer, locator: inout InlineLocator, depth: Int
    ) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        result.reserveCapacity(Converter.childCount(of: node))
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(inline(current, locator: &locator, depth: depth))
            child = cmark_node_next(current)
        }
        return result
    }

    private mutating func inline(_ node: OpaquePointer, locator: inout InlineLocator, depth: Int) -> MarkdownInline {
        let type = cmark_node_get_type(node)
        if depth >= maximumNesting {
            let text = flattenedText(node)
            return .text(text, locator.locate(text))
        }
        switch type {
        case CMARK_NODE_TEXT:
            let (literal, range) = locator.locate(cString: cmark_node_get_literal(node))
            return .text(literal, range)
        case CMARK_NODE_CODE:
            let (literal, range) = locator.locate(cString: cmark_node_get_literal(node))
            return .code(literal, range)
        case CMARK_NODE_HTML_INLINE:
            let (literal, range) = locator.locate(cString: cmark_node_get_literal(node))
            return .html(literal, range)
        case CMARK_NODE_SOFTBREAK:
            return .softBreak(locator.lineBreak())
        case CMARK_NODE_LINEBREAK:
            return .lineBreak(locator.lineBreak())
        case CMARK_NODE_EMPH:
            return .emphasis(inlines(childrenOf: node, locator: &locator, depth: depth + 1))
        case CMARK_NODE_STRONG:
            return .strong(inlines(childrenOf: node, locator: &locator, depth: depth + 1))
        case publish_node_type_strikethrough():
            return .strikethrough(inlines(childrenOf: node, locator: &locator, depth: depth + 1))
        case CMARK_NODE_LINK:
            return .link(
                destination: Converter.string(cmark_node_get_url(node)),
                title: Converter.string(cmark_node_get_title(node)),
                children: inlines(childrenOf: node, locator: &locator, depth: depth + 1))
        case CMARK_NODE_IMAGE:
            return .image(
                source: Converter.string(cmark_node_get_url(node)),
                title: Converter.string(cmark_node_get_title(node)),
                children: inlines(childrenOf: node, locator: &locator, depth: depth + 1))
        default:
            let text = flattenedText(node)
            return .text(text, locator.locate(text))
        }
    }

    private func flattenedText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let current = cmark_iter_get_node(iterator)
            else { continue }
            text += Converter.string(cmark_node_get_literal(current))
        }
        return text
    }
}
