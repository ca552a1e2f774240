import Testing
@testable import PublishCore

/// `Ordinal.Level.depth` is written out case by case rather than looked up in `allCases` at every
/// comparison. Held here to that lookup, and `<` to the order of `allCases`, for every level and
/// every pair.
@Suite struct OrdinalLevelDepthTests {
    @Test(arguments: Ordinal.Level.allCases)
    func depthIsThePlaceInAllCases(level: Ordinal.Level) {
        #expect(level.depth == Ordinal.Level.allCases.firstIndex(of: level)! + 1)
    }

    @Test func levelsCompareInTheOrderOfAllCases() {
        let levels = Ordinal.Level.allCases
        for (i, a) in levels.enumerated() {
            for (j, b) in levels.enumerated() {
                #expect((a < b) == (i < j), "\(a) < \(b)")
                #expect((a >= b) == (i >= j), "\(a) >= \(b)")
            }
        }
        #expect(levels.map(\.depth) == Array(1...6))
    }
}
