@testable import PublishCore
@testable import PublishRules

/// One piece of author text, scalar by scalar, with what is prose: characters in code spans, inline
/// HTML, images, link text that is an address, URLs and e-mail addresses are not.
///
/// The general form the rules' `TypographyLayout` is held to (`TypographyLayoutTests`): every scalar
/// decoded into an array, with its own arrays of prose flags and runs.
struct TypographyText {
    let scalars: [Unicode.Scalar]
    /// Per scalar: author prose that typography rules look at.
    let prose: [Bool]
    /// Which of the marks the rules look for occur in the text.
    let marks: TypographyMarks
    /// The ranges of the ordinals in this text: a slice of the notice's, which all its texts share.
    private let ordinals: ArraySlice<SourceRange>
    /// The runs of the text, with the scalar offset at which each starts, for finding a run in log
    /// time: a walk over the runs for every finding cost the square of a paragraph's length.
    private let runs: [Run]
    /// The range from the first run's start to the last run's end (`RichText.range`).
    private let whole: SourceRange?

    /// Where one run of the text starts and stands in the file.
    struct Run {
        /// Its first scalar's offset in `scalars`.
        var start: Int
        var range: SourceRange
        var kind: TextRun.Kind
        /// Author prose: a run of text that is not a link to an address written out.
        var isProse: Bool

    }

    /// `text`'s runs as they are.
    init(_ text: RichText, ordinals: [SourceRange] = []) {
        let source = text.runs
        // The scalars straight from each run's UTF-8, into one array sized once (the bytes bound
        // the count); the runs' starts and whether each is prose on the way.
        var runs: [Run] = []
        runs.reserveCapacity(source.count)
        var mayHoldAddress = false
        let capacity = source.reduce(0) { $0 + $1.text.utf8.count }
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            for run in source {
                runs.append(Run(start: count, range: run.range, kind: run.kind, isProse: TypographyScalars.isProse(run)))
                // No storage only when there are no bytes, so no scalars to write.
                if let base = buffer.baseAddress {
                    count += ScalarDecoder.decode(run.text, into: base + count, sawAddressMark: &mayHoldAddress)
                }
            }
        }
        self.init(scalars: scalars, runs: runs, mayHoldAddress: mayHoldAddress, ordinals: ordinals)
    }

    /// The text of `scalars`, made of `runs`; `mayHoldAddress` when the scalars hold a mark every
    /// address holds (`ScalarDecoder.decode`).
    init(scalars: [Unicode.Scalar], runs: [Run], mayHoldAddress: Bool, ordinals: [SourceRange]) {
        var prose = [Bool](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            for (index, run) in runs.enumerated() {
                let end = index + 1 < runs.count ? runs[index + 1].start : scalars.count
                (base + run.start).initialize(repeating: run.isProse, count: end - run.start)
            }
            count = scalars.count
        }
        for address in mayHoldAddress ? AddressScanner.addresses(in: scalars) : [] {
            // An address does not take the punctuation that ends the sentence around it.
            var end = address.upperBound
            while end > address.lowerBound, TypographyScalars.isTrailingPunctuation(scalars[end - 1]) { end -= 1 }
            for index in address.lowerBound..<end { prose[index] = false }
        }
        self.scalars = scalars
        self.prose = prose
        self.marks = TypographyMarks(in: scalars)
        self.runs = runs
        let whole = runs.first.flatMap { first in runs.last.map { first.range.union($0.range) } }
        self.whole = whole
        // Only the ordinals that start inside this text matter (`ordinals` is sorted by start).
        if let whole {
            var low = 0
            var high = ordinals.count
            while low < high {
                let middle = (low + high) / 2
                if ordinals[middle].start < whole.start { low = middle + 1 } else { high = middle }
            }
            self.ordinals = ordinals[low...].prefix { $0.start < whole.end }
        } else {
            self.ordinals = []
        }
    }

    /// Whether scalar `index` is part of an ordinal (`(一)`), which the numbering rules report.
    func isInOrdinal(_ index: Int) -> Bool {
        guard !ordinals.isEmpty, let location = location(at: index) else { return false }
        return ordinals.contains { $0.start <= location && location < $0.end }
    }

    var count: Int { scalars.count }

    /// Where the scalar at `offset` stands in the file: `RichText.location(at:)`, with the run
    /// found by binary search.
    func location(at offset: Int) -> SourceLocation? {
        guard !runs.isEmpty else { return nil }
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        // Empty runs share a start with the next one: take the last run that holds the offset.
        let run = runs[low]
        let inRun = offset - run.start
        let length = (low + 1 < runs.count ? runs[low + 1].start : scalars.count) - run.start
        guard inRun < length || (low == runs.count - 1 && inRun == length) else { return runs[runs.count - 1].range.end }
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            return SourceLocation(line: run.range.start.line, column: run.range.start.column + inRun)
        }
        return run.range.start
    }

    /// The file range of scalars `offsets`.
    func range(_ offsets: Range<Int>) -> SourceRange {
        guard let start = location(at: offsets.lowerBound) else {
            return whole ?? SourceRange(at: SourceLocation(line: 1, column: 1))
        }
        let end = offsets.isEmpty ? start : (location(at: offsets.upperBound - 1).map {
            SourceLocation(line: $0.line, column: $0.column + 1)
        } ?? start)
        return SourceRange(start: start, end: end)
    }

    func range(at index: Int) -> SourceRange { range(index..<(index + 1)) }

    /// The nearest scalar before `index` that is not a space, or nil.
    func previous(_ index: Int) -> Unicode.Scalar? {
        scalars[..<index].last { !TypographyScalars.isSpace($0) }
    }

    /// The nearest scalar after `index` that is not a space, or nil.
    func next(_ index: Int) -> Unicode.Scalar? {
        scalars[(index + 1)...].first { !TypographyScalars.isSpace($0) }
    }

    /// Whether scalars `offsets` hold a Han character.
    func hasHan(_ offsets: Range<Int>) -> Bool {
        scalars[offsets].contains(where: CharacterClass.isHan)
    }
}

