import Foundation
import PublishCore
import Yams

/// Questions about a front-matter scalar answered without what Yams or Foundation would take for
/// them (an `NSNull`, a character-set walk, the resolver's regular expressions), each the same
/// answer as theirs (`FrontMatterShortcutTests`).
package enum FrontMatterScalar {
    /// The first bytes the resolver's bool (`yes`, `No`, `true`, `OFF` …), int (`+1`, `0x1F`, `12`)
    /// and float (`-1.5`, `.5`, `.inf`) patterns can match.
    package static func mayStartNonText(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            true
        default: false
        }
    }

    /// `CalendarDate(iso: text)`, read directly when the text is `YYYY-MM-DD` in ASCII digits (the
    /// generic reading splits and converts through `Substring`s: a twentieth of reading a notice's
    /// front matter).
    package static func isoDate(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes -> CalendarDate?? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var value = 0
            for index in 0..<10 where index != 4 && index != 7 {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return .some(CalendarDate(year: value / 10_000, month: value / 100 % 100, day: value % 100))
        } ?? CalendarDate(iso: text)
    }

    /// `Node.scalar(scalar).null != nil` (Yams' `NSNull.construct`) without making an `NSNull`: a
    /// plain `~`, `null`, `Null`, `NULL` or nothing.
    package static func isNull(_ scalar: Node.Scalar) -> Bool {
        // Longer than `null`: no string comparisons (a title is never null).
        guard scalar.style == .plain, scalar.string.utf8.count <= 4 else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, which costs Foundation a character
    /// set walk even when there is nothing to trim: a value whose first and last scalars are not
    /// white space is returned as it is.
    package static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isWhitespaceOrNewline(first), !isWhitespaceOrNewline(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    package static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        // Nothing above U+3000 (the ideographic space) is white space or a line end to Foundation:
        // Chinese characters and full-width marks are answered without its character set.
        if scalar.value > 0x3000 { return false }
        return CharacterSet.whitespacesAndNewlines.contains(scalar)
    }
}
