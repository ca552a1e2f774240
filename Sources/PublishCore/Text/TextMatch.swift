/// A regular-expression match in a string, with ranges as Unicode-scalar offsets (the unit
/// `RichText` and source columns use).
package struct TextMatch {
    package struct Group {
        package let text: String
        package let range: Range<Int>

        package init(text: String, range: Range<Int>) {
            self.text = text
            self.range = range
        }
    }

    package let text: String
    package let range: Range<Int>
    package let groups: [Group?]

    package init(text: String, range: Range<Int>, groups: [Group?]) {
        self.text = text
        self.range = range
        self.groups = groups
    }

    /// Capture group `index` (1-based, like the pattern's groups).
    package subscript(_ index: Int) -> Group? {
        index >= 1 && index <= groups.count ? groups[index - 1] : nil
    }

    /// All matches of `pattern` in `text`, left to right.
    package static func all(_ pattern: Regex<AnyRegexOutput>, in text: String) -> [TextMatch] {
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
    package static func first(_ pattern: Regex<AnyRegexOutput>, in text: String) -> TextMatch? {
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let offsets = ScalarOffsets(text)
        let groups = match.output.dropFirst().map { capture -> Group? in
            guard let range = capture.range, let substring = capture.substring else { return nil }
            return Group(text: String(substring), range: offsets.range(range))
        }
        return TextMatch(text: String(text[match.range]), range: offsets.range(match.range), groups: Array(groups))
    }
}

/// Converts string indices into scalar offsets. A table from UTF-8 offsets (which a native
/// string's index knows at no cost) to scalar offsets, made once per text: counting scalars from
/// the start for every match made a text with many matches cost the square of its length.
private struct ScalarOffsets {
    package let text: String
    private let table: [Int32]

    package init(_ text: String) {
        self.text = text
        var table = [Int32](repeating: 0, count: text.utf8.count + 1)
        var scalar: Int32 = 0
        for (offset, byte) in text.utf8.enumerated() {
            table[offset] = scalar
            if byte & 0xC0 != 0x80 { scalar += 1 }
        }
        table[text.utf8.count] = scalar
        self.table = table
    }

    package func offset(_ index: String.Index) -> Int {
        Int(table[text.utf8.distance(from: text.utf8.startIndex, to: index)])
    }

    package func range(_ range: Range<String.Index>) -> Range<Int> {
        offset(range.lowerBound)..<offset(range.upperBound)
    }
}

package extension Regex<AnyRegexOutput> {
    /// A pattern known to be valid at compile time of this project.
    package init(checked pattern: String) {
        // The patterns are literals of this project: a bad one is a programming error.
        try! self.init(pattern)
    }
}
