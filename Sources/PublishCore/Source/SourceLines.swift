/// The lines of a source text, without their `\n`: element `n - 1` is line `n` of the file.
///
/// Kept as the offsets where the lines start (`SourceText.lineStarts`), each `Substring` made only
/// when a line is asked for: an array of a `Substring` per line cost more to make and to free
/// than everything else decoding does, and reading a notice looks at few of them as substrings.
public struct SourceLines: RandomAccessCollection, Sendable {
    private let text: String
    private let starts: [Int]

    package init(text: String, starts: [Int]) {
        self.text = text
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(position: Int) -> Substring {
        let utf8 = text.utf8
        let start = starts[position]
        let end = position + 1 < starts.count ? starts[position + 1] - 1 : utf8.count
        // Both ends are scalar boundaries: a line starts after a `\n` and ends before one.
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}
