import PublishCore

/// What every ordinal of a notice adds up to, found in one walk of its heads and measures: the
/// range of each as written (which the typography rules leave to `numbering/*`) and which
/// deviations occur at all. The eight style rules each look for one deviation; a notice whose
/// ordinals have none of it is passed over without the list of its ordinals.
package struct OrdinalSummary: Sendable {
    /// The ranges of every ordinal: heads' in the order of `CheckContext.heads`, then measures' in
    /// the order of `CheckContext.paragraphs` (the order of `NumberingRules.ordinals`).
    package var ranges: [SourceRange] = []
    /// One bit per deviation (`bit(of:)`) that some ordinal has.
    package var deviations: UInt16 = 0
    /// How many of `ranges` are heads'.
    package var headCount = 0

    package init(_ context: CheckContext) {
        // Heads, paragraphs and segments read in place: iterating copied each.
        context.heads.withUnsafeBufferPointer { heads in
            for index in heads.indices {
                guard let ordinal = heads[index].head.ordinal else { continue }
                ranges.append(ordinal.range)
                add(ordinal.deviations)
            }
        }
        headCount = ranges.count
        context.paragraphs.withUnsafeBufferPointer { paragraphs in
            for index in paragraphs.indices {
                paragraphs[index].segments.withUnsafeBufferPointer { segments in
                    for segment in segments.indices {
                        if case .measure(let measure) = segments[segment] {
                            ranges.append(measure.ordinal.range)
                            add(measure.ordinal.deviations)
                        }
                    }
                }
            }
        }
    }

    /// `ranges` sorted by start (line, then column; the order of ranges that start together is
    /// not kept). Heads and measures each come in document order, so the two lists are merged;
    /// when one is out of order, they are sorted.
    package var rangesByStart: [SourceRange] {
        func precedes(_ a: SourceRange, _ b: SourceRange) -> Bool {
            (a.start.line, a.start.column) < (b.start.line, b.start.column)
        }
        return ranges.withUnsafeBufferPointer { ranges in
            let heads = ranges[..<headCount]
            let measures = ranges[headCount...]
            func inOrder(_ part: Slice<UnsafeBufferPointer<SourceRange>>) -> Bool {
                part.indices.dropFirst().allSatisfy { !precedes(part[$0], part[$0 - 1]) }
            }
            guard inOrder(heads), inOrder(measures) else { return ranges.sorted(by: precedes) }
            var merged: [SourceRange] = []
            merged.reserveCapacity(ranges.count)
            var head = heads.startIndex
            var measure = measures.startIndex
            while head < heads.endIndex, measure < measures.endIndex {
                if precedes(ranges[measure], ranges[head]) {
                    merged.append(ranges[measure])
                    measure += 1
                } else {
                    merged.append(ranges[head])
                    head += 1
                }
            }
            merged.append(contentsOf: heads[head...])
            merged.append(contentsOf: measures[measure...])
            return merged
        }
    }

    private mutating func add(_ found: [Ordinal.Deviation]) {
        for deviation in found { deviations |= Self.bit(of: deviation) }
    }

    /// Whether some ordinal has `deviation`.
    package func contains(_ deviation: Ordinal.Deviation) -> Bool { deviations & Self.bit(of: deviation) != 0 }

    package static func bit(of deviation: Ordinal.Deviation) -> UInt16 {
        switch deviation {
        case .halfWidthParentheses: 1 << 0
        case .markAfterParentheses: 1 << 1
        case .dunhaoAfterArabic: 1 << 2
        case .fullWidthFullStop: 1 << 3
        case .fullWidthDigits: 1 << 4
        case .fullStopAfterHanzi: 1 << 5
        case .lookalikeCharacter: 1 << 6
        case .nonstandardNumeral: 1 << 7
        }
    }
}
