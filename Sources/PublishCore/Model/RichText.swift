/// Inline text as a flat list of styled runs, each with its source range.
///
/// Flat runs can be cut at any character, which is what run-in leads and measures need: the lead of
/// `（一）提高思想认识，强化政治担当。正文……` ends at the first `。` wherever the styles change.
public struct RichText: Hashable, Sendable, Codable {
    public var runs: [TextRun]

    public init(runs: [TextRun] = []) {
        self.runs = runs.filter { !$0.text.isEmpty }
    }

    /// The text without styles. A text of one run is that run's string (most headings and lines
    /// are): no list of strings made to join one.
    public var plain: String {
        if runs.count == 1 { return runs[0].text }
        return runs.map(\.text).joined()
    }

    public var isEmpty: Bool { runs.isEmpty }

    /// Length in Unicode scalars.
    public var scalarCount: Int { runs.reduce(0) { $0 + $1.text.utf8ScalarCount } }

    /// The range from the first run's start to the last run's end.
    public var range: SourceRange? {
        guard let first = runs.first, let last = runs.last else { return nil }
        return first.range.union(last.range)
    }

    /// Where the scalar at `offset` stands in the file.
    public func location(at offset: Int) -> SourceLocation? {
        location(at: offset, offsets: RunOffsets(self))
    }

    /// `location(at:)` with the run lengths counted already.
    package func location(at offset: Int, offsets: RunOffsets) -> SourceLocation? {
        var consumed = 0
        // By index: a run is not copied (its strings retained) to look at its range.
        for index in runs.indices {
            let count = offsets.counts[index]
            // Past the end of a run only when it is the last one (or equal to it).
            if offset < consumed + count
                || (offset == consumed + count && (index == runs.count - 1 || runs[index] == runs[runs.count - 1]))
            {
                let inRun = offset - consumed
                let range = runs[index].range
                if range.start.line == range.end.line, runs[index].kind == .text || runs[index].kind == .code {
                    return SourceLocation(line: range.start.line, column: range.start.column + inRun)
                }
                return range.start
            }
            consumed += count
        }
        return runs.last?.range.end
    }

    /// The range covering scalars `offsets` (lower inclusive, upper exclusive).
    public func range(of offsets: Range<Int>) -> SourceRange? {
        range(of: offsets, offsets: RunOffsets(self))
    }

    /// `range(of:)` with the run lengths counted already.
    package func range(of scalarOffsets: Range<Int>, offsets: RunOffsets) -> SourceRange? {
        guard let start = location(at: scalarOffsets.lowerBound, offsets: offsets) else { return nil }
        let end = scalarOffsets.isEmpty ? start : (location(at: scalarOffsets.upperBound - 1, offsets: offsets).map {
            SourceLocation(line: $0.line, column: $0.column + 1)
        } ?? start)
        return SourceRange(start: start, end: end)
    }

    /// Splits at a scalar offset: the text before it and the text from it on.
    public func split(at offset: Int) -> (RichText, RichText) {
        split(at: offset, offsets: RunOffsets(self))
    }

    /// `split(at:)` with the run lengths counted already.
    package func split(at offset: Int, offsets: RunOffsets) -> (RichText, RichText) {
        var head: [TextRun] = []
        var tail: [TextRun] = []
        var consumed = 0
        for (index, run) in runs.enumerated() {
            let count = offsets.counts[index]
            if consumed + count <= offset {
                head.append(run)
            } else if consumed >= offset {
                tail.append(run)
            } else {
                let (first, second) = RichText.cut(run, at: offset - consumed)
                head.append(first)
                tail.append(second)
            }
            consumed += count
        }
        return (RichText(runs: head), RichText(runs: tail))
    }

