import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The scan that refuses YAML anchors and aliases before Yams composes (and expands) them: it
/// finds them wherever YAML reads them as such, and leaves `&` and `*` alone in text.
@Suite struct YAMLAliasScanTests {
    static func scan(_ yaml: String) -> YAMLAliasScan.Found? {
        YAMLAliasScan.firstAnchorOrAlias(in: yaml.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test(arguments: [
        ("title: &a 通报", 0, 8, true),
        ("title: 通报\nissuer: *a", 1, 9, false),
        ("tags: [巡视, *a]", 0, 12, false),
        ("tags: {a: *b}", 0, 11, false),
        ("tags:\n  - &x 巡视\n  - *x", 1, 5, true),
        ("? *a\n: 1", 0, 3, false),
        ("<<: *base", 0, 5, false),
        ("title: !!str &a 通报", 0, 14, true),
        ("title: *重要*", 0, 8, false),
    ])
    func findsAnchorsAndAliases(yaml: String, line: Int, column: Int, isAnchor: Bool) throws {
        let found = try #require(Self.scan(yaml), "\(yaml)")
        #expect(found == YAMLAliasScan.Found(line: line, column: column, isAnchor: isAnchor))
    }

    @Test(arguments: [
        "title: 巡视 & 巡察",
        "title: A &B 通报",
        "title: a*b",
        "title: 通报 *重点*",
        "title: \"*重要* &a\"",
        "title: '*重要* ''&a'''",
        "title: 通报 # &a 注释",
        "title: |\n  *第一行\n  &第二行\nissuer: 中共某某区委员会",
        "title: >\n  *折叠\ndate: 2025-03-07",
        "tags: [\"*a\", '&b']",
        "title: \"多行\n  *续行\"",
    ])
    func leavesTextAlone(yaml: String) {
        #expect(Self.scan(yaml) == nil, "\(yaml)")
    }
}
