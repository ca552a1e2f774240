import PublishCore
import PublishReading

/// The level (number of `#`) of each top-level Markdown heading, found by its range, for
/// `numbering/level-inverted`, which asks for every section and item heading. The blocks come
/// in document order, so the headings' ranges are sorted by their starts: a binary search finds
/// one without hashing every heading's range into a dictionary first. Headings out of that order,
/// or two with one start, go into the dictionary as before (the last of one range wins).
struct HeadingDepths {
    /// The headings by start, when their starts increase.
    private var sorted: [(range: SourceRange, level: Int)] = []
    private var byRange: [SourceRange: Int]? = nil

    init(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            if case .heading(let level, _) = block.kind { sorted.append((block.range, level)) }
        }
        if zip(sorted, sorted.dropFirst()).contains(where: { !($0.range.start < $1.range.start) }) {
            var byRange: [SourceRange: Int] = [:]
            for heading in sorted { byRange[heading.range] = heading.level }
            self.byRange = byRange
            sorted = []
        }
    }

    /// The level of the heading whose range is `range`, if there is one.
    subscript(range: SourceRange) -> Int? {
        if let byRange { return byRange[range] }
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].range.start < range.start { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].range == range ? sorted[low].level : nil
    }
}
