import PublishCore
import PublishReading
import Foundation

/// Walks `w:body` of a Word document and reads what a reader of the page sees, in order: the
/// paragraphs and tables, with the few properties the import needs (alignment and size for the
/// title, automatic numbers as text), and a count of what it leaves out.
///
/// - Runs are read wherever Word puts them: in hyperlinks, smart tags, custom XML, content
///   controls (`w:sdt`), simple fields, bidirectional spans, and tracked insertions and moves.
/// - Tracked changes are read as accepted: insertions and moved-to text kept, deletions and
///   moved-from text dropped, a deleted paragraph mark joining its paragraph to the next.
/// - Fields show their result (`w:fldSimple`, and what stands between `separate` and `end`),
///   never their instruction.
/// - `w:tab` is a tab, `w:br` and `w:cr` break the paragraph's text into lines,
///   `w:noBreakHyphen` is a hyphen, `w:softHyphen` nothing, and `w:sym` its character unless that
///   lies in a symbol font's private range (then it is counted and left out).
/// - Text boxes (in `w:drawing` and VML `w:pict`) are read as paragraphs before the paragraph
///   they are anchored in; of alternative content (`mc:AlternateContent`) the first choice only,
///   so a text box Word stores twice is read once.
/// - Hidden text, footnote and endnote references, comments, pictures and embedded objects are
///   counted, not read. Page headers and footers are other parts, never read.
struct WordBodyReader {
    struct Paragraph: Equatable {
        /// Index of the paragraph among the document's paragraphs and tables, from 1.
        var number: Int
        /// The text, broken where the paragraph has line breaks.
        var lines: [String]
        var alignment: String?
        /// The largest font size of its text, in half-points.
        var fontSize: Int?
        /// The paragraph mark was deleted (tracked): it joins the next paragraph.
        var joinsNext = false
        /// An item of a bullet list (Word's automatic bullets).
        var bulleted = false
    }

    struct Table: Equatable {
        var number: Int
        /// Rows of cells; each cell's text, its paragraphs joined.
        var rows: [[Cell]]
    }

    struct Cell: Equatable {
        var text: String
        var alignment: String?
        /// Columns the cell spans (`w:gridSpan`).
        var span = 1
    }

    enum Block: Equatable {
        case paragraph(Paragraph)
        case table(Table)
    }

    /// What was counted and left out, or read in a way the author should know about.
    struct Tally: Equatable {
        var insertions = 0
        var deletions = 0
        var comments = 0
        var footnotes = 0
        var endnotes = 0
        var pictures = 0
        var objects = 0
        var textBoxes = 0
        var hiddenRuns = 0
        var formulas = 0
        var embeddedDocuments = 0
        /// `font U+F0FC` for each symbol left out.
        var symbols: [String] = []
    }

    let styles: WordStyleSheet
    var numbering: WordNumbering
    private(set) var tally = Tally()
    private var blockCount = 0

