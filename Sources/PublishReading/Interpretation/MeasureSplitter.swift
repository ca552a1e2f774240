import PublishCore

/// Splits a paragraph into unnumbered text and measures (`一是……。二是……`).
///
/// A measure starts at the paragraph's start, or after `。；：！？` (or after `，` when the run goes
/// on to a next measure), and mid-paragraph only as the next number of the run. Its lead runs to
/// its first `。` (else its first `；`), as docs/authoring.md (Authoring format) says.
package enum MeasureSplitter {
    /// `。；;：:！？!?`
    package static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", ";", "：", ":", "！", "？", "!", "?": true
        default: false
        }
    }

    /// `，,`
    package static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == ","
    }

    package static func paragraph(_ text: RichText, range: SourceRange) -> Paragraph {
        guard mayHoldMeasure(text) else {
            return Paragraph(segments: text.isEmpty ? [] : [.text(text)], range: range)
        }
        let scalars = text.scalarArray
        let starts = measureStarts(scalars)
        guard !starts.isEmpty else {
            return Paragraph(segments: text.isEmpty ? [] : [.text(text)], range: range)
        }
        let offsets = RunOffsets(text)
        var segments: [Paragraph.Segment] = []
        if starts[0].offset > 0 { segments.append(.text(text.slice(0..<starts[0].offset, offsets: offsets))) }
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].offset : scalars.count
            let ordinalEnd = start.offset + start.match.length
            let ordinal = Ordinal(
                level: .measure, value: start.match.value,
                text: String(scalars: scalars[start.offset..<ordinalEnd]),
                deviations: start.match.deviations,
                range: text.range(of: start.offset..<ordinalEnd, offsets: offsets) ?? range)
            let leadEnd = leadEnd(scalars, from: ordinalEnd, to: end)
            let measure = Measure(
                ordinal: ordinal, lead: text.slice(ordinalEnd..<leadEnd, offsets: offsets),
                body: text.slice(leadEnd..<end, offsets: offsets),
                range: text.range(of: start.offset..<end, offsets: offsets) ?? range)
            segments.append(.measure(measure))
        }
        return Paragraph(segments: segments, range: range)
    }

    /// Where a lead ends: after the first `。` in `from..<to`, else after the first `；`, else `to`.
    package static func leadEnd(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Int {
        if let stop = scalars[from..<to].firstIndex(of: "。") { return stop + 1 }
        if let stop = scalars[from..<to].firstIndex(where: { $0 == "；" || $0 == ";" }) { return stop + 1 }
        return to
    }

    private static func measureStarts(_ scalars: [Unicode.Scalar]) -> [(offset: Int, match: OrdinalParser.Match)] {
        var starts: [(offset: Int, match: OrdinalParser.Match)] = []
        if mayStartMeasure(scalars, at: 0), let first = OrdinalParser.parse(Array(scalars.prefix(16))), first.level == .measure {
            starts.append((0, first))
        }
        var index = 1
        while index < scalars.count {
            let previous = scalars[index - 1]
            // Cheapest test first: most scalars follow no punctuation, and the marks of
            // `isSentenceEnd` and `isComma` are below U+0040, U+3002 and from U+FF01 on.
            let value = previous.value
            if (value >= 0x40 && value < 0x3002) || (value > 0x3002 && value < 0xFF01) {
                index += 1
                continue
            }
            if isSentenceEnd(previous) || isComma(previous),
                mayStartMeasure(scalars, at: index),
                let match = OrdinalParser.parse(Array(scalars[index..<min(index + 16, scalars.count)])),
                match.level == .measure
            {
                let expected = (starts.last?.match.value ?? 0) + 1
                let afterComma = isComma(previous)
                // After a full stop a run that has started goes on with any number (so `check` can
                // report a gap such as 一是……二是……四是); a new run, or one after a comma, must
                // count on.
                let accepted = afterComma
                    ? match.value == expected && (!starts.isEmpty || continues(scalars, after: index, value: match.value))
                    : match.value == expected || (!starts.isEmpty && match.value > 1)
                if accepted {
                    starts.append((index, match))
                    index += match.length
                    continue
                }
            }
            index += 1
        }
        return starts
    }

    /// Whether the text has a `是` right after a numeral (`OrdinalParser.isNumeral`), as every
    /// measure's ordinal has: looked for on the runs' UTF-8 bytes, so that a paragraph without
    /// measures is not decoded into scalars. A `是` at the start of a run, or after a scalar that is
    /// not one, two or three bytes long, counts as one.
    package static func mayHoldMeasure(_ text: RichText) -> Bool {
        for run in text.runs {
            let found: Bool? = run.text.utf8.withContiguousStorageIfAvailable { bytes in
                // 是 is E6 98 AF.
                var offset = 2
                while offset < bytes.count {
                    guard bytes[offset] == 0xAF, bytes[offset - 1] == 0x98, bytes[offset - 2] == 0xE6 else {
                        offset += 1
                        continue
                    }
                    let start = offset - 2
                    guard start >= 3 else { return true }
                    // The scalar before: an ASCII one is no numeral; every numeral below U+F900
                    // is three bytes long (the last byte of a scalar is never a lead byte, so a
                    // lead byte three back starts the scalar before). Anything else (a two- or
                    // four-byte scalar) is left to the parser.
                    if bytes[start - 1] < 0x80 {
                        offset += 1
                        continue
                    }
                    let lead = bytes[start - 3]
                    guard lead & 0xF0 == 0xE0 else { return true }
                    let value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[start - 2] & 0x3F) << 6) | UInt32(bytes[start - 1] & 0x3F)
                    if let scalar = Unicode.Scalar(value), OrdinalParser.isNumeral(scalar) { return true }
                    offset += 1
                }
                return false
            }
            if found ?? true { return true }
        }
        return false
    }

    /// Whether a measure's ordinal may start at `index`: one to five numerals, then `是`, the only
    /// shape `OrdinalParser.parse(_:)` reads as a measure. Checked before the scalars are copied for
    /// the parser, which most positions after punctuation never need.
    package static func mayStartMeasure(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, end - index < 5, OrdinalParser.isNumeral(scalars[end]) { end += 1 }
        return end > index && end < scalars.count && scalars[end] == "是"
    }

    /// Whether the measure `value` at `index` is followed by measure `value + 1` in the paragraph.
    private static func continues(_ scalars: [Unicode.Scalar], after index: Int, value: Int) -> Bool {
        let next = Array((ChineseNumeral.text(value + 1) + "是").unicodeScalars)
        return ScalarSearch.firstRange(of: next, in: scalars, from: index + 1) != nil
    }
}
