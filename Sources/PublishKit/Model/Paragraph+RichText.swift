extension Paragraph {
    /// The whole paragraph as one rich text, measure ordinals included.
    ///
    /// The pieces are joined as `+` joins rich texts, one after the other, into one array of runs
    /// rather than a new text for every piece.
    public var richText: RichText {
        var runs: [TextRun] = []
        /// `runs = (RichText(runs: runs) + text).runs`
        func append(_ text: RichText) {
            var appendedEmpty = false
            for run in text.runs {
                if let last = runs.last, last.hasSameStyle(as: run), last.range.end == run.range.start {
                    runs[runs.count - 1].text += run.text
                    runs[runs.count - 1].range = last.range.union(run.range)
                } else {
                    runs.append(run)
                    if run.text.isEmpty { appendedEmpty = true }
                }
            }
            // `+` makes a `RichText`, which drops empty runs.
            if appendedEmpty { runs.removeAll { $0.text.isEmpty } }
        }
        for segment in segments {
            switch segment {
            case .text(let text):
                append(text)
            case .measure(let measure):
                append(RichText(runs: [TextRun(text: measure.ordinal.text, range: measure.ordinal.range)]))
                append(measure.lead)
                append(measure.body)
            }
        }
        return RichText(runs: runs)
    }
}
