/// Joins rich texts into one: touching runs of one style merge (the rule of `RichText.+`, which
/// uses it), in one buffer: a chain of `+` would copy the runs, and the text of the merged run, at
/// every step, which made joining a paragraph of many measures cost the square of its length.
///
/// Each `append` is one `+`: the runs of the piece are merged into the buffer, then empty runs are
/// dropped, as `RichText(runs:)` drops them from every intermediate result.
package struct RichTextJoiner {
    private var runs: [TextRun]
    /// Whether `runs` may hold an empty run (only when the first text or a piece brought one).
    private var mayHoldEmptyRun: Bool

    /// An empty text: appending a piece gives `RichText() + piece`.
    package init() {
        runs = []
        mayHoldEmptyRun = false
    }

    /// Starts from `text` as it is: appending a piece gives `text + piece`.
    package init(_ text: RichText) {
        runs = text.runs
        mayHoldEmptyRun = text.runs.contains { $0.text.isEmpty }
    }

    /// The joined text.
    package var richText: RichText {
        if mayHoldEmptyRun { return RichText(runs: runs) }
        // Without empty runs, `RichText(runs:)` would only copy the array to filter nothing.
        var text = RichText()
        text.runs = runs
        return text
    }

    /// `joined + piece`.
    package mutating func append(_ piece: RichText) {
        for run in piece.runs {
            let last = runs.count - 1
            if last >= 0, runs[last].hasSameStyle(as: run), runs[last].range.end == run.range.start {
                // No copy of the last run is held while its text grows, so the text is appended to
                // in place (after one copy of a text shared with the model).
                let lastRange = runs[last].range
                runs[last].text += run.text
                runs[last].range = lastRange.union(run.range)
            } else {
                runs.append(run)
                if run.text.isEmpty { mayHoldEmptyRun = true }
            }
        }
        if mayHoldEmptyRun {
            runs.removeAll { $0.text.isEmpty }
            mayHoldEmptyRun = false
        }
    }
}
