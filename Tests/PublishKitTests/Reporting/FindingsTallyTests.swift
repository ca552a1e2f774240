import Testing
@testable import PublishCore
@testable import PublishSite

/// `FindingsTally.add`, which counts runs into a short list of the rules seen before it adds them
/// to its table, held to counting one finding at a time.
@Suite struct FindingsTallyTests {
    @Test(arguments: FindingPiecesTests.lists) func tallyCountsAsOneByOne(findings: [Diagnostic]) {
        var tally = FindingsTally()
        tally.add(findings)
        var oneByOne: [FindingsTally.Key: Int] = [:]
        for finding in findings { oneByOne[FindingsTally.Key(rule: finding.rule, severity: finding.severity), default: 0] += 1 }
        #expect(tally.counts == oneByOne)
        // Added to counts already there.
        tally.add(findings)
        #expect(tally.counts == oneByOne.mapValues { $0 * 2 })
    }
}
