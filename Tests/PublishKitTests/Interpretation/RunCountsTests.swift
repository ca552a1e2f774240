import Testing
@testable import PublishCore
@testable import PublishReading

/// `RunCounts` holds the count of a text of one run in place instead of in an array; it is held
/// here to the array of counts it stands for, and the layouts made with it to the runs counted
/// one by one, on the tricky and generated texts of `InterpretationCountingTests` (CJK,
/// combining marks, emoji with joiners, half- and full-width punctuation, CRLF, empty runs).
@Suite struct RunCountsTests {
    @Test(arguments: [[], [0], [7], [0, 0], [3, 0, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]] as [[Int]])
    func countsAreTheArrayTheyHold(_ counts: [Int]) {
        let held = RunCounts(counts)
        #expect(Array(held) == counts)
        #expect(held.count == counts.count)
        #expect(held.total == counts.reduce(0, +))
        for index in counts.indices { #expect(held[index] == counts[index]) }
        #expect(held == RunCounts(counts))
        if counts.count == 1 { #expect(held == RunCounts(single: counts[0])) }
        #expect(held != RunCounts(counts + [1]))
    }

    @Test func layoutsCountEveryRun() {
        var single = 0
        for text in InterpretationCountingTests.texts() {
            let scalars = text.runs.map { $0.text.unicodeScalars.count }
            let bytes = text.runs.map { $0.text.utf8.count }
            let layouts = [
                RunLayout(text), RunLayout(text, scalarCount: scalars.reduce(0, +)),
                text.withJoinedUTF8 { RunLayout(text, joinedUTF8: $0) },
            ]
            for layout in layouts {
                #expect(Array(layout.offsets.counts) == scalars, "\(text.plain.debugDescription)")
                #expect(Array(layout.byteCounts) == bytes, "\(text.plain.debugDescription)")
                #expect(layout.scalarCount == text.plain.unicodeScalars.count, "\(text.plain.debugDescription)")
            }
            #expect(Array(RunOffsets(text).counts) == scalars)
            if text.runs.count == 1 { single += 1 }
        }
        // Texts of one run, the case held in place, are among them.
        #expect(single > 100)
    }
}
