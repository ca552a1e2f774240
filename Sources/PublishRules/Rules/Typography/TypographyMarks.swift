import PublishCore
import PublishReading

/// Which marks the typography rules look for occur in a piece of text, anywhere (prose or not):
/// found in one pass when the text is laid out, so that each rule passes over the many texts
/// that hold none of its marks without reading them again.
package struct TypographyMarks: OptionSet {
    package let rawValue: UInt8

    /// `, ; : ? ! ( )`: `typography/half-width-punctuation`.
    package static let halfWidth = TypographyMarks(rawValue: 1 << 0)
    /// `" ' 「 」 『 』 “ ”`: `typography/mixed-quotes`.
    package static let quote = TypographyMarks(rawValue: 1 << 1)
    /// `“ ”`: whether the notice uses curly quotes.
    package static let curly = TypographyMarks(rawValue: 1 << 2)
    /// One of `。 ， ！ ？ 、 ； ：` twice in a row: `typography/repeated-punctuation`.
    package static let doubled = TypographyMarks(rawValue: 1 << 3)

    /// The marks in `scalars`.
    package init(in scalars: [Unicode.Scalar]) {
        var marks: TypographyMarks = []
        var previous: Unicode.Scalar = "\0"
        for scalar in scalars {
            defer { previous = scalar }
            let value = scalar.value
            // Han characters and kana, most of Chinese text, hold none of the marks.
            if value >= 0x3040 && value < 0xFF00 { continue }
            switch scalar {
            case ",", ";", ":", "?", "!", "(", ")": marks.insert(.halfWidth)
            case "\"", "'", "「", "」", "『", "』": marks.insert(.quote)
            case "“", "”": marks.formUnion([.quote, .curly])
            case "。", "，", "！", "？", "、", "；", "：": if scalar == previous { marks.insert(.doubled) }
            default: break
            }
        }
        self = marks
    }

    package init(rawValue: UInt8) { self.rawValue = rawValue }
}
