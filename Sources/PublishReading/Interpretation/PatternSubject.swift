import PublishCore

/// A text prepared for matching `TextPattern`s: the string, its scalars, and whether the scalar
/// patterns may be used on it.
package struct PatternSubject {
    package let text: String
    package let scalars: [Unicode.Scalar]
    /// Whether every character of the text is one scalar that stands alone (see
    /// `scalarStandsAlone`). Swift Regex matches characters, compared by canonical equivalence;
    /// on such text that is the same as matching scalars.
    package let matchesByScalar: Bool

    package init(_ text: String) {
        self.text = text
        self.scalars = text.scalarArray
        // Read off the bytes (CJK and ASCII without decoding them): the same answer as asking
        // every scalar.
        self.matchesByScalar = text.utf8.withContiguousStorageIfAvailable(PatternSubject.standsAlone)
            ?? scalars.allSatisfy(PatternSubject.scalarStandsAlone)
    }

    package init(text: String, scalars: [Unicode.Scalar]) {
        self.text = text
        self.scalars = scalars
        self.matchesByScalar = scalars.allSatisfy(PatternSubject.scalarStandsAlone)
    }

    /// The first match of `pattern`.
    package func first(_ pattern: TextPattern) -> TextMatch? {
        guard matchesByScalar else { return TextMatch.first(pattern.regex, in: text) }
        return pattern.scalars.firstMatch(in: scalars).map(textMatch)
    }

    /// The first match of `pattern` in the text from scalar `offset` on, with offsets counted from
    /// there, as if that part were a text of its own (`^` is at `offset`).
    package func first(_ pattern: TextPattern, from offset: Int) -> TextMatch? {
        guard matchesByScalar else {
            let rest = String(scalars: scalars[offset...])
            return TextMatch.first(pattern.regex, in: rest)
        }
        return pattern.scalars.firstMatch(in: scalars, from: offset).map { match in
            let shifted = ScalarMatch(
                range: (match.range.lowerBound - offset)..<(match.range.upperBound - offset),
                groups: match.groups.map { $0.map { ($0.lowerBound - offset)..<($0.upperBound - offset) } })
            return textMatch(shifted, textOffset: offset)
        }
    }

    /// Whether `pattern` matches anywhere.
    package func contains(_ pattern: TextPattern) -> Bool {
        guard matchesByScalar else { return text.firstMatch(of: pattern.regex) != nil }
        return pattern.scalars.firstMatch(in: scalars) != nil
    }

    /// Every match of `pattern`, left to right.
    package func all(_ pattern: TextPattern) -> [TextMatch] {
        guard matchesByScalar else { return TextMatch.all(pattern.regex, in: text) }
        return pattern.scalars.matches(in: scalars).map(textMatch)
    }

    private func textMatch(_ match: ScalarMatch) -> TextMatch {
        textMatch(match, textOffset: 0)
    }

    /// `match` has offsets relative to `textOffset`.
    private func textMatch(_ match: ScalarMatch, textOffset: Int) -> TextMatch {
        func text(_ range: Range<Int>) -> String {
            String(scalars: scalars[(range.lowerBound + textOffset)..<(range.upperBound + textOffset)])
        }
        return TextMatch(
            text: text(match.range), range: match.range,
            groups: match.groups.map { $0.map { TextMatch.Group(text: text($0), range: $0) } })
    }

    /// Whether every scalar of valid UTF-8 stands alone (`scalarStandsAlone`), read off its bytes:
    /// ASCII and the ideographs from U+5000 on without decoding them.
    package static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 {
                // Every ASCII scalar but CR.
                if lead == 0x0D { return false }
                offset += 1
                continue
            }
            // U+5000 … U+9FFF.
            if lead >= 0xE5, lead <= 0xE9 {
                offset += 3
                continue
            }
            let (scalar, length) = UTF8Bytes.decode(bytes, at: offset)
            if !scalarStandsAlone(scalar) { return false }
            offset += length
        }
        return true
    }

    /// Whether `scalar` is always a character by itself and canonically equivalent to no other
    /// scalar: not a combining mark, joiner, variation selector, prepended mark, Hangul jamo or
    /// syllable, regional indicator or CR, and not a character with a canonical decomposition
    /// (`Å`, the CJK compatibility ideographs, the Greek question mark `;`). A conservative list of
    /// what notices are written in: ASCII, Latin-1 punctuation, general punctuation, symbols,
    /// CJK punctuation and ideographs, full-width forms. Anything else sends the text to the
    /// regular expression, which is slower but the same.
    package static func scalarStandsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0xBF, 0xD7, 0xF7: true
        case 0x2002...0x200B, 0x2010...0x2027, 0x202F...0x205E: true
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218B, 0x2190...0x2199: true
        case 0x2460...0x24FF, 0x2500...0x27BF: true
        case 0x2E80...0x2FDF, 0x2FF0...0x2FFF, 0x3000...0x3029, 0x3030...0x303F: true
        case 0x3190...0x319F, 0x31C0...0x31EF, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        case 0xFE10...0xFE19, 0xFE30...0xFE4F, 0xFE50...0xFE6B, 0xFF01...0xFF65, 0xFFE0...0xFFE6: true
        case 0x20000...0x2F7FF, 0x30000...0x323AF: true
        default: false
        }
    }
}
