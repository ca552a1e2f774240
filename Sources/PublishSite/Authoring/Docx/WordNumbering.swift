import PublishCore
import PublishReading
/// Word's automatic numbering (`word/numbering.xml`) turned into the text it shows: the
/// paragraph numbered `（%2）` on level 1 of a `chineseCounting` list shows `（三）` when it is the
/// third of its level. Offices number headings this way, so the numbers must become text for
/// the import to see the levels.
///
/// Counting follows Word: a list (`w:num`) shares its counters with every list made from the
/// same definition (`w:abstractNum`) unless it overrides a level's start (`w:startOverride`), which
/// restarts it where that list is first used; numbering a level restarts every level below it.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
        /// `w:isLgl`: every level shown in Arabic digits.
        var legal = false
    }

    private var definitions: [Int: [Int: Level]] = [:]
    /// List id → (definition id, level → start override).
    private var lists: [Int: (definition: Int, overrides: [Int: Int])] = [:]
    /// Definition id → the counters of its levels (nil: not used since its restart).
    private var counters: [Int: [Int: Int]] = [:]
    private var started: Set<Int> = []

    init() {}

    init(_ root: XMLTree.Element) {
        for element in root.elements {
            switch element.name {
            case "abstractNum":
                guard let id = element["abstractNumId"].flatMap({ Int($0) }) else { continue }
                var levels: [Int: Level] = [:]
                for level in element.elements where level.name == "lvl" {
                    guard let index = level["ilvl"].flatMap({ Int($0) }) else { continue }
                    levels[index] = Self.level(level, base: Level())
                }
                definitions[id] = levels
            case "num":
                guard let id = element["numId"].flatMap({ Int($0) }),
                    let definition = element.child("abstractNumId")?["val"].flatMap({ Int($0) })
                else { continue }
                var overrides: [Int: Int] = [:]
                for override in element.elements where override.name == "lvlOverride" {
                    guard let index = override["ilvl"].flatMap({ Int($0) }) else { continue }
                    if let start = override.child("startOverride")?["val"].flatMap({ Int($0) }) {
                        overrides[index] = start
                    }
                    if let level = override.child("lvl") {
                        // A whole level redefined for this list: kept as a definition of its own.
                        let own = -id - 1
                        if definitions[own] == nil { definitions[own] = definitions[definition] ?? [:] }
                        definitions[own]![index] = Self.level(level, base: definitions[definition]?[index] ?? Level())
                    }
                }
                lists[id] = (definitions[-id - 1] != nil ? -id - 1 : definition, overrides)
            default:
                break
            }
        }
    }

    private static func level(_ element: XMLTree.Element, base: Level) -> Level {
        var level = base
        if let format = element.child("numFmt")?["val"] { level.format = format }
        if let text = element.child("lvlText")?["val"] { level.text = text }
        if let start = element.child("start")?["val"].flatMap({ Int($0) }) { level.start = start }
        if let legal = element.child("isLgl") { level.legal = WordStyleSheet.isOn(legal) }
        return level
    }

    /// What a numbered paragraph shows before its text.
    enum Label: Equatable {
        case number(String)
        /// A bullet: the paragraph is an item of a bullet list, with no ordinal.
        case bullet
    }

    /// What a paragraph of list `list` on `level` shows, counting it; nil when the list is
    /// unknown or shows nothing there (numId 0 means "no numbering").
    mutating func label(list: Int, level: Int) -> Label? {
        guard list != 0, let (definition, overrides) = lists[list], let levels = definitions[definition],
            (0...8).contains(level)
        else { return nil }
        var counts = counters[definition] ?? [:]
        if !overrides.isEmpty, started.insert(list).inserted {
            counts = [:]
            for (index, start) in overrides { counts[index] = start - 1 }
        }
        let start = levels[level]?.start ?? 1
        counts[level] = (counts[level] ?? (start - 1)) + 1
        for deeper in (level + 1)...9 { counts[deeper] = nil }
        counters[definition] = counts
        guard let shown = levels[level], shown.format != "none" else { return nil }
        if shown.format == "bullet" { return .bullet }
        var text = ""
        var scalars = Array(shown.text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "%", let digit = scalars.first, ("1"..."9").contains(digit) {
                scalars.removeFirst()
                let referenced = Int(digit.value - 0x31)
                let value = counts[referenced] ?? levels[referenced]?.start ?? 1
                let format = shown.legal && referenced != level ? "decimal" : (levels[referenced]?.format ?? "decimal")
                text += Self.format(value, as: format)
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return .number(text)
    }

    /// `value` written in the number format `format` (ECMA-376 §17.18.59); formats not listed are
    /// written in Arabic digits.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
            "taiwaneseDigital", "japaneseCounting", "japaneseDigitalTenThousand", "koreanCounting", "ideographDigital":
            return ChineseNumeral.text(value)
        case "decimalZero":
            return value < 10 && value >= 0 ? "0\(value)" : "\(value)"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(
                String.UnicodeScalarView(
                    String(value).unicodeScalars.compactMap { Unicode.Scalar($0.value - 0x30 + 0xFF10) }))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return enclosed(value, first: 0x2460, count: 20) ?? "(\(value))"
        case "decimalEnclosedParen":
            return enclosed(value, first: 0x2474, count: 20) ?? "(\(value))"
        case "decimalEnclosedFullstop":
            return enclosed(value, first: 0x2488, count: 20) ?? "\(value)."
        case "upperLetter", "lowerLetter":
            guard value > 0 else { return "\(value)" }
            let letter = Unicode.Scalar(UInt32((format == "upperLetter" ? 0x41 : 0x61) + (value - 1) % 26))!
            return String(repeating: String(Character(letter)), count: (value - 1) / 26 + 1)
        case "upperRoman", "lowerRoman":
            let roman = self.roman(value)
            return format == "upperRoman" ? roman : roman.lowercased()
        case "ideographTraditional":
            return character(value, in: "甲乙丙丁戊己庚辛壬癸")
        case "ideographZodiac":
            return character(value, in: "子丑寅卯辰巳午未申酉戌亥")
        default:
            return "\(value)"
        }
    }

    private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String? {
        guard (1...count).contains(value), let scalar = Unicode.Scalar(first + UInt32(value - 1)) else { return nil }
        return String(Character(scalar))
    }

    private static func character(_ value: Int, in cycle: String) -> String {
        let characters = Array(cycle)
        guard value > 0 else { return "\(value)" }
        return String(characters[(value - 1) % characters.count])
    }

    private static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return "\(value)" }
        let steps: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, letters) in steps {
            while rest >= amount {
                text += letters
                rest -= amount
            }
        }
        return text
    }
}
