/// A paragraph of the body: plain text, and the measures (`一是……`) found in it, in order.
public struct Paragraph: Hashable, Sendable, Codable {
    public enum Segment: Hashable, Sendable, Codable {
        case text(RichText)
        case measure(Measure)
    }

    public var segments: [Segment]
    public var range: SourceRange

    public init(segments: [Segment], range: SourceRange) {
        self.segments = segments
        self.range = range
    }

    /// The measures of the paragraph, in order.
    public var measures: [Measure] {
        segments.compactMap { if case .measure(let m) = $0 { m } else { nil } }
    }

    /// Whether the paragraph opens with a measure (rather than with unnumbered text).
    public var startsWithMeasure: Bool {
        if case .measure = segments.first { true } else { false }
    }

    /// The paragraph's text without styles, exactly as written.
    public var plain: String {
        segments.map { segment in
            switch segment {
            case .text(let text): text.plain
            case .measure(let m): m.ordinal.text + m.lead.plain + m.body.plain
            }
        }.joined()
    }
}
