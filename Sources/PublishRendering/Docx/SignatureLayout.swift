import PublishCore
import PublishReading
import PublishRules

/// 发文机关署名 and 成文日期 of a notice without a seal (GB/T 9704 §7.3.5.2): the issuer two
/// characters in from the right edge, the date on the next line starting two characters to the
/// right of the issuer's first character; when that would leave the date closer than two
/// characters to the edge, the date stands two characters in and the issuer moves left to keep
/// the two-character step. (A continuous reading of the standard's two cases, which meet where
/// the date is two characters shorter than the issuer.)
///
/// What the standard fixes is placed exactly: in the first case the date is set from the left at
/// the issuer's first character plus two, not right-aligned, because the width of its digits is
/// not the same everywhere (LibreOffice adds space between digits and Chinese characters, which
/// Word, told not to, does not); in the second case the date's two characters on the right.
package struct SignatureLayout: Equatable {
    package enum Placement: Equatable {
        /// Right-aligned, this many characters in from the right edge.
        case fromRight(Double)
        /// Left-aligned, starting this many characters from the left edge.
        case fromLeft(Double)
    }

    package var issuer: Placement
    package var date: Placement

    /// Widths count a full-width character 1 and a half-width one (digits) ½.
    package init(issuer: String?, date: String?, lineCharacters: Double = 28) {
        guard let issuer, let date else {
            self.issuer = .fromRight(2)
            self.date = .fromRight(2)
            return
        }
        let issuerWidth = Self.width(issuer)
        let dateWidth = Self.width(date)
        if issuerWidth - dateWidth >= 2 {
            self.issuer = .fromRight(2)
            self.date = .fromLeft(lineCharacters - 2 - issuerWidth + 2)
        } else {
            self.date = .fromRight(2)
            self.issuer = .fromRight(dateWidth + 4 - issuerWidth)
        }
    }

    package static func width(_ text: String) -> Double {
        Double(text.unicodeScalars.reduce(0) { $0 + CharacterClass.displayWidth($1) }) / 2
    }
}
