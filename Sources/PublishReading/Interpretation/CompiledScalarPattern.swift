import PublishCore

/// A match of a `ScalarPattern`: scalar offsets of the whole match and of each capture group.
package struct ScalarMatch: Equatable {
    package var range: Range<Int>
    /// Group `n` is `groups[n - 1]`; nil when the group took no part in the match.
    package var groups: [Range<Int>?]
}

/// A `ScalarPattern` with what every search needs worked out once: its group count and the
/// scalars a match can start with.
package struct CompiledScalarPattern: Sendable {
    package let pattern: ScalarPattern
    package let groupCount: Int
    package let firstScalars: ScalarClass?
    /// `firstScalars` as a short list without repeats, when it is one: cheaper to look for.
    package let firstScalarList: [Unicode.Scalar]?
    /// For a pattern whose start is not a literal: a literal part further on (see
    /// `ScalarPattern.anchor`), which tells how far ahead a match can start at the earliest.
    package let anchor: ScalarPattern.Anchor?

    package init(_ pattern: ScalarPattern) {
        self.pattern = pattern
        self.groupCount = pattern.groupCount
        self.firstScalars = pattern.firstScalars
        self.firstScalarList = pattern.firstLiteralScalars.map(CompiledScalarPattern.withoutRepeats)
        self.anchor = pattern.firstLiteralScalars == nil ? pattern.anchor : nil
    }

    private static func withoutRepeats(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var unique: [Unicode.Scalar] = []
        for scalar in scalars where !unique.contains(scalar) { unique.append(scalar) }
        return unique
    }

    /// The first match in `scalars` that starts at `from` or later; `^` means `from`.
    package func firstMatch(in scalars: [Unicode.Scalar], from: Int = 0) -> ScalarMatch? {
        firstMatch(in: scalars, from: from, textStart: from)
    }

    /// Every match, left to right, each search starting where the previous match ended, like
    /// `String.matches(of:)`.
    package func matches(in scalars: [Unicode.Scalar]) -> [ScalarMatch] {
        var found: [ScalarMatch] = []
        var position = 0
        while position <= scalars.count, let match = firstMatch(in: scalars, from: position, textStart: 0) {
            found.append(match)
            position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        return found
    }

    private func firstMatch(in scalars: [Unicode.Scalar], from: Int, textStart: Int) -> ScalarMatch? {
        scalars.withUnsafeBufferPointer { buffer in
            let matcher = ScalarMatcher(scalars: buffer, textStart: textStart, groupCount: groupCount)
            var start = from
            // The first anchor scalar at `start` or later (valid while it is not before `start`).
            var nextAnchor = -1
            while start <= buffer.count {
                if let anchor, nextAnchor < start {
                    // A match that starts at `start` has its anchor at most `maxBefore` scalars
                    // further on: none can start before the next anchor scalar less that.
                    nextAnchor = start
                    while nextAnchor < buffer.count, !anchor.scalars.contains(buffer[nextAnchor]) { nextAnchor += 1 }
                    if nextAnchor == buffer.count { return nil }
                    start = max(start, nextAnchor - anchor.maxBefore)
                }
                if let firstScalarList {
                    while start < buffer.count, !firstScalarList.contains(buffer[start]) { start += 1 }
                    if start == buffer.count { return nil }
                } else if let firstScalars {
                    while start < buffer.count, !firstScalars.contains(buffer[start]) { start += 1 }
                    if start == buffer.count { return nil }
                }
                var end = -1
                let matched = matcher.match(pattern, at: start) { matchEnd in
                    end = matchEnd
                    return true
                }
                if matched { return ScalarMatch(range: start..<end, groups: matcher.groups) }
                start += 1
            }
            return nil
        }
    }
}

/// The backtracking search: each step calls the rest of the pattern (`then`) for every way it can
/// match, in order of preference, until one succeeds.
private final class ScalarMatcher {
    package let scalars: UnsafeBufferPointer<Unicode.Scalar>
    package let textStart: Int
    package var groups: [Range<Int>?]

    package init(scalars: UnsafeBufferPointer<Unicode.Scalar>, textStart: Int, groupCount: Int) {
        self.scalars = scalars
        self.textStart = textStart
        self.groups = Array(repeating: nil, count: groupCount)
    }

    package func match(_ pattern: ScalarPattern, at position: Int, then rest: (Int) -> Bool) -> Bool {
        switch pattern {
        case .literal(let literal):
            guard position + literal.count <= scalars.count else { return false }
            for (offset, scalar) in literal.enumerated() where scalars[position + offset] != scalar {
                return false
            }
            return rest(position + literal.count)
        case .one(let members):
            guard position < scalars.count, members.contains(scalars[position]) else { return false }
            return rest(position + 1)
        case .repeated(let members, let min, let max, let lazy):
            var run = 0
            while run < max, position + run < scalars.count, members.contains(scalars[position + run]) { run += 1 }
            guard run >= min else { return false }
            if lazy {
                for length in min...run where rest(position + length) { return true }
            } else {
                for length in stride(from: run, through: min, by: -1) where rest(position + length) { return true }
            }
            return false
        case .sequence(let parts):
            return sequence(parts[...], at: position, then: rest)
        case .choice(let alternatives):
            for alternative in alternatives where match(alternative, at: position, then: rest) { return true }
            return false
        case .optional(let inner):
            return match(inner, at: position, then: rest) || rest(position)
        case .capture(let index, let inner):
            let before = groups[index - 1]
            let matched = match(inner, at: position) { end in
                let inside = self.groups[index - 1]
                self.groups[index - 1] = position..<end
                if rest(end) { return true }
                self.groups[index - 1] = inside
                return false
            }
            if !matched { groups[index - 1] = before }
            return matched
        case .textStart:
            return position == textStart && rest(position)
        }
    }

    private func sequence(_ parts: ArraySlice<ScalarPattern>, at position: Int, then rest: (Int) -> Bool) -> Bool {
        guard let first = parts.first else { return rest(position) }
        return match(first, at: position) { next in self.sequence(parts.dropFirst(), at: next, then: rest) }
    }
}
