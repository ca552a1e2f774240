extension NoticeBlock {
    /// Visits `blocks` and every block inside them in document order: an item, then its children;
    /// each item of a list; the blocks of a quote. `depth` is the nesting of the blocks given, and
    /// grows by one under an item (lists and quotes do not open a level of the outline).
    ///
    /// The one traversal of the outline: rules and summaries that need "every paragraph" or
    /// "every item head" ask it, so a new kind of block is handled in one place.
    public static func walk(_ blocks: [NoticeBlock], depth: Int = 0, _ visit: (NoticeBlock, Int) -> Void) {
        for block in blocks {
            visit(block, depth)
            switch block {
            case .item(let item): walk(item.children, depth: depth + 1, visit)
            case .list(let items, _): for item in items { walk(item, depth: depth, visit) }
            case .quote(let children, _): walk(children, depth: depth, visit)
            case .paragraph, .table, .code, .html, .thematicBreak: break
            }
        }
    }
}
