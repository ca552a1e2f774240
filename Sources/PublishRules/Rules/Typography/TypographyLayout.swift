import PublishCore
import PublishReading

/// The typography texts of one notice (every piece of author text, one per block as the reader sees
/// it: title lines, headings and item heads with the body of a run-in item, paragraphs, table
/// cells) laid out in one buffer: the UTF-8 bytes of every text one after another, and the runs,
/// the texts and the marks the typography rules look for as offsets into it, found in one pass as
/// the text is laid out (`TypographyLayoutBuilder`).
///
/// The rules read the marks (a few per sentence) and the bytes around them instead of every scalar
/// of every text: a Chinese character, three bytes, is stepped over, not decoded, and no text has
/// arrays of its own. The tests' `TypographyText`, one text decoded scalar by scalar, is the
/// general form this one is held to (`TypographyLayoutTests`); the scalar views below
/// (`scalars(of:)`, `prose(of:)`, `location(in:at:)`) read a text as it does, for rare marks and
/// tests.
package final class TypographyLayout: Sendable {
    /// Every text's bytes, one text after another.
    package let bytes: [UInt8]
    /// Every text's runs, in order.
    package let runs: [Run]
    /// Every text's marks, in order.
    package let marks: [Mark]
    package let texts: [Text]
    /// The byte ranges of the addresses written out in the texts (not prose).
    package let addresses: [Range<Int>]
    /// The range of every ordinal as written, sorted by start.
    package let ordinals: [SourceRange]
    /// One bit per deviation (`OrdinalSummary.bit(of:)`) that one of the notice's ordinals has, when
    /// the ordinals were gathered as the texts were laid out (`TypographyRules.layout`).
    package let ordinalDeviations: UInt16
    /// The ordinals with a deviation, in document order, when gathered as the texts were laid out:
    /// what the numbering style rules report.
    package let deviatingOrdinals: [Ordinal]
    /// Whether the numbered items may break the order of levels, when found as the texts were
    /// laid out (`TypographyRules.layout`).
    package let numberingShape: NumberingShape
    /// The findings of `typography/missing-final-punctuation` in the opening and the sections,
    /// made as their paragraphs were laid out (`TypographyRules.layout`).
    package let unfinishedParagraphs: [Finding]

    /// Where one run of a text starts and stands in the file.
    package struct Run: Sendable {
        /// Its first byte in `bytes`.
        package var start: Int
        /// Its first scalar's offset in its text.
        package var scalarStart: Int
        package var range: SourceRange
        package var kind: TextRun.Kind
        /// Author prose: text, and not a link whose text is an address written out
        /// (`TypographyScalars.isProse`).
        package var isProse: Bool
    }

    /// One of the marks the typography rules look for: `, ; : ? ! ( ) " '` and `「 」 『 』 “ ”`.
    package struct Mark: Sendable {
        package var scalar: Unicode.Scalar
        /// Its byte in `bytes`.
        package var byte: Int
        /// Its scalar offset in its text.
        package var offset: Int
        /// The index of its run in `runs`.
        package var run: Int
        /// Whether it is author prose (`TypographyText.prose`).
        package var isProse: Bool

        /// Its length in bytes.
        package var length: Int { scalar.isASCII ? 1 : 3 }
    }

    /// One text: where its bytes, runs, marks, addresses and ordinals are.
    package struct Text: Sendable {
        package var bytes: Range<Int>
        package var runs: Range<Int>
        package var marks: Range<Int>
        package var addresses: Range<Int>
        package var ordinals: Range<Int>
        /// Its length in scalars.
        package var count: Int
        /// Which marks occur in it (`TypographyMarks(in:)` of its scalars).
        package var found: TypographyMarks
        /// From the first run's start to the last run's end.
        package var whole: SourceRange
    }

    package init(
        bytes: [UInt8], runs: [Run], marks: [Mark], texts: [Text], addresses: [Range<Int>], ordinals: [SourceRange],
        ordinalDeviations: UInt16 = 0, deviatingOrdinals: [Ordinal] = [], numberingShape: NumberingShape = NumberingShape(), unfinishedParagraphs: [Finding] = []
    ) {
        self.unfinishedParagraphs = unfinishedParagraphs
        self.ordinalDeviations = ordinalDeviations
        self.deviatingOrdinals = deviatingOrdinals
        self.numberingShape = numberingShape
        self.bytes = bytes
        self.runs = runs
        self.marks = marks
        self.texts = texts
        self.addresses = addresses
        self.ordinals = ordinals
    }

    // MARK: - Marks

    /// Where `mark` stands in the file: `TypographyText.location(at:)` of its offset, whose run is
    /// known.
    package func location(of mark: Mark) -> SourceLocation {
        let run = runs[mark.run]
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            return SourceLocation(line: run.range.start.line, column: run.range.start.column + mark.offset - run.scalarStart)
        }
        return run.range.start
    }

    /// The file range of `mark`, one column wide (`TypographyText.range(at:)`).
    package func range(of mark: Mark) -> SourceRange {
        let start = location(of: mark)
        return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1))
    }

    /// Whether `mark` of `text` is part of an ordinal (`TypographyText.isInOrdinal`).
    package func isInOrdinal(_ mark: Mark, of text: Text) -> Bool {
        guard !text.ordinals.isEmpty else { return false }
        let location = location(of: mark)
        return ordinals[text.ordinals].contains { $0.start <= location && location < $0.end }
    }

    // MARK: - Bytes around a mark

    /// The nearest scalar before byte `byte` of `text` that is not a space, or nil
    /// (`TypographyText.previous`).
    package func previous(_ byte: Int, in text: Text) -> Unicode.Scalar? {
        bytes.withUnsafeBufferPointer { bytes in
            var end = byte
            while end > text.bytes.lowerBound {
                var start = end - 1
                while bytes[start] & 0xC0 == 0x80 { start -= 1 }
                let scalar = UTF8Bytes.decode(bytes, at: start).scalar
                if !TypographyScalars.isSpace(scalar) { return scalar }
                end = start
            }
            return nil
        }
    }

    /// The nearest scalar at byte `byte` of `text` or after it that is not a space, or nil
    /// (`TypographyText.next` of the scalar before it).
    package func next(_ byte: Int, in text: Text) -> Unicode.Scalar? {
        bytes.withUnsafeBufferPointer { bytes in
            var start = byte
            while start < text.bytes.upperBound {
                let (scalar, length) = UTF8Bytes.decode(bytes, at: start)
                if !TypographyScalars.isSpace(scalar) { return scalar }
                start += length
            }
            return nil
        }
    }

    /// The scalar at byte `byte` of `text`, or nil at its end.
    package func scalar(at byte: Int, in text: Text) -> Unicode.Scalar? {
        guard byte < text.bytes.upperBound else { return nil }
        return bytes.withUnsafeBufferPointer { UTF8Bytes.decode($0, at: byte).scalar }
    }

    /// Whether bytes `range` (whole scalars) hold a Han character (`TypographyText.hasHan`).
    package func hasHan(_ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var index = range.lowerBound
            while index < range.upperBound {
                let lead = bytes[index]
                // Every Han character is at U+3007 or above: three bytes from 0xE3 on, or four.
                guard lead >= 0xE3 else {
                    index += lead < 0x80 ? 1 : 2
                    continue
                }
                let (scalar, length) = UTF8Bytes.decode(bytes, at: index)
                if CharacterClass.isHan(scalar) { return true }
                index += length
            }
            return false
        }
    }

    // MARK: - A text scalar by scalar

    /// The scalars of `text` (`TypographyText.scalars`).
    package func scalars(of text: Text) -> [Unicode.Scalar] {
        bytes.withUnsafeBufferPointer { UTF8Bytes.scalars(UnsafeBufferPointer(rebasing: $0[text.bytes])) }
    }

    /// Per scalar of `text`: author prose (`TypographyText.prose`).
    package func prose(of text: Text) -> [Bool] {
        var prose: [Bool] = []
        prose.reserveCapacity(text.count)
        bytes.withUnsafeBufferPointer { bytes in
            for runIndex in text.runs {
                let run = runs[runIndex]
                let end = runIndex + 1 < text.runs.upperBound ? runs[runIndex + 1].start : text.bytes.upperBound
                var byte = run.start
                while byte < end {
                    let inAddress = addresses[text.addresses].contains { $0.contains(byte) }
                    prose.append(run.isProse && !inAddress)
                    byte += UTF8Bytes.decode(bytes, at: byte).length
                }
            }
        }
        return prose
    }

    /// Where scalar `offset` of `text` stands in the file (`TypographyText.location(at:)`).
    package func location(in text: Text, at offset: Int) -> SourceLocation? {
        guard !text.runs.isEmpty else { return nil }
        var low = text.runs.lowerBound
        var high = text.runs.upperBound - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].scalarStart <= offset { low = middle } else { high = middle - 1 }
        }
        // Empty runs share a start with the next one: take the last run that holds the offset.
        let last = text.runs.upperBound - 1
        let run = runs[low]
        let inRun = offset - run.scalarStart
        let length = (low < last ? runs[low + 1].scalarStart : text.count) - run.scalarStart
        guard inRun < length || (low == last && inRun == length) else { return runs[last].range.end }
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            return SourceLocation(line: run.range.start.line, column: run.range.start.column + inRun)
        }
        return run.range.start
    }

    /// The file range of scalars `offsets` of `text` (`TypographyText.range(_:)`).
    package func range(in text: Text, _ offsets: Range<Int>) -> SourceRange {
        guard let start = location(in: text, at: offsets.lowerBound) else { return text.whole }
        let end =
            offsets.isEmpty
            ? start
            : (location(in: text, at: offsets.upperBound - 1).map { SourceLocation(line: $0.line, column: $0.column + 1) }
                ?? start)
        return SourceRange(start: start, end: end)
    }

    /// Whether scalar `offset` of `text` is part of an ordinal (`TypographyText.isInOrdinal`).
    package func isInOrdinal(in text: Text, at offset: Int) -> Bool {
        guard !text.ordinals.isEmpty, let location = location(in: text, at: offset) else { return false }
        return ordinals[text.ordinals].contains { $0.start <= location && location < $0.end }
    }
}
