import PublishCore
import PublishReading

/// The `contact/*` rules (docs/rules.md lists every rule).
package enum ContactRules {
    package static let all: [any Rule] = [
        MissingContactRule(), PhoneNumberRule(), OfficeHoursRule(), PostcodeRule(), EmailAddressRule(),
        UnlabelledNumberRule(),
    ]

    /// The text with full-width digits made ASCII, scalar for scalar (offsets stay valid).
    package static func asciiDigits(_ text: some StringProtocol) -> String {
        // Most texts have no full-width digit (EF BC 90–99 in UTF-8): then they are their own
        // answer, found without mapping every scalar into a new string.
        var lead: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if lead == (0xEF, 0xBC), byte &- 0x90 < 10 { return PhoneNumber.asciiDigits(text) }
            lead = (lead.1, byte)
        }
        return String(text)
    }

    /// Where scalars `offsets` of a recognised piece of the closing stand in the file. The piece's
    /// own range gives its start; the closing paragraph that holds it maps the offsets (a piece may
    /// run over a soft line break). Falls back to the piece's range.
    package static func range(of offsets: Range<Int>, in piece: SourceRange, closing: Closing?) -> SourceRange {
        for paragraph in closing?.paragraphs ?? [] {
            guard paragraph.range.start <= piece.start, piece.start < paragraph.range.end else { continue }
            let rich = paragraph.richText
            let count = rich.scalarCount
            var offset = 0
            while offset < count {
                if rich.location(at: offset) == piece.start {
                    return rich.range(of: (offset + offsets.lowerBound)..<(offset + offsets.upperBound)) ?? piece
                }
                offset += 1
            }
        }
        return piece
    }
}
