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
    /// The scalars of `firstScalarList` folded into 64 bits (`ScalarMask`): a scalar whose bit is
    /// not set is none of them, and the list is not walked for it.
    package let firstScalarMask: UInt64
    /// For a pattern whose start is not a literal: a literal part further on (see
    /// `ScalarPattern.anchor`), which tells how far ahead a match can start at the earliest.
    package let anchor: ScalarPattern.Anchor?
    /// The pattern as instructions for `ScalarMachine`.
    let program: ScalarProgram

    package init(_ pattern: ScalarPattern) {
        self.pattern = pattern
        self.program = ScalarProgram(pattern)
        self.groupCount = pattern.groupCount
        self.firstScalars = pattern.firstScalars
        self.firstScalarList = pattern.firstLiteralScalars.map(CompiledScalarPattern.withoutRepeats)
        self.firstScalarMask = (firstScalarList ?? []).reduce(0) { $0 | 1 << UInt64($1.value & 0x3F) }
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
        // One machine (its stack and slots) for every search, and the scalars' buffer taken once.
        var machine = ScalarMachine(program: program, textStart: 0)
        scalars.withUnsafeBufferPointer { buffer in
            while position <= buffer.count, let match = firstMatch(in: buffer, from: position, machine: &machine) {
                found.append(match)
                position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
            }
        }
        return found
    }

    private func firstMatch(in scalars: [Unicode.Scalar], from: Int, textStart: Int) -> ScalarMatch? {
        var machine = ScalarMachine(program: program, textStart: textStart)
        return scalars.withUnsafeBufferPointer { firstMatch(in: $0, from: from, machine: &machine) }
    }

    /// The first match in `buffer` that starts at `from` or later, found by `machine`.
    private func firstMatch(
        in buffer: UnsafeBufferPointer<Unicode.Scalar>, from: Int, machine: inout ScalarMachine
    ) -> ScalarMatch? {
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
                // Between a match's start and its anchor stand only scalars the parts before the
                // anchor can match: no match starts at or before another scalar before the next
                // anchor scalar (its own anchor is that one or a later one).
                var scan = nextAnchor
                while scan > start, anchor.before.contains(buffer[scan - 1]) { scan -= 1 }
                start = scan
            }
            if let firstScalarList {
                while start < buffer.count,
                    firstScalarMask & 1 << UInt64(buffer[start].value & 0x3F) == 0 || !firstScalarList.contains(buffer[start])
                {
                    start += 1
                }
                if start == buffer.count { return nil }
            } else if let firstScalars {
                while start < buffer.count, !firstScalars.contains(buffer[start]) { start += 1 }
                if start == buffer.count { return nil }
            }
            if let end = machine.run(on: buffer, at: start) {
                return ScalarMatch(range: start..<end, groups: machine.groups(count: groupCount))
            }
            start += 1
        }
        return nil
    }
}
