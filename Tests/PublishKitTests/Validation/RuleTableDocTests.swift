import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The rule table of docs/rules.md is the registry's: a rule added, removed or reworded without
/// `make docs` fails here.
@Suite struct RuleTableDocTests {
    @Test(arguments: [("docs/rules.md", Language.english), ("docs/rules.zh.md", .chinese)])
    func docsTableEqualsTheRegistry(_ path: String, _ language: Language) throws {
        let doc = try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
        let begin = try #require(doc.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(doc.range(of: "<!-- rules:end -->"))
        let table = String(doc[begin.upperBound..<end.lowerBound])
        #expect(table == RuleTable.markdown(language: language), "run `make docs` to regenerate the table")
    }

    @Test func everyRuleIdIsWellFormedAndUnique() {
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for descriptor in RuleRegistry.descriptors {
            #expect(descriptor.id.wholeMatch(of: /[a-z]+\/[a-z0-9-]+/) != nil, "\(descriptor.id)")
            for language in Language.allCases {
                #expect(!descriptor.summary.text(in: language).isEmpty, "\(descriptor.id)")
                #expect(!descriptor.example.text(in: language).isEmpty, "\(descriptor.id)")
            }
        }
    }
}
