import PublishCore

/// A regular expression transcribed over Unicode scalars, matched by backtracking in the order
/// Swift Regex uses: the leftmost start wins; at a start, alternatives are tried in order, greedy
/// repetitions longest first and lazy ones shortest first, and the first way that lets the rest
/// match is the match.
///
/// The interpreters' patterns are written twice: as the regular expression that defines them and
/// as a `ScalarPattern`. On text where every character is one scalar that stands alone
/// (`PatternSubject.matchesByScalar`), both find the same matches; the scalar pattern does it
/// without Swift's regex engine, which made reading openings and closings a large part of a build.
/// Only what those patterns need is here: no lookaround, no backreferences.
package indirect enum ScalarPattern: Sendable {
    /// These scalars in order.
    case literal([Unicode.Scalar])
    /// One scalar of the class.
    case one(ScalarClass)
    /// `min` to `max` scalars of the class; greedy unless `lazy`.
    case repeated(ScalarClass, min: Int, max: Int, lazy: Bool)
    case sequence([ScalarPattern])
    /// The first alternative that lets the rest match.
    case choice([ScalarPattern])
    /// `(?:…)?`: with the pattern if the rest then matches, else without it.
    case optional(ScalarPattern)
    /// Capture group `index` (1-based, numbered like the regular expression's groups).
    case capture(Int, ScalarPattern)
    /// `^`: the start of the text searched.
    case textStart

    // MARK: - Building

    /// A literal written as a string.
    package static func text(_ literal: String) -> ScalarPattern { .literal(Array(literal.unicodeScalars)) }

    /// `(?:a|b|c)` of literals.
    package static func either(_ literals: String...) -> ScalarPattern { .choice(literals.map { .text($0) }) }

    /// `[…]*`
    package static func zeroOrMore(_ scalars: ScalarClass, lazy: Bool = false) -> ScalarPattern {
        .repeated(scalars, min: 0, max: .max, lazy: lazy)
    }

    /// `[…]+`
    package static func oneOrMore(_ scalars: ScalarClass, lazy: Bool = false) -> ScalarPattern {
        .repeated(scalars, min: 1, max: .max, lazy: lazy)
    }

    /// The number of capture groups.
    package var groupCount: Int {
        switch self {
        case .literal, .one, .repeated, .textStart: 0
        case .sequence(let parts), .choice(let parts): parts.map(\.groupCount).max() ?? 0
        case .optional(let inner): inner.groupCount
        case .capture(let index, let inner): max(index, inner.groupCount)
        }
    }

    /// The scalars a match can start with when the pattern starts with a literal, a listed class
    /// (`ScalarClass.any(of:)`) or a choice of those; nil otherwise.
    package var firstLiteralScalars: [Unicode.Scalar]? {
        switch self {
        case .literal(let scalars):
            return scalars.first.map { [$0] }
        case .one(let scalars):
            return scalars.members
        case .repeated(let scalars, let min, _, _):
            return min > 0 ? scalars.members : nil
        case .sequence(let parts):
            return parts.first?.firstLiteralScalars
        case .capture(_, let inner):
            return inner.firstLiteralScalars
        case .choice(let alternatives):
            var scalars: [Unicode.Scalar] = []
            for alternative in alternatives {
                guard let first = alternative.firstLiteralScalars else { return nil }
                scalars += first
            }
            return scalars
        case .optional, .textStart:
            return nil
        }
    }

    /// A part of a sequence whose match starts with one of `scalars`, after parts that match at
    /// most `maxBefore` scalars: every match holds one of `scalars` at most `maxBefore` scalars
    /// after its start.
    package struct Anchor: Sendable {
        package var scalars: [Unicode.Scalar]
        /// `Int.max` when the parts before have no bound.
        package var maxBefore: Int
        /// Every scalar the parts before the anchor can match (`memberClass`): between a match's
        /// start and its anchor there is no other scalar.
        package var before: ScalarClass = .nothing
    }

    /// The first part of the pattern (a sequence, or a capture of one) that starts with a literal
    /// (`firstLiteralScalars`); nil when there is none.
    package var anchor: Anchor? {
        switch self {
        case .capture(_, let inner):
            return inner.anchor
        case .sequence(let parts):
            // `Int.max` once a part before has no bound: then only `before` tells where a match
            // can start.
            var before = 0
            for (index, part) in parts.enumerated() {
                if let scalars = part.firstLiteralScalars {
                    return Anchor(
                        scalars: scalars, maxBefore: before,
                        before: ScalarClass.union(of: parts[..<index].map(\.memberClass)))
                }
                if let length = part.maxLength, before != .max { before += length } else { before = .max }
            }
            return nil
        default:
            return firstLiteralScalars.map { Anchor(scalars: $0, maxBefore: 0) }
        }
    }

    /// Whether the pattern is a literal.
    package var isLiteral: Bool {
        if case .literal = self { true } else { false }
    }

    /// A class holding every scalar a match can take (maybe more).
    package var memberClass: ScalarClass {
        switch self {
        case .literal(let scalars): .members(scalars)
        case .one(let scalars), .repeated(let scalars, _, _, _): scalars
        case .sequence(let parts), .choice(let parts): .union(of: parts.map(\.memberClass))
        case .optional(let inner), .capture(_, let inner): inner.memberClass
        case .textStart: .nothing
        }
    }

    /// The most scalars a match can take, or nil when it is unbounded.
    package var maxLength: Int? {
        switch self {
        case .literal(let scalars): return scalars.count
        case .one: return 1
        case .repeated(_, _, let max, _): return max == .max ? nil : max
        case .sequence(let parts):
            var total = 0
            for part in parts {
                guard let length = part.maxLength else { return nil }
                total += length
            }
            return total
        case .choice(let alternatives):
            var longest = 0
            for alternative in alternatives {
                guard let length = alternative.maxLength else { return nil }
                longest = Swift.max(longest, length)
            }
            return longest
        case .optional(let inner), .capture(_, let inner): return inner.maxLength
        case .textStart: return 0
        }
    }

    /// The scalars a match can start with, or nil when a match may start with anything (or be
    /// empty).
    package var firstScalars: ScalarClass? {
        switch self {
        case .literal(let scalars):
            guard let first = scalars.first else { return nil }
            return ScalarClass { $0 == first }
        case .one(let scalars):
            return scalars
        case .repeated(let scalars, let min, _, _):
            return min > 0 ? scalars : nil
        case .sequence(let parts):
            return parts.first?.firstScalars
        case .choice(let alternatives):
            var classes: [ScalarClass] = []
            for alternative in alternatives {
                guard let first = alternative.firstScalars else { return nil }
                classes.append(first)
            }
            let members = classes
            return ScalarClass { scalar in members.contains { $0.contains(scalar) } }
        case .capture(_, let inner):
            return inner.firstScalars
        case .optional, .textStart:
            return nil
        }
    }
}
