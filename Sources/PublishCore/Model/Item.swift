/// A numbered item below a section (`（一）`, `1.`, `（1）`, `①`) with the blocks that belong to it.
public struct Item: Hashable, Sendable, Codable {
    public var head: ItemHead
    public var children: [NoticeBlock]
    public var range: SourceRange

    public init(head: ItemHead, children: [NoticeBlock], range: SourceRange) {
        self.head = head
        self.children = children
        self.range = range
    }

    /// The direct child items, in order.
    public var items: [Item] { children.compactMap(\.item) }
}
