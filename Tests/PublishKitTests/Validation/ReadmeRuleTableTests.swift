import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The README's rule table is the registry's: a rule added, removed or reworded without
/// `make readme` fails here.
@Suite struct ReadmeRuleTableTests {
    @Test func readmeTableEqualsTheRegistry() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        let table = String(readme[begin.upperBound..<end.lowerBound])
        #expect(table == RuleTable.markdown(), "run `make readme` to regenerate the table")
    }

    @Test func everyRuleIdIsWellFormedAndUnique() {
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for descriptor in RuleRegistry.descriptors {
            #expect(descriptor.id.wholeMatch(of: /[a-z]+\/[a-z0-9-]+/) != nil, "\(descriptor.id)")
            #expect(!descriptor.summary.isEmpty && !descriptor.example.isEmpty, "\(descriptor.id)")
        }
    }
}
