/// Classes of characters that Chinese text handling needs.
public enum CharacterClass {
    /// Han characters, CJK punctuation and full-width forms: text in which no space separates words.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x31C0...0x31EF,
            0x3200...0x32FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFFEF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    /// Han ideographs only.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007:
            return true
        default:
            return false
        }
    }

    /// Punctuation that belongs to Chinese text even though Unicode calls its width ambiguous.
    public static func isChinesePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "”", "‘", "’", "…", "—", "·": true
        default: isCJK(scalar) && !isHan(scalar)
        }
    }

    /// Whether a soft line break between these two characters is no space at all (Chinese text).
    public static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        (isCJK(before) || isChinesePunctuation(before)) && (isCJK(after) || isChinesePunctuation(after))
    }

    /// Display width in a terminal: 2 for wide (CJK) characters, 1 otherwise.
    public static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014:
            // East-Asian ambiguous: full width in Chinese text.
            return 2
        default:
            return 1
        }
    }
}
