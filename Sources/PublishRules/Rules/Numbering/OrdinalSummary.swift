import PublishCore

/// What every ordinal of a notice adds up to: the range of each as written (which the typography
/// rules leave to `numbering/*`), sorted by start, and which deviations occur at all. Both are
/// gathered as the typography layout walks the notice's heads and measures (every ordinal of
/// `NumberingRules.ordinals`). The eight style rules each look for one deviation; a notice whose
/// ordinals have none of it is passed over without the list of its ordinals.
package struct OrdinalSummary: Sendable {
    /// The ranges of every ordinal, sorted by start.
    package var ranges: [SourceRange]
    /// One bit per deviation (`bit(of:)`) that some ordinal has.
    package var deviations: UInt16

    package init(ranges: [SourceRange], deviations: UInt16) {
        self.ranges = ranges
        self.deviations = deviations
    }

    /// The summary of the ordinals of `context.notice`.
    package init(_ context: CheckContext) {
        let layout = TypographyRules.layout(context)
        self.init(ranges: layout.ordinals, deviations: layout.ordinalDeviations)
    }

    /// Whether some ordinal has `deviation`.
    package func contains(_ deviation: Ordinal.Deviation) -> Bool { deviations & Self.bit(of: deviation) != 0 }

    package static func bit(of deviation: Ordinal.Deviation) -> UInt16 {
        switch deviation {
        case .halfWidthParentheses: 1 << 0
        case .markAfterParentheses: 1 << 1
        case .dunhaoAfterArabic: 1 << 2
        case .fullWidthFullStop: 1 << 3
        case .fullWidthDigits: 1 << 4
        case .fullStopAfterHanzi: 1 << 5
        case .lookalikeCharacter: 1 << 6
        case .nonstandardNumeral: 1 << 7
        }
    }
}
