/// The built-in `block` template written in code: what its plan renders for a block, byte for
/// byte, without a lookup per tag.
///
/// Rendered through its plan, a block asks for some twenty names, each looked up through the
/// context stack in existentials copied for every step; most of a page's rendering went there.
/// Every name the template asks of a block is one of the block's stored properties, never
/// missing, so its value is the property; the one exception is a table cell's `align`, which is
/// nil for a column without alignment and then looked up the stack (`lookup`). Contexts are still
/// pushed as the plan pushes them, so a block can fall back to the plan wherever it stands.
/// `BuiltInBlockTests` holds this code to the plan.
extension TemplateRenderer {
    private typealias BlockView = NoticeViewModel.BlockView

    /// The name the template looks up for a cell without alignment.
    private static let alignPath = TemplatePath("align")

    /// Writes the block on top of the stack and says true; false (nothing written) when the top is
    /// no block of a notice page, which the plan then renders.
    mutating func writeBuiltInBlockOnTop() -> Bool {
        guard case .object(let object) = stack.last, let element = object as? BlockViewList.Element else {
            return false
        }
        element.blocks.withUnsafeBufferPointer { writeBlock($0[element.index]) }
        return true
    }

    /// An item's or a part's heading line (`<h3 class="…" id="…">`); a part's heading carries no
    /// id, its `<section>` does.
    private mutating func writeHeading(_ block: BlockView, withID: Bool) {
        output.append("<")
        output.append(utf8Of: block.headingTag)
        output.append(" class=\"")
        output.append(utf8Of: block.levelClass)
        writeIDAndOrdinal(block, withID: withID)
        output.append("</span>")
        output.append(contentsOf: block.leadHTML.bytes)
        output.append("</")
        output.append(utf8Of: block.headingTag)
        output.append(">\n")
    }

    /// An item's or a part's run-in lead and body (`<p class="runin …">`), with an id as for headings.
    private mutating func writeRunIn(_ block: BlockView, withID: Bool) {
        output.append("<p class=\"runin ")
        output.append(utf8Of: block.levelClass)
        writeIDAndOrdinal(block, withID: withID)
        output.append("</span><span class=\"lead\">")
        output.append(contentsOf: block.leadHTML.bytes)
        output.append("</span>")
        output.append(contentsOf: block.bodyHTML.bytes)
        output.append("</p>\n")
    }

    /// The end of the class attribute, the id when asked, and the ordinal's opening span and text.
    private mutating func writeIDAndOrdinal(_ block: BlockView, withID: Bool) {
        if withID {
            output.append("\" id=\"")
            output.append(utf8Of: block.id)
        }
        output.append("\"><span class=\"ordinal\">")
        TemplateEscaping.append(block.ordinal, to: &output)
    }

    /// The block, whose context is on top of the stack.
    private mutating func writeBlock(_ block: BlockView) {
        if block.isParagraph {
            output.append("<p>")
            output.append(contentsOf: block.bodyHTML.bytes)
            output.append("</p>\n")
            return
        }
        if block.isItem {
            if block.isHeading {
                writeHeading(block, withID: true)
                writeChildren(block.children)
            }
            if block.isRunIn {
                writeRunIn(block, withID: true)
                writeChildren(block.children)
            }
            return
        }
        if block.isSection {
            output.append("<section class=\"part ")
            output.append(utf8Of: block.role)
            output.append("\" id=\"")
            output.append(utf8Of: block.id)
            output.append("\">\n")
            if block.isHeading { writeHeading(block, withID: false) }
            if block.isRunIn { writeRunIn(block, withID: false) }
            writeChildren(block.children)
            output.append("</section>\n")
        }
        if block.isList {
            output.append("<ul>\n")
            for index in block.listItems.indices {
                stack.append(.object(block.listItems[index]))
                output.append("<li>")
                writeChildren(block.listItems[index].blocks)
                output.append("</li>\n")
                stack.removeLast()
            }
            output.append("</ul>\n")
        }
        if block.isQuote {
            output.append("<blockquote>\n")
            writeChildren(block.children)
            output.append("</blockquote>\n")
        }
        if block.isCode {
            output.append("<div class=\"scroll\" role=\"region\" aria-label=\"")
            TemplateEscaping.append(block.regionLabel, to: &output)
            output.append("\" tabindex=\"0\"><pre><code>")
            TemplateEscaping.append(block.text, to: &output)
            output.append("</code></pre></div>\n")
        }
        if block.isTable {
            writeTable(block)
        }
        if block.isRawText {
            output.append("<p class=\"raw\">")
            TemplateEscaping.append(block.text, to: &output)
            output.append("</p>\n")
        }
    }

    /// `{{#children}}{{> block}}{{/children}}`: each block with its context pushed.
    private mutating func writeChildren(_ blocks: [BlockView]) {
        guard !blocks.isEmpty else { return }
        let list = BlockViewList(blocks)
        blocks.withUnsafeBufferPointer { views in
            for index in views.indices {
                stack.append(list.templateElement(at: index))
                writeBlock(views[index])
                stack.removeLast()
            }
        }
    }

    private mutating func writeTable(_ block: BlockView) {
        // A cell without alignment looks `align` up the stack; should anything there answer it (a
        // site's own notice template could put a cell around a block), the plan writes the table.
        let needsLookup =
            block.tableHeader.contains { $0.align == nil } || block.tableRows.contains { $0.cells.contains { $0.align == nil } }
        if needsLookup, case .missing = lookup(Self.alignPath) {
        } else if needsLookup {
            render(plans[builtInBlock!].nodes, indentation: nil)
            return
        }
        output.append("<div class=\"scroll\" role=\"region\" aria-label=\"")
        TemplateEscaping.append(block.regionLabel, to: &output)
        output.append("\" tabindex=\"0\"><table>\n<thead><tr>")
        for cell in block.tableHeader {
            writeCell(cell, open: "<th", close: "</th>")
        }
        output.append("</tr></thead>\n<tbody>\n")
        for row in block.tableRows {
            output.append("<tr>")
            for cell in row.cells {
                writeCell(cell, open: "<td", close: "</td>")
            }
            output.append("</tr>\n")
        }
        output.append("</tbody>\n</table></div>\n")
    }

    /// `<th{{#align}}…{{/align}}>{{{html}}}</th>` (or `td`) for a cell, its alignment known.
    private mutating func writeCell(_ cell: NoticeViewModel.CellView, open: StaticString, close: StaticString) {
        output.append(open)
        writeAlignment(cell.align)
        output.append(">")
        output.append(contentsOf: cell.html.bytes)
        output.append(close)
    }

    /// `{{#align}} style="text-align:{{align}}"{{/align}}` for a cell, its alignment known.
    private mutating func writeAlignment(_ align: String?) {
        guard let align else { return }
        output.append(" style=\"text-align:")
        TemplateEscaping.append(align, to: &output)
        output.append("\"")
    }
}
