/// The length of each run of a `RichText` in scalars and in UTF-8 bytes, counted once, so that a
/// text searched on its joined UTF-8 (`RichText.withJoinedUTF8`) can be cut where a byte search
/// found the place, without counting scalars from the start of the run again
/// (`RichText.slice(_:bytes:layout:)`).
package struct RunLayout {
    /// The scalar counts, for the look-ups that take them (`range(of:offsets:)`).
    package let offsets: RunOffsets
    /// `byteCounts[i]` is `runs[i].text.utf8.count`.
    package let byteCounts: RunCounts

    package init(_ text: RichText) {
        offsets = RunOffsets(text)
        byteCounts = text.runs.count == 1
            ? RunCounts(single: text.runs[0].text.utf8.count) : RunCounts(text.runs.map(\.text.utf8.count))
    }

    /// The layout of a text whose length in scalars, `scalarCount`, is known already: a text of
    /// one run is not counted again.
    package init(_ text: RichText, scalarCount: Int) {
        if text.runs.count == 1 {
            // One run: its counts held in place, no array made.
            self.init(offsets: RunOffsets(single: scalarCount), byteCounts: RunCounts(single: text.runs[0].text.utf8.count))
        } else {
            self.init(text)
        }
    }

    private init(offsets: RunOffsets, byteCounts: RunCounts) {
        self.offsets = offsets
        self.byteCounts = byteCounts
    }

    /// The layout read off `joined`, the text's joined UTF-8 (`RichText.withJoinedUTF8`): each
    /// run's bytes counted where they stand in it, in one pass over the text, with no run's string
    /// looked at but for its length in bytes.
    package init(_ text: RichText, joinedUTF8 joined: UnsafeBufferPointer<UInt8>) {
        var counts: [Int] = []
        var byteCounts: [Int] = []
        counts.reserveCapacity(text.runs.count)
        byteCounts.reserveCapacity(text.runs.count)
        var start = 0
        for index in text.runs.indices {
            let byteCount = text.runs[index].text.utf8.count
            counts.append(UTF8Bytes.scalarCount(UnsafeBufferPointer(rebasing: joined[start..<(start + byteCount)])))
            byteCounts.append(byteCount)
            start += byteCount
        }
        offsets = RunOffsets(counts: counts)
        self.byteCounts = RunCounts(byteCounts)
    }

    /// The length of the whole text in scalars.
    package var scalarCount: Int { offsets.counts.total }
}
