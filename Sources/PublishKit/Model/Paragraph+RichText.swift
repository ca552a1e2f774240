extension Paragraph {
    /// The whole paragraph as one rich text, measure ordinals included.
    public var richText: RichText {
        segments.reduce(RichText()) { text, segment in
            switch segment {
            case .text(let t): text + t
            case .measure(let m):
                text + RichText(runs: [TextRun(text: m.ordinal.text, range: m.ordinal.range)]) + m.lead + m.body
            }
        }
    }
}
