/// A regular-expression match in a string, with ranges as Unicode-scalar offsets (the unit
/// `RichText` and source columns use).
struct TextMatch {
    struct Group {
        let text: String
        let range: Range<Int>
    }

    let text: String
    let range: Range<Int>
    let groups: [Group?]

    /// Capture group `index` (1-based, like the pattern's groups).
    subscript(_ index: Int) -> Group? {
        index >= 1 && index <= groups.count ? groups[index - 1] : nil
    }

    /// All matches of `pattern` in `text`, left to right.
    static func all(_ pattern: Regex<AnyRegexOutput>, in text: String) -> [TextMatch] {
        let offsets = ScalarOffsets(text)
        return text.matches(of: pattern).map { match in
            let groups = match.output.dropFirst().map { capture -> Group? in
                guard let range = capture.range, let substring = capture.substring else { return nil }
                return Group(text: String(substring), range: offsets.range(range))
            }
            return TextMatch(text: String(text[match.range]), range: offsets.range(match.range), groups: Array(groups))
        }
    }

    /// The first match of `pattern` in `text`.
    static func first(_ pattern: Regex<AnyRegexOutput>, in text: String) -> TextMatch? {
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let offsets = ScalarOffsets(text)
        let groups = match.output.dropFirst().map { capture -> Group? in
            guard let range = capture.range, let substring = capture.substring else { return nil }
            return Group(text: String(substring), range: offsets.range(range))
        }
        return TextMatch(text: String(text[match.range]), range: offsets.range(match.range), groups: Array(groups))
    }
}

/// Converts string indices into scalar offsets.
private struct ScalarOffsets {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func offset(_ index: String.Index) -> Int {
        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }

    func range(_ range: Range<String.Index>) -> Range<Int> {
        let lower = offset(range.lowerBound)
        return lower..<(lower + text.unicodeScalars[range].count)
    }
}

extension Regex<AnyRegexOutput> {
    /// A pattern known to be valid at compile time of this project.
    init(checked pattern: String) {
        // The patterns are literals of this project: a bad one is a programming error.
        try! self.init(pattern)
    }
}
