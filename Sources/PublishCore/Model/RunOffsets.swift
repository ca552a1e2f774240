/// The length of each run of a `RichText` in scalars, counted once so that many position look-ups
/// on the same text (`location(at:offsets:)`, `slice(_:offsets:)`) do not count the runs again.
package struct RunOffsets {
    /// `counts[i]` is the length of `runs[i]`; a text of one run has its count without an array.
    package let counts: RunCounts

    package init(_ text: RichText) {
        counts = text.runs.count == 1
            ? RunCounts(single: text.runs[0].text.utf8ScalarCount) : RunCounts(text.runs.map(\.text.utf8ScalarCount))
    }

    /// Counts found already: `counts[i]` must be the length of `runs[i]`.
    package init(counts: [Int]) {
        self.counts = RunCounts(counts)
    }

    /// The count of a text of one run, found already.
    package init(single count: Int) {
        counts = RunCounts(single: count)
    }
}
