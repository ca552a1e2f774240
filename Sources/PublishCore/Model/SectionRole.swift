/// What a top-level section of a notice is about (docs/authoring.md: Authoring format; Wordings
/// `check` reads, *parts*).
public enum SectionRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// 一、 how the committee carried out its rectification responsibility.
    case responsibility
    /// 二、 the key feedback problems and what was done about them.
    case keyProblems
    /// 三、 items that need long-term rectification.
    case longTerm
    /// 四、 next steps.
    case nextSteps
    /// A section of none of these roles.
    case other

    /// The order the required parts take in a notice.
    public static let required: [SectionRole] = [.responsibility, .keyProblems, .longTerm, .nextSteps]
}

/// Why a section got its role.
public enum RoleEvidence: Hashable, Sendable, Codable {
    /// The heading holds this keyword.
    case keyword(String)
    /// No keyword: the role follows from where the section stands (a slogan heading before the
    /// key problems, or unnumbered paragraphs before the first section).
    case position
    /// Nothing gave a role.
    case none
}
