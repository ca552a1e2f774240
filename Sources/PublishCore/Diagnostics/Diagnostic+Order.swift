extension Array where Element == Diagnostic {
    /// The findings in the order they are reported: the same array as `sorted()`, ties kept in
    /// the order they came.
    ///
    /// A notice has hundreds of findings, and a `Diagnostic` is a large value with seven counted
    /// references: `sorted()` moves them around as it merges. This sorts their indices instead
    /// and copies each finding once, and returns the array itself, copying nothing, when it is
    /// already in order (the checker sorts a file's findings; the reporters sort them again).
    public func inReportOrder() -> [Diagnostic] {
        let inOrder = withUnsafeBufferPointer { findings in
            findings.indices.dropFirst().allSatisfy { !(findings[$0] < findings[$0 - 1]) }
        }
        if inOrder { return self }
        var order = Array<Int>(indices)
        withUnsafeBufferPointer { findings in
            // `sort` is stable: ties keep the order of their indices, as `sorted()` keeps theirs.
            order.sort { findings[$0] < findings[$1] }
        }
        return order.map { self[$0] }
    }
}
