import PublishCore
import PublishReading

/// The `contact/*` rules (docs/rules.md lists every rule).
package enum ContactRules {
    package static let all: [any Rule] = [
        MissingContactRule(), PhoneNumberRule(), OfficeHoursRule(), PostcodeRule(), EmailAddressRule(),
        UnlabelledNumberRule(),
    ]

    /// The text with full-width digits made ASCII, scalar for scalar (offsets stay valid).
    package static func asciiDigits(_ text: some StringProtocol) -> String { PhoneNumber.asciiDigits(text) }

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
