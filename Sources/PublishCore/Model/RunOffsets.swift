/// The length of each run of a `RichText` in scalars, counted once so that many position look-ups
/// on the same text (`location(at:offsets:)`, `slice(_:offsets:)`) do not count the runs again.
package struct RunOffsets {
    /// `counts[i]` is the length of `runs[i]`.
    package let counts: [Int]

    package init(_ text: RichText) {
        counts = text.runs.map(\.text.utf8ScalarCount)
    }

    /// Counts found already: `counts[i]` must be the length of `runs[i]`.
    package init(counts: [Int]) {
        self.counts = counts
    }
}
