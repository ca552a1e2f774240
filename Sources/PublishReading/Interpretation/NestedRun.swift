import PublishCore

/// Tells which top-level ordinals (`一、`) open items inside a part rather than parts: problem
/// areas numbered `一、二、三、` again inside the key-problems part, as many notices write them.
///
/// A `一、` that restarts the numbering after `二、` or later starts a run; the run's ordinals open
/// items. The run ends at an ordinal that continues the parts' own sequence and not the run's, or
/// continues both but names another part (`三、需长期整改事项……` after areas `一、二、`); when it names a
/// problem area (`……方面`, `关于……问题`) it stays in the run. Fed the ordinals in the order of the text.
package struct NestedRun {
    package var roles: RoleClassifier
    private var lastPart = 0
    private var lastNested: Int? = nil

    package init(roles: RoleClassifier) {
        self.roles = roles
    }

    /// Whether the ordinal `value` with its heading text opens an item of the part before it.
    /// `mayNest` is false for a heading the author set at the parts' own depth that names no problem
    /// area: it stays a part whatever its number.
    package mutating func isNested(value: Int, heading: String, mayNest: Bool) -> Bool {
        let namesArea = RoleClassifier.namesProblemArea(heading)
        var nested = false
        if let run = lastNested, mayNest || namesArea {
            if value == run + 1, value == lastPart + 1 {
                // Both sequences go on: the heading decides.
                let role = roles.classify(heading)?.role
                nested = namesArea || role == nil || role == .keyProblems
            } else {
                nested = value != lastPart + 1
            }
        } else if value == 1, lastPart >= 2, mayNest || namesArea {
            nested = true
        }
        if nested {
            lastNested = value
        } else {
            lastNested = nil
            lastPart = value
        }
        return nested
    }
}
