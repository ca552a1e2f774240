import PublishCore
import PublishRules

/// `build/duplicate-index-number`: a 索引号 (`index_number:`) that two notices of one site give.
/// `publish build` and `publish check` both report it, once for each notice after the first (by
/// path) that gives the number, at its `index_number:` value.
package enum DuplicateIndexNumbers {
    /// One notice's 索引号 and where it stands.
    package struct Use: Sendable {
        var path: String
        var number: String
        var range: SourceRange?
    }

    package static func findings(_ uses: [Use], configuration: PublishConfiguration) -> [Diagnostic] {
        guard let severity = configuration.severity(of: PipelineRule.duplicateIndexNumber.id, default: .error) else { return [] }
        var first: [String: String] = [:]
        var findings: [Diagnostic] = []
        for use in uses.sorted(by: { $0.path < $1.path }) {
            if let other = first[use.number] {
                findings.append(Diagnostic(
                    rule: PipelineRule.duplicateIndexNumber.id, severity: severity,
                    message: Message("index-number.duplicate", use.number, other), file: use.path,
                    range: use.range ?? SourceRange(at: SourceLocation(line: 1, column: 1)),
                    fix: Message("index-number.duplicate.fix")))
            } else {
                first[use.number] = use.path
            }
        }
        return findings
    }

    /// The same finding for files that come one by one in path order (`publish check` streams):
    /// a file's finding as soon as it comes, the first file of each number remembered.
    package struct Tracker {
        let configuration: PublishConfiguration
        private var first: [String: Use] = [:]

        package init(configuration: PublishConfiguration) {
            self.configuration = configuration
        }

        /// The finding for `use` when an earlier file gave its number.
        package mutating func add(_ use: Use) -> [Diagnostic] {
            guard let earlier = first[use.number] else {
                first[use.number] = use
                return []
            }
            return DuplicateIndexNumbers.findings([earlier, use], configuration: configuration).filter { $0.file == use.path }
        }
    }
}
