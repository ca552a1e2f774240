/// A numbering mark as written at the start of a heading, an item or a measure (`一、`, `（一）`,
/// `1.`, `（1）`, `①`, `一是`).
public struct Ordinal: Hashable, Sendable, Codable {
    /// The numbering levels of GB/T 9704 §7.3.3, then the circled level of practice, then measures.
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// `一、`
        case hanzi
        /// `（一）`
        case parenthesizedHanzi
        /// `1.`
        case arabic
        /// `（1）`
        case parenthesizedArabic
        /// `①`
        case circled
        /// `一是`
        case measure

        /// 1 for `一、` down to 6 for `一是`: the place in `allCases`, counted from one, written out
        /// (looking it up in `allCases` made the list of cases at every comparison of two levels).
        public var depth: Int {
            switch self {
            case .hanzi: 1
            case .parenthesizedHanzi: 2
            case .arabic: 3
            case .parenthesizedArabic: 4
            case .circled: 5
            case .measure: 6
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.depth < rhs.depth }

        /// The standard form of ordinal `value` at this level.
        public func standardText(_ value: Int) -> String {
            switch self {
            case .hanzi: "\(ChineseNumeral.text(value))、"
            case .parenthesizedHanzi: "（\(ChineseNumeral.text(value))）"
            case .arabic: "\(value)."
            case .parenthesizedArabic: "（\(value)）"
            case .circled: (1...20).contains(value) ? String(Character(Unicode.Scalar(0x2460 + value - 1)!)) : "(\(value))"
            case .measure: "\(ChineseNumeral.text(value))是"
            }
        }
    }

    /// A way the mark departs from the standard form. Accepted, and reported as style by `check`.
    public enum Deviation: String, Hashable, Sendable, Codable {
        /// `(一)`, `(1)`: half-width parentheses.
        case halfWidthParentheses
        /// `（一）、`, `（1）.`: punctuation after a bracketed ordinal.
        case markAfterParentheses
        /// `1、`: 顿号 after an Arabic number.
        case dunhaoAfterArabic
        /// `1．`: full-width full stop after an Arabic number.
        case fullWidthFullStop
        /// `１.`: full-width digits.
        case fullWidthDigits
        /// `一.`, `一．`: a full stop after a Chinese numeral.
        case fullStopAfterHanzi
        /// `㈠`, `⑴`, `⒈`: one lookalike character standing for the ordinal.
        case lookalikeCharacter
        /// `一十一、`: a numeral written in a non-standard way.
        case nonstandardNumeral
    }

    public var level: Level
    public var value: Int
    /// The mark as written, with the whitespace after it.
    public var text: String
    public var deviations: [Deviation]
    public var range: SourceRange

    public init(level: Level, value: Int, text: String, deviations: [Deviation] = [], range: SourceRange) {
        self.level = level
        self.value = value
        self.text = text
        self.deviations = deviations
        self.range = range
    }
}
