/// The length of each run of a `RichText` in scalars, counted once so that many position look-ups
/// on the same text (`location(at:offsets:)`, `slice(_:offsets:)`) do not count the runs again.
struct RunOffsets {
    /// `counts[i]` is the length of `runs[i]`.
    let counts: [Int]

    init(_ text: RichText) {
        counts = text.runs.map(\.text.utf8ScalarCount)
    }
}
