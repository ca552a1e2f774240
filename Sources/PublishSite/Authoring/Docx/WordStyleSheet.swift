import PublishCore
import PublishReading
/// What `word/styles.xml` says about the few properties the import looks at: alignment and
/// font size (to find the title), automatic numbering (a style can number its paragraphs), and
/// hidden text. Styles inherit through `w:basedOn`; what no style sets comes from the document
/// defaults (`w:docDefaults`).
struct WordStyleSheet {
    struct Style {
        var basedOn: String?
        var alignment: String?
        /// In half-points (`w:sz`), as Word writes it.
        var fontSize: Int?
        var numbering: WordNumberingReference?
        var hidden: Bool?
    }

    var paragraphStyles: [String: Style] = [:]
    var characterStyles: [String: Style] = [:]
    /// The paragraph style of paragraphs that name none.
    var defaultParagraphStyle: String?
    var defaultAlignment: String?
    var defaultFontSize: Int?

    init() {}

    init(_ root: XMLTree.Element) {
        if let defaults = root.child("docDefaults") {
            defaultFontSize = defaults.descendant("rPrDefault", "rPr", "sz")?["val"].flatMap { Int($0) }
            defaultAlignment = defaults.descendant("pPrDefault", "pPr", "jc")?["val"]
        }
        for element in root.elements where element.name == "style" {
            guard let id = element["styleId"] else { continue }
            let paragraphProperties = element.child("pPr")
            let runProperties = element.child("rPr")
            let style = Style(
                basedOn: element.child("basedOn")?["val"],
                alignment: paragraphProperties?.child("jc")?["val"],
                fontSize: runProperties?.child("sz")?["val"].flatMap { Int($0) },
                numbering: paragraphProperties?.child("numPr").map(WordNumberingReference.init),
                hidden: runProperties?.child("vanish").map(WordStyleSheet.isOn))
            switch element["type"] ?? "paragraph" {
            case "paragraph":
                paragraphStyles[id] = style
                if element["default"].map(Self.isTrue) == true { defaultParagraphStyle = id }
            case "character":
                characterStyles[id] = style
            default:
                break
            }
        }
    }

    // MARK: - Effective values

    /// The first value `property` gives along the `basedOn` chain of `id` (at most 32 steps, so
    /// a loop in a hostile file ends).
    private func inherited<Value>(_ id: String?, in styles: [String: Style], _ property: (Style) -> Value?) -> Value? {
        var current = id
        for _ in 0..<32 {
            guard let name = current, let style = styles[name] else { return nil }
            if let value = property(style) { return value }
            current = style.basedOn
        }
        return nil
    }

    func paragraphAlignment(style: String?) -> String? {
        inherited(style ?? defaultParagraphStyle, in: paragraphStyles, \.alignment) ?? defaultAlignment
    }

    func paragraphNumbering(style: String?) -> WordNumberingReference? {
        inherited(style ?? defaultParagraphStyle, in: paragraphStyles, \.numbering)
    }

    /// A run's font size in half-points: its own, its character style's, its paragraph style's,
    /// the document default, else Word's 10 pt.
    func fontSize(run: Int?, characterStyle: String?, paragraphStyle: String?) -> Int {
        run ?? inherited(characterStyle, in: characterStyles, \.fontSize)
            ?? inherited(paragraphStyle ?? defaultParagraphStyle, in: paragraphStyles, \.fontSize) ?? defaultFontSize
            ?? 20
    }

    /// Whether a run is hidden text (`w:vanish`), directly or by a style.
    func isHidden(run: Bool?, characterStyle: String?, paragraphStyle: String?) -> Bool {
        run ?? inherited(characterStyle, in: characterStyles, \.hidden)
            ?? inherited(paragraphStyle ?? defaultParagraphStyle, in: paragraphStyles, \.hidden) ?? false
    }

    /// An on/off property (`<w:b/>`, `<w:vanish w:val="0"/>`).
    static func isOn(_ element: XMLTree.Element) -> Bool {
        element["val"].map(isTrue) ?? true
    }

    static func isTrue(_ value: String) -> Bool {
        !["0", "false", "off"].contains(value)
    }
}

/// `w:numPr`: which list (`w:numId`) and which level (`w:ilvl`) numbers a paragraph.
struct WordNumberingReference: Equatable {
    var list: Int?
    var level: Int?

    init(list: Int?, level: Int?) {
        self.list = list
        self.level = level
    }

    init(_ element: XMLTree.Element) {
        list = element.child("numId")?["val"].flatMap { Int($0) }
        level = element.child("ilvl")?["val"].flatMap { Int($0) }
    }
}
