package extension Paragraph {
    /// The whole paragraph as one rich text, measure ordinals included.
    ///
    /// The pieces are joined as `+` joins rich texts, one after the other, in one buffer.
    public var richText: RichText {
        var joiner = RichTextJoiner()
        for segment in segments {
            switch segment {
            case .text(let text):
                joiner.append(text)
            case .measure(let measure):
                joiner.append(RichText(runs: [TextRun(text: measure.ordinal.text, range: measure.ordinal.range)]))
                joiner.append(measure.lead)
                joiner.append(measure.body)
            }
        }
        return joiner.richText
    }
}
