/// A top-level part of the notice body (`一、……`), with its role and its content.
public struct Section: Hashable, Sendable, Codable {
    public var role: SectionRole
    public var roleEvidence: RoleEvidence
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

    /// The direct child items, in order.
    public var items: [Item] { children.compactMap(\.item) }
}
