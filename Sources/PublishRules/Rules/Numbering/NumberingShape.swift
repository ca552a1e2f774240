import PublishCore

/// Whether the numbered items of a notice may break the order of levels, found as the typography
/// layout walks the notice (`TypographyRules.layout`), so that `numbering/level-inverted` and
/// `numbering/level-skipped` make the list of numbering parents (`NumberingRules.parents`) only
/// for a notice where they may find something.
///
/// The parents are each section (at level `一、` when it has a heading) and each item (at its
/// ordinal's level); their numbered children are the numbered items directly among their blocks
/// (items in a list or a quote are the children of no parent). A sibling is inverted when its
/// level is shallower than the numbered sibling before it; a level is skipped when a parent's
/// first numbered child is more than one level below the parent's level.
package struct NumberingShape: Sendable {
    /// Some numbered item is shallower than the numbered sibling before it.
    package var hasInvertedSibling = false
    /// Some parent with a level has a first numbered child more than one level below it.
    package var hasSkippedLevel = false

    package init() {}

    /// The numbered children of one parent, as they come.
    package struct Siblings {
        /// Whether the children count (false for the items of a list or a quote).
        let counted: Bool
        let parentLevel: Ordinal.Level?
        var previous: Ordinal.Level? = nil

        /// The children of a parent at `parentLevel`.
        package init(parentLevel: Ordinal.Level?) {
            counted = true
            self.parentLevel = parentLevel
        }

        /// The items of a list or a quote, which are no parent's children.
        package static let uncounted = Siblings()

        private init() {
            counted = false
            parentLevel = nil
        }
    }

    /// Notes the next child of `siblings`, whose ordinal has `level` (nil when unnumbered).
    package mutating func add(_ level: Ordinal.Level?, to siblings: inout Siblings) {
        guard siblings.counted, let level else { return }
        if let previous = siblings.previous {
            if level < previous { hasInvertedSibling = true }
        } else if let parentLevel = siblings.parentLevel, level.depth > parentLevel.depth + 1 {
            hasSkippedLevel = true
        }
        siblings.previous = level
    }
}