    /// A run cut in two `at` scalars into it (0 < at < its length). A run on one line of text or
    /// code gets the ranges of its parts; any other run keeps its range in both.
    private static func cut(_ run: TextRun, at cut: Int) -> (TextRun, TextRun) {
        let scalars = run.text.unicodeScalars
        let cutIndex = RichText.index(ofScalar: cut, in: run.text)
        var first = run
        var second = run
        first.text = String(scalars[..<cutIndex])
        second.text = String(scalars[cutIndex...])
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            let middle = SourceLocation(line: run.range.start.line, column: run.range.start.column + cut)
            first.range = SourceRange(start: run.range.start, end: middle)
            second.range = SourceRange(start: middle, end: run.range.end)
        }
        return (first, second)
    }

    /// `text.unicodeScalars.index(startIndex, offsetBy: offset)`, counted on the UTF-8 bytes (a
    /// scalar starts at every byte that is not a continuation byte) rather than by decoding.
    package static func index(ofScalar offset: Int, in text: String) -> String.Index {
        let utf8 = text.utf8
        let byteOffset = utf8.withContiguousStorageIfAvailable { bytes -> Int in
            guard let start = bytes.baseAddress, offset > 0 else { return 0 }
            // The scalars that start before `byte`; the answer is the byte where scalar `offset`
            // starts (or the end).
            var scalars = 0
            var byte = 0
            // Eight bytes at a time while scalar `offset` does not start among them.
            while byte + 8 <= bytes.count {
                let word = UnsafeRawPointer(start + byte).loadUnaligned(as: UInt64.self)
                let starts = 8 - UTF8Bytes.continuationCount(inWord: word)
                guard scalars + starts <= offset else { break }
                scalars += starts
                byte += 8
            }
            while byte < bytes.count {
                if bytes[byte] & 0xC0 != 0x80 {
                    if scalars == offset { break }
                    scalars += 1
                }
                byte += 1
            }
            return byte
        }
        guard let byteOffset else {
            return text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)
        }
        return utf8.index(utf8.startIndex, offsetBy: byteOffset)
    }

    /// The text from scalar `offset` on.
    public func dropping(_ offset: Int) -> RichText { split(at: offset).1 }

    /// The first `offset` scalars.
    public func prefix(_ offset: Int) -> RichText { split(at: offset).0 }

    /// The scalars `offsets` as rich text.
    public func slice(_ offsets: Range<Int>) -> RichText {
        slice(offsets, offsets: RunOffsets(self))
    }

    /// `slice(_:)` with the run lengths counted already: in one pass, the same runs and ranges as
    /// `split(at: upperBound).0.dropping(lowerBound)`.
    package func slice(_ scalarOffsets: Range<Int>, offsets: RunOffsets) -> RichText {
        let lower = scalarOffsets.lowerBound
        let upper = scalarOffsets.upperBound
        var pieces: [TextRun] = []
        var consumed = 0
        for (index, run) in runs.enumerated() {
            let count = offsets.counts[index]
            defer { consumed += count }
            // What `split(at: upper).0` keeps of the run…
            if consumed >= upper { continue }
            let cutsEnd = consumed + count > upper
            let pieceCount = cutsEnd ? upper - consumed : count
            // …and what `dropping(lower)` keeps of that.
            if consumed + pieceCount <= lower { continue }
            let cutsStart = consumed < lower
            if !cutsEnd && !cutsStart {
                pieces.append(run)
            } else {
                pieces.append(RichText.cut(run, from: cutsStart ? lower - consumed : nil, to: cutsEnd ? pieceCount : nil))
            }
        }
        // A cut piece is never empty: only a run of the text that was empty already needs dropping.
        guard !pieces.contains(where: \.text.isEmpty) else { return RichText(runs: pieces) }
        var text = RichText()
        text.runs = pieces
        return text
    }

    /// The part of `run` from scalar `from` to scalar `to` (nil: its start, its end), with the
    /// range that cutting it at `to` and then at `from` (`cut(_:at:)`) gives: the text copied once.
    private static func cut(_ run: TextRun, from: Int?, to: Int?) -> TextRun {
        let text = run.text
        let start = from.map { RichText.index(ofScalar: $0, in: text) } ?? text.startIndex
        let end = to.map { RichText.index(ofScalar: $0, in: text) } ?? text.endIndex
        var piece = run
        piece.text = String(text.unicodeScalars[start..<end])
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            let line = run.range.start.line
            let column = run.range.start.column
            piece.range = SourceRange(
                start: from.map { SourceLocation(line: line, column: column + $0) } ?? run.range.start,
                end: to.map { SourceLocation(line: line, column: column + $0) } ?? run.range.end)
        }
        return piece
    }

    /// Joins two texts, merging the touching runs when they share their styles.
    public static func + (lhs: RichText, rhs: RichText) -> RichText {
        var joiner = RichTextJoiner(lhs)
        joiner.append(rhs)
        return joiner.richText
    }
}
