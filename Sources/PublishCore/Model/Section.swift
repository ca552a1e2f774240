/// A top-level part of the notice body (`一、……`), with its role and its content.
public struct Section: Hashable, Sendable, Codable {
    public var role: SectionRole
    public var roleEvidence: RoleEvidence
    /// The second part a heading names when it joins two (`三、需长期整改的事项及下一步工作打算`):
    /// the section stands for both.
    public var alsoRole: SectionRole?
    /// The heading; `nil` for unnumbered paragraphs before the first heading (a part with no
    /// heading, as some notices have).
    public var head: ItemHead?
    public var children: [NoticeBlock]
    public var range: SourceRange

    public init(role: SectionRole, roleEvidence: RoleEvidence, head: ItemHead?, children: [NoticeBlock], range: SourceRange) {
        self.role = role
        self.roleEvidence = roleEvidence
        self.head = head
        self.children = children
        self.range = range
    }

    /// The roles the section stands for: its own, and the one its heading joins to it.
    public var roles: [SectionRole] { [role] + (alsoRole.map { [$0] } ?? []) }

    /// The direct child items, in order.
    public var items: [Item] { children.compactMap(\.item) }
}