    init(styles: WordStyleSheet, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    /// The blocks of `w:body`.
    mutating func blocks(of body: XMLTree.Element) -> [Block] {
        var blocks: [Block] = []
        for element in body.elements { blockContent(element, into: &blocks) }
        return blocks
    }

    // MARK: - Block level

    private mutating func blockContent(_ element: XMLTree.Element, into blocks: inout [Block]) {
        switch element.name {
        case "p":
            paragraph(element, into: &blocks)
        case "tbl":
            blocks.append(.table(table(element)))
        case "sdt":
            if let content = element.child("sdtContent") {
                for child in content.elements { blockContent(child, into: &blocks) }
            }
        case "customXml", "smartTag", "sdtContent":
            for child in element.elements { blockContent(child, into: &blocks) }
        case "ins", "moveTo":
            tally.insertions += 1
            for child in element.elements { blockContent(child, into: &blocks) }
        case "del", "moveFrom":
            tally.deletions += 1
        case "AlternateContent":
            if let choice = element.child("Choice") {
                for child in choice.elements { blockContent(child, into: &blocks) }
            }
        case "altChunk":
            tally.embeddedDocuments += 1
        default:
            break
        }
    }

    private mutating func table(_ element: XMLTree.Element) -> Table {
        blockCount += 1
        let number = blockCount
        var rows: [[Cell]] = []
        for row in Self.rows(of: element) {
            var cells: [Cell] = []
            for cell in row.elements where cell.name == "tc" || cell.name == "sdt" || cell.name == "customXml" {
                let cell = cell.name == "tc" ? cell : (Self.firstDescendant("tc", in: cell) ?? cell)
                var inner: [Block] = []
                for child in cell.elements where child.name != "tcPr" { blockContent(child, into: &inner) }
                var texts: [String] = []
                var alignment: String?
                for block in inner {
                    switch block {
                    case .paragraph(let paragraph):
                        let text = paragraph.lines.joined(separator: " ").trimmingCharacters(in: .whitespaces)
                        if !text.isEmpty {
                            texts.append(text)
                            alignment = alignment ?? paragraph.alignment
                        }
                    case .table(let nested):
                        texts += nested.rows.flatMap { $0.map(\.text) }.filter { !$0.isEmpty }
                    }
                }
                let span = cell.descendant("tcPr", "gridSpan")?["val"].flatMap { Int($0) } ?? 1
                cells.append(
                    Cell(text: texts.joined(separator: " "), alignment: alignment, span: max(1, min(span, 64))))
            }
            rows.append(cells)
        }
        return Table(number: number, rows: rows)
    }

    /// The rows of a table, also those inside content controls and custom XML.
    private static func rows(of table: XMLTree.Element) -> [XMLTree.Element] {
        var found: [XMLTree.Element] = []
        for child in table.elements {
            switch child.name {
            case "tr": found.append(child)
            case "sdt": found += child.child("sdtContent").map(rows(of:)) ?? []
            case "customXml": found += rows(of: child)
            default: break
            }
        }
        return found
    }

    private static func firstDescendant(_ name: String, in element: XMLTree.Element) -> XMLTree.Element? {
        for child in element.elements {
            if child.name == name { return child }
            if let found = firstDescendant(name, in: child) { return found }
        }
        return nil
    }

    // MARK: - Paragraphs

    /// What a paragraph's runs add up to, while they are read.
    private struct ParagraphText {
        var lines: [String] = [""]
        var fontSize: Int?
        /// Open fields: whether each has reached its result (`separate`).
        var fields: [Bool] = []
        /// Paragraphs of text boxes anchored here.
        var anchored: [Block] = []
        var paragraphStyle: String?

        var showsText: Bool { fields.allSatisfy { $0 } }

        mutating func append(_ text: String, size: Int) {
            guard showsText, !text.isEmpty else { return }
            lines[lines.count - 1] += text
            if !text.allSatisfy(\.isWhitespace) { fontSize = max(fontSize ?? 0, size) }
        }

        mutating func breakLine() {
            if showsText { lines.append("") }
        }
    }

    private mutating func paragraph(_ element: XMLTree.Element, into blocks: inout [Block]) {
        blockCount += 1
        let number = blockCount
        let properties = element.child("pPr")
        var text = ParagraphText()
        text.paragraphStyle = properties?.child("pStyle")?["val"]
        let reference = properties?.child("numPr").map(WordNumberingReference.init)
        let styleReference = styles.paragraphNumbering(style: text.paragraphStyle)
        var bulleted = false
        if let list = reference?.list ?? styleReference?.list {
            switch numbering.label(list: list, level: reference?.level ?? styleReference?.level ?? 0) {
            case .number(let label)?:
                let size = styles.fontSize(run: nil, characterStyle: nil, paragraphStyle: text.paragraphStyle)
                text.append(label, size: size)
            case .bullet?:
                bulleted = true
            case nil:
                break
            }
        }
        for child in element.elements where child.name != "pPr" { inline(child, into: &text) }
        blocks += text.anchored
        let markDeleted = properties?.descendant("rPr", "del") != nil
        blocks.append(
            .paragraph(
                Paragraph(
                    number: number, lines: text.lines,
                    alignment: properties?.child("jc")?["val"] ?? styles.paragraphAlignment(style: text.paragraphStyle),
                    fontSize: text.fontSize, joinsNext: markDeleted, bulleted: bulleted)))
    }

    private mutating func inline(_ element: XMLTree.Element, into text: inout ParagraphText) {
        switch element.name {
        case "r":
            run(element, into: &text)
        case "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir", "sdtContent":
            for child in element.elements { inline(child, into: &text) }
        case "sdt":
            if let content = element.child("sdtContent") { inline(content, into: &text) }
        case "ins", "moveTo":
            tally.insertions += 1
            for child in element.elements { inline(child, into: &text) }
        case "del", "moveFrom":
            tally.deletions += 1
        case "AlternateContent":
            if let choice = element.child("Choice") { for child in choice.elements { inline(child, into: &text) } }
        case "oMath", "oMathPara":
            tally.formulas += 1
        default:
            break
        }
    }

    private mutating func run(_ element: XMLTree.Element, into text: inout ParagraphText) {
        let properties = element.child("rPr")
        let characterStyle = properties?.child("rStyle")?["val"]
        let hidden = styles.isHidden(
            run: properties?.child("vanish").map(WordStyleSheet.isOn), characterStyle: characterStyle,
            paragraphStyle: text.paragraphStyle)
        let size = styles.fontSize(
            run: properties?.child("sz")?["val"].flatMap { Int($0) }, characterStyle: characterStyle,
            paragraphStyle: text.paragraphStyle)
        var countedHidden = false
        let textual: Set<String> = ["t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym"]
        for child in element.elements {
            if hidden, textual.contains(child.name) {
                if !countedHidden, text.showsText {
                    tally.hiddenRuns += 1
                    countedHidden = true
                }
                continue
            }
            switch child.name {
            case "fldChar":
                switch child["fldCharType"] {
                case "begin": text.fields.append(false)
                case "separate": if !text.fields.isEmpty { text.fields[text.fields.count - 1] = true }
                case "end": _ = text.fields.popLast()
                default: break
                }
            case "t":
                text.append(child.text, size: size)
            case "tab", "ptab":
                text.append("\t", size: size)
            case "br", "cr":
                text.breakLine()
            case "noBreakHyphen":
                text.append("-", size: size)
            case "sym":
                symbol(child, size: size, into: &text)
            case "footnoteReference":
                tally.footnotes += 1
            case "endnoteReference":
                tally.endnotes += 1
            case "commentReference":
                tally.comments += 1
            case "drawing", "pict":
                graphic(child, into: &text)
            case "object":
                tally.objects += 1
            case "AlternateContent":
                if let choice = child.child("Choice") {
                    for graphic in choice.elements { self.graphic(graphic, into: &text) }
                }
            default:
                break
            }
        }
    }

    private mutating func symbol(_ element: XMLTree.Element, size: Int, into text: inout ParagraphText) {
        guard let code = element["char"].flatMap({ UInt32($0, radix: 16) }) else { return }
        // Symbol fonts put their glyphs at U+F000–U+F0FF: no character anyone else can read.
        if (0xE000...0xF8FF).contains(code) || code < 0x20 {
            tally.symbols.append("\(element["font"] ?? "?") U+\(String(code, radix: 16, uppercase: true))")
        } else if let scalar = Unicode.Scalar(code) {
            text.append(String(Character(scalar)), size: size)
        }
    }

    /// A drawing or VML picture: the paragraphs of its text box, or a picture left out.
    private mutating func graphic(_ element: XMLTree.Element, into text: inout ParagraphText) {
        if let box = Self.firstDescendant("txbxContent", in: element) {
            tally.textBoxes += 1
            for child in box.elements { blockContent(child, into: &text.anchored) }
        } else if element.name == "object" {
            tally.objects += 1
        } else {
            tally.pictures += 1
        }
    }
}