extension TypographyText {
    /// Every piece of author text of the notice, one per block as the reader sees it, each joined
    /// with `RichTextJoiner` and decoded on its own: what `TypographyRules.layout` lays out.
    static func texts(_ context: CheckContext) -> [TypographyText] {
        let ordinals = TypographyRules.ordinalRanges(context).sorted { $0.start < $1.start }
        return TypographyTextLayoutTests.joinedTexts(context).map { TypographyText($0, ordinals: ordinals) }
    }
}

extension TypographyText: TypographyMarkText {
    func forEachMark(_ visit: (Int, Unicode.Scalar) -> Void) {
        for index in scalars.indices { visit(index, scalars[index]) }
    }

    func isProse(_ position: Int) -> Bool { prose[position] }

    func scalar(before position: Int) -> Unicode.Scalar? { position > 0 ? scalars[position - 1] : nil }

    func scalar(after position: Int) -> Unicode.Scalar? { position + 1 < count ? scalars[position + 1] : nil }

    func hasHan(between start: Int, and end: Int) -> Bool { hasHan((start + 1)..<end) }
}

extension HalfWidthPunctuationRule {
    /// The offsets of the half-width marks to report in one piece of text, in order: the general
    /// form, which the layout's texts are held to.
    static func offending(in text: TypographyText) -> [Int] {
        var found: [Int] = []
        if text.marks.contains(.halfWidth) { offending(in: text, into: &found) }
        return found
    }
}

extension MixedQuotesRule {
    /// The quotes to report in one piece of text; `usesCurly` tells whether the notice uses “ ”
    /// anywhere. The general form, which the layout's texts are held to.
    static func problems(in text: TypographyText, usesCurly: Bool) -> [Finding] {
        var findings: [Finding] = []
        problems(in: text, usesCurly: usesCurly, into: &findings)
        return findings
    }
}
