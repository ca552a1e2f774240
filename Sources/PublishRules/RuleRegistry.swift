import PublishCore
import PublishReading

/// Every rule `publish check` knows, in one list. The rule table of docs/rules.md is generated from
/// it (`publish rules --format markdown`, `make docs`) and a test keeps the two equal.
public enum RuleRegistry {
    /// The rules that look at a loaded notice.
    public static let rules: [any Rule] =
        StructureRules.all + NumberingRules.all + DateRules.all + DisclosureRules.all + ContactRules.all
        + TypographyRules.all + MetaRules.all

    /// Findings the front end reports while reading a file (decoding, front matter, Markdown).
    public static let frontEnd: [RuleDescriptor] = FrontEndRules.all

    /// Every rule id with its description, sorted by id.
    public static var descriptors: [RuleDescriptor] {
        (rules.map(\.descriptor) + frontEnd).sorted { $0.id < $1.id }
    }

    /// Every rule id, for telling a suppression comment's ids from typos.
    package static let ids: Set<String> = Set(descriptors.map(\.id))

    public static func descriptor(_ id: String) -> RuleDescriptor? {
        descriptors.first { $0.id == id }
    }
}
