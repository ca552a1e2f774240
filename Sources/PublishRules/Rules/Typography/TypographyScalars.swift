import PublishCore

/// The classes of scalars the typography rules tell apart: spaces, Chinese text, Latin letters, and
/// what may end a sentence right after an address.
package enum TypographyScalars {
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// Chinese text: Han characters, CJK and full-width punctuation, “”‘’…—.
    package static func isChinese(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, !isSpace(scalar) else { return false }
        return CharacterClass.isCJK(scalar) || CharacterClass.isChinesePunctuation(scalar)
    }

    package static func isLatinLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// `.,:;!?)'`: what may end a sentence right after an address.
    package static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ":", ";", "!", "?", ")", "'": true
        default: false
        }
    }

    /// Author prose: a run of text that is not a link whose text is all ASCII (an address written
    /// out).
    package static func isProse(_ run: TextRun) -> Bool {
        run.kind == .text && !isASCIILink(run)
    }

    /// A link whose text is all ASCII: an address written out.
    package static func isASCIILink(_ run: TextRun) -> Bool {
        run.link != nil && run.text.utf8.allSatisfy { $0 < 0x80 }
    }
}
