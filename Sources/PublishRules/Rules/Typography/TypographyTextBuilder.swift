import PublishCore

/// Lays out the text of one block from the runs of its pieces (an ordinal, a lead, a paragraph's
/// segments) as they come, without joining them first: touching runs of one style become one run,
/// as `RichTextJoiner` merges them, but no run or text is copied, and the scalars are decoded
/// straight into a buffer kept for the next text.
///
/// Joining piece by piece and merging the runs in one fold give the same runs when no run is empty
/// and no run's range ends before it starts (the joiner drops empty runs between pieces, and a
/// merged run's range is the union of its runs'). `joinsInPlace` says whether that held for the
/// runs given; when it did not, the caller joins the pieces with `RichTextJoiner` as before.
package struct TypographyTextBuilder {
    /// The scalars decoded so far in `scalars[..<count]`; the rest is room.
    private var scalars: [Unicode.Scalar] = []
    private var count = 0
    private var runs: [TypographyText.Run] = []
    /// The styles of the last run (those of the first run merged into it).
    private var style: Style?
    private var mayHoldAddress = false
    /// No run given was empty or ended before it started.
    package private(set) var joinsInPlace = true

    package init() {}

    /// Whether no run was given since the last text was made.
    package var isEmpty: Bool { runs.isEmpty && joinsInPlace }

    /// The styles `TextRun.hasSameStyle(as:)` compares.
    private struct Style {
        var kind: TextRun.Kind
        var emphasis: Bool
        var strong: Bool
        var strikethrough: Bool
        var link: String?
        var source: String?

        init(_ run: TextRun) {
            kind = run.kind
            emphasis = run.emphasis
            strong = run.strong
            strikethrough = run.strikethrough
            link = run.link
            source = run.source
        }

        /// `TextRun.hasSameStyle(as:)` with a run of these styles.
        func matches(_ run: TextRun) -> Bool {
            kind == run.kind && emphasis == run.emphasis && strong == run.strong
                && strikethrough == run.strikethrough && link == run.link && source == run.source
        }
    }

    package mutating func append(_ run: TextRun) {
        let byteCount = run.text.utf8.count
        guard byteCount > 0, run.range.start <= run.range.end else {
            joinsInPlace = false
            return
        }
        if let last = runs.indices.last, let style, style.matches(run), runs[last].range.end == run.range.start {
            runs[last].range = runs[last].range.union(run.range)
            // The merged run is an address only if all its text is ASCII.
            if run.link != nil, !TypographyText.Run.isASCIILink(run) { runs[last].isProse = run.kind == .text }
        } else {
            style = Style(run)
            runs.append(
                TypographyText.Run(start: count, range: run.range, kind: run.kind, isProse: TypographyText.Run.isProse(run)))
        }
        // Room for as many scalars as bytes, growing by at least half of what there is.
        if scalars.count < count + byteCount {
            scalars.append(contentsOf: repeatElement("\0", count: max(count + byteCount - scalars.count, scalars.count / 2)))
        }
        let start = count
        var sawAddressMark = false
        let written = scalars.withUnsafeMutableBufferPointer { buffer in
            ScalarDecoder.decode(run.text, into: buffer.baseAddress! + start, sawAddressMark: &sawAddressMark)
        }
        count += written
        if sawAddressMark { mayHoldAddress = true }
    }

    package mutating func append(_ text: RichText) {
        for run in text.runs { append(run) }
    }

    /// An ordinal as `RichText(runs: [TextRun(text:range:)])` makes it a piece: nothing when its text
    /// is empty.
    package mutating func append(_ ordinal: Ordinal?) {
        guard let ordinal, !ordinal.text.isEmpty else { return }
        append(TextRun(text: ordinal.text, range: ordinal.range))
    }

    /// The pieces `Paragraph.richText` joins: each text segment, and each measure's ordinal, lead
    /// and body.
    package mutating func append(_ paragraph: Paragraph) {
        for segment in paragraph.segments {
            switch segment {
            case .text(let text): append(text)
            case .measure(let measure):
                append(measure.ordinal)
                append(measure.lead)
                append(measure.body)
            }
        }
    }

    /// The text of the runs given since the last one was made (only when `joinsInPlace`), and a
    /// fresh start for the next.
    package mutating func make(ordinals: [SourceRange]) -> TypographyText {
        assert(joinsInPlace, "pieces with an empty or reversed run are joined with `RichTextJoiner`")
        // The scalars and the runs copied out at their size; the buffers stay for the next text.
        let text = TypographyText(
            scalars: Array(scalars[..<count]), runs: [TypographyText.Run](runs), mayHoldAddress: mayHoldAddress,
            ordinals: ordinals)
        reset()
        return text
    }

    /// Forgets the runs given since the last text was made; keeps the buffer.
    package mutating func reset() {
        count = 0
        runs.removeAll(keepingCapacity: true)
        style = nil
        mayHoldAddress = false
        joinsInPlace = true
    }
}
