extension RichText {
    /// Calls `body` with the UTF-8 of the runs joined (`plain.utf8`): a single run's own bytes,
    /// else the runs copied into one buffer once. Byte offsets into it count the runs' bytes in
    /// order (see `RunLayout`).
    @inlinable
    package func withJoinedUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if runs.count == 1 {
            let direct = runs[0].text.utf8.withContiguousStorageIfAvailable { body($0) }
            if let direct { return direct }
        }
        // The runs copied into one buffer (on the stack when it is small), each run's bytes at
        // once: no array made and grown for them.
        var total = 0
        for index in runs.indices { total += runs[index].text.utf8.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer in
            var offset = 0
            for index in runs.indices {
                let utf8 = runs[index].text.utf8
                let copied: Int? = utf8.withContiguousStorageIfAvailable { bytes in
                    if let source = bytes.baseAddress, !bytes.isEmpty {
                        (buffer.baseAddress! + offset).initialize(from: source, count: bytes.count)
                    }
                    return bytes.count
                }
                if let copied {
                    offset += copied
                } else {
                    for byte in utf8 {
                        buffer.initializeElement(at: offset, to: byte)
                        offset += 1
                    }
                }
            }
            // Bytes are trivial: the buffer needs no deinitializing.
            return body(UnsafeBufferPointer(rebasing: buffer[..<offset]))
        }
    }

    /// `slice(scalarOffsets, offsets: layout.offsets)` when `byteOffsets` are the same places as
    /// bytes of the joined UTF-8 (`withJoinedUTF8`): a run is cut at its bytes, without counting
    /// its scalars to find where.
    package func slice(_ scalarOffsets: Range<Int>, bytes byteOffsets: Range<Int>, layout: RunLayout) -> RichText {
        let lower = scalarOffsets.lowerBound
        let upper = scalarOffsets.upperBound
        var pieces: [TextRun] = []
        pieces.reserveCapacity(runs.count)
        var consumed = 0
        var consumedBytes = 0
        // By index: a run that is left out is not copied.
        for index in runs.indices {
            let count = layout.offsets.counts[index]
            let byteCount = layout.byteCounts[index]
            defer {
                consumed += count
                consumedBytes += byteCount
            }
            // The same choices as `slice(_:offsets:)`.
            if consumed >= upper { continue }
            let cutsEnd = consumed + count > upper
            let pieceCount = cutsEnd ? upper - consumed : count
            if consumed + pieceCount <= lower { continue }
            let cutsStart = consumed < lower
            if !cutsEnd && !cutsStart {
                pieces.append(runs[index])
            } else {
                pieces.append(RichText.cut(
                    runs[index], from: cutsStart ? (lower - consumed, byteOffsets.lowerBound - consumedBytes) : nil,
                    to: cutsEnd ? (pieceCount, byteOffsets.upperBound - consumedBytes) : nil))
            }
        }
        guard !pieces.contains(where: \.text.isEmpty) else { return RichText(runs: pieces) }
        var text = RichText()
        text.runs = pieces
        return text
    }

    /// `slice(scalarOffsets, bytes: byteOffsets, layout: layout)` when `joined` is the text's
    /// joined UTF-8 (`withJoinedUTF8`): the pieces' strings copied straight out of `joined` (cut at
    /// scalar boundaries of valid UTF-8, so not checked again), the runs read where they stand and
    /// the list of pieces made at its size, once.
    package func slice(
        _ scalarOffsets: Range<Int>, bytes byteOffsets: Range<Int>, layout: RunLayout, joined: UnsafeBufferPointer<UInt8>
    ) -> RichText {
        let lower = scalarOffsets.lowerBound
        let upper = scalarOffsets.upperBound
        let counts = layout.offsets.counts
        let byteCounts = layout.byteCounts
        // The runs kept are the ones from `first` to `last`, each whole but the first and the last,
        // which may be cut (the choices of `slice(_:offsets:)`).
        var first = -1
        var last = -1
        var firstStart = (scalar: 0, byte: 0)
        var consumed = 0
        var consumedBytes = 0
        for index in counts.indices {
            let count = counts[index]
            if consumed >= upper { break }
            let pieceCount = consumed + count > upper ? upper - consumed : count
            if consumed + pieceCount > lower {
                if first < 0 {
                    first = index
                    firstStart = (consumed, consumedBytes)
                }
                last = index
            }
            consumed += count
            consumedBytes += byteCounts[index]
        }
        guard first >= 0 else { return RichText() }
        var hasEmpty = false
        // Made empty and reserved at its size, then appended to: both specialised for `TextRun`
        // here (`Array(unsafeUninitializedCapacity:)` looked the storage's type up at run time
        // for every piece list).
        var pieces: [TextRun] = []
        pieces.reserveCapacity(last - first + 1)
        runs.withUnsafeBufferPointer { runs in
            var start = firstStart
            for index in first...last {
                let count = counts[index]
                let byteCount = byteCounts[index]
                let cutsEnd = start.scalar + count > upper
                let cutsStart = start.scalar < lower
                // Each piece appended where it is made: held in a variable first, it was copied
                // into the list and then destroyed.
                if !cutsEnd && !cutsStart {
                    if byteCount == 0 { hasEmpty = true }
                    pieces.append(runs[index])
                } else {
                    let from = cutsStart ? (scalar: lower - start.scalar, byte: byteOffsets.lowerBound) : nil
                    let to = cutsEnd ? (scalar: upper - start.scalar, byte: byteOffsets.upperBound) : nil
                    let bytes = UnsafeBufferPointer(
                        rebasing: joined[(from?.byte ?? start.byte)..<(to?.byte ?? (start.byte + byteCount))])
                    pieces.append(RichText.cut(runs.baseAddress! + index, from: from?.scalar, to: to?.scalar, bytes: bytes))
                }
                start.scalar += count
                start.byte += byteCount
            }
        }
        guard !hasEmpty else { return RichText(runs: pieces) }
        var text = RichText()
        text.runs = pieces
        return text
    }

    /// The part of the run at `run` from scalar `from` to scalar `to` (nil: its start, its end),
    /// whose UTF-8 is `bytes`, with the range `slice(_:offsets:)` gives it.
    private static func cut(_ run: UnsafePointer<TextRun>, from: Int?, to: Int?, bytes: UnsafeBufferPointer<UInt8>)
        -> TextRun
    {
        var range = run.pointee.range
        if range.start.line == range.end.line, run.pointee.kind == .text || run.pointee.kind == .code {
            let line = range.start.line
            let column = range.start.column
            range = SourceRange(
                start: from.map { SourceLocation(line: line, column: column + $0) } ?? range.start,
                end: to.map { SourceLocation(line: line, column: column + $0) } ?? range.end)
        }
        return TextRun(
            kind: run.pointee.kind, text: UTF8Validation.string(unchecked: bytes), emphasis: run.pointee.emphasis,
            strong: run.pointee.strong, strikethrough: run.pointee.strikethrough, link: run.pointee.link,
            source: run.pointee.source, range: range)
    }

    /// The part of `run` from `from` to `to` (each a scalar and a byte offset into the run; nil:
    /// its start, its end), as `slice(_:offsets:)` cuts it.
    private static func cut(_ run: TextRun, from: (scalar: Int, byte: Int)?, to: (scalar: Int, byte: Int)?) -> TextRun {
        let utf8 = run.text.utf8
        let start = from.map { utf8.index(utf8.startIndex, offsetBy: $0.byte) } ?? utf8.startIndex
        let end = to.map { utf8.index(utf8.startIndex, offsetBy: $0.byte) } ?? utf8.endIndex
        var range = run.range
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            let line = run.range.start.line
            let column = run.range.start.column
            range = SourceRange(
                start: from.map { SourceLocation(line: line, column: column + $0.scalar) } ?? run.range.start,
                end: to.map { SourceLocation(line: line, column: column + $0.scalar) } ?? run.range.end)
        }
        // The piece made with its own text and range, not a copy of the run whose text and range
        // are then replaced; its bytes copied off the UTF-8 view (the offsets are where scalars
        // start, so no index needs rounding to one).
        return TextRun(
            kind: run.kind, text: String(Substring(utf8[start..<end])), emphasis: run.emphasis, strong: run.strong,
            strikethrough: run.strikethrough, link: run.link, source: run.source, range: range)
    }
}

extension UTF8Bytes {
    /// The length in bytes of the scalar whose lead byte is `lead`.
    @inlinable @inline(__always)
    package static func length(ofLead lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar that ends right before byte `end` (> 0) of valid UTF-8, and where it starts.
    @inlinable
    package static func scalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, start: Int) {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(bytes, at: start).scalar, start)
    }
}
