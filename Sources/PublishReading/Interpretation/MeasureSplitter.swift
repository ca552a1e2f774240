import Foundation
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
        guard !text.isEmpty else { return Paragraph(segments: [], range: range) }
        return text.withJoinedUTF8 { paragraph(text, joinedUTF8: $0, range: range) }
    }

    /// `paragraph(_:range:)` of a text that is not empty, whose joined UTF-8
    /// (`RichText.withJoinedUTF8`) is `bytes`: for a caller that has cut the text from a larger
    /// one and holds its bytes already.
    package static func paragraph(_ text: RichText, joinedUTF8 bytes: UnsafeBufferPointer<UInt8>, range: SourceRange)
        -> Paragraph
    {
        let starts = measureStarts(bytes)
        guard let last = starts.last else { return Paragraph(segments: [.text(text)], range: range) }
        // A text of several runs has them counted once, their sum the whole; one run is counted
        // from the last start on only.
        let layout = text.runs.count == 1
            ? RunLayout(text, scalarCount: last.offset + UTF8Bytes.scalarCount(bytes, in: last.byte..<bytes.count))
            : RunLayout(text, joinedUTF8: bytes)
        return paragraph(text, bytes: bytes, starts: starts, layout: layout, range: range)
    }

    /// Where a measure starts: its scalar and byte offset in the paragraph, and its ordinal.
    private struct Start {
        var offset: Int
        var byte: Int
        var match: OrdinalParser.Match
    }

    /// The paragraph cut at `starts` (not empty), found in `bytes`, the text's joined UTF-8.
    private static func paragraph(
        _ text: RichText, bytes: UnsafeBufferPointer<UInt8>, starts: [Start], layout: RunLayout, range: SourceRange
    ) -> Paragraph {
        let scalarCount = layout.scalarCount
        let offsets = layout.offsets
        var segments: [Paragraph.Segment] = []
        segments.reserveCapacity(starts.count + 1)
        if starts[0].offset > 0 {
            segments.append(.text(text.slice(0..<starts[0].offset, bytes: 0..<starts[0].byte, layout: layout, joined: bytes)))
        }
        for (index, start) in starts.enumerated() {
            let isLast = index + 1 == starts.count
            let end = isLast ? scalarCount : starts[index + 1].offset
            let endByte = isLast ? bytes.count : starts[index + 1].byte
            let ordinalEnd = start.offset + start.match.length
            var ordinalEndByte = start.byte
            for _ in 0..<start.match.length { ordinalEndByte += UTF8Bytes.length(ofLead: bytes[ordinalEndByte]) }
            let ordinal = Ordinal(
                level: .measure, value: start.match.value,
                text: UTF8Validation.string(unchecked: UnsafeBufferPointer(rebasing: bytes[start.byte..<ordinalEndByte])),
                deviations: start.match.deviations,
                range: text.range(of: start.offset..<ordinalEnd, offsets: offsets) ?? range)
            let leadEndByte = leadEnd(bytes, from: ordinalEndByte, to: endByte)
            let leadEnd = ordinalEnd + UTF8Bytes.scalarCount(bytes, in: ordinalEndByte..<leadEndByte)
            let measure = Measure(
                ordinal: ordinal,
                lead: text.slice(ordinalEnd..<leadEnd, bytes: ordinalEndByte..<leadEndByte, layout: layout, joined: bytes),
                body: text.slice(leadEnd..<end, bytes: leadEndByte..<endByte, layout: layout, joined: bytes),
                range: text.range(of: start.offset..<end, offsets: offsets) ?? range)
            segments.append(.measure(measure))
        }
        return Paragraph(segments: segments, range: range)
    }

    /// Where a lead ends, in bytes: after the first `。` in `from..<to`, else after the first `；`,
    /// else `to`.
    package static func leadEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        let stretch = UnsafeBufferPointer(rebasing: bytes[..<to])
        // 。 is E3 80 82, ； is EF BC 9B.
        var fullStop = "。"
        if let stop = fullStop.withUTF8({ UTF8Bytes.firstOffset(of: $0, in: stretch, from: from) }) { return stop + 3 }
        var index = from
        while index < to {
            let byte = bytes[index]
            if byte == 0x3B { return index + 1 }
            if byte == 0xEF, index + 2 < to, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9B { return index + 3 }
            index += 1
        }
        return to
    }

    /// The measures' starts in a paragraph's UTF-8, in order. Every measure's ordinal is one to
    /// five numerals and `是`, so only the places of `是` are looked at: the
    /// numerals before one, and the mark before those (or the paragraph's start), decide; the
    /// scalars are counted only up to a start that is kept.
    private static func measureStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Start] {
        var starts: [Start] = []
        // Scalars before `countedTo`.
        var counted = 0
        var countedTo = 0
        guard let base = bytes.baseAddress else { return [] }
        var search = 2
        // 是 is E6 98 AF: its last byte found with `memchr`, then the two before it compared.
        while search < bytes.count {
            guard let found = memchr(base + search, 0xAF, bytes.count - search) else { break }
            let last = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            search = last + 1
            guard bytes[last - 1] == 0x98, bytes[last - 2] == 0xE6 else { continue }
            let shi = last - 2
            // The numerals right before 是: one to five, after a mark (or at the start).
            var numeralStart = shi
            var numerals = 0
            while numeralStart > 0, numerals < 6 {
                let (scalar, start) = UTF8Bytes.scalar(before: numeralStart, in: bytes)
                guard OrdinalParser.isNumeral(scalar) else { break }
                numeralStart = start
                numerals += 1
            }
            guard numerals >= 1, numerals <= 5 else { continue }
            var previous: Unicode.Scalar? = nil
            if numeralStart > 0 {
                let before = UTF8Bytes.scalar(before: numeralStart, in: bytes).scalar
                guard isSentenceEnd(before) || isComma(before) else { continue }
                previous = before
            }
            guard let match = ordinal(bytes, from: numeralStart), match.level == .measure
            else { continue }
            counted += UTF8Bytes.scalarCount(bytes, in: countedTo..<numeralStart)
            countedTo = numeralStart
            let start = Start(offset: counted, byte: numeralStart, match: match)
            guard let previous else {
                // At the paragraph's start any measure counts.
                starts.append(start)
                continue
            }
            let expected = (starts.last?.match.value ?? 0) + 1
            let afterComma = isComma(previous)
            // After a full stop a run that has started goes on with any number (so `check` can
            // report a gap such as 一是……二是……四是); a new run, or one after a comma, must
            // count on.
            let accepted = afterComma
                ? match.value == expected
                    && (!starts.isEmpty
                        || continues(bytes, after: numeralStart + UTF8Bytes.length(ofLead: bytes[numeralStart]), value: match.value))
                : match.value == expected || (!starts.isEmpty && match.value > 1)
            if accepted { starts.append(start) }
        }
        return starts
    }

    /// `OrdinalParser.parse(_:)` of the (up to 16) scalars from byte `from` on, decoded into a
    /// buffer on the stack: no array made for each place looked at. The first
    /// `OrdinalParser.decisiveLength` are decoded and parsed, the rest only when the whitespace
    /// after the ordinal may go on past them.
    private static func ordinal(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> OrdinalParser.Match? {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 16) { buffer in
            var count = 0
            var offset = from
            func decode(upTo limit: Int) {
                while offset < bytes.count, count < limit {
                    let (scalar, length) = UTF8Bytes.decode(bytes, at: offset)
                    buffer.initializeElement(at: count, to: scalar)
                    count += 1
                    offset += length
                }
            }
            decode(upTo: OrdinalParser.decisiveLength)
            let match = OrdinalParser.parse(UnsafeBufferPointer(rebasing: buffer[..<count]))
            guard OrdinalParser.needsMoreScalars(match, count: count) else { return match }
            decode(upTo: 16)
            return OrdinalParser.parse(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Whether measure `value + 1` (`二是` after `一是`) stands in the paragraph from byte `after` on.
    private static func continues(_ bytes: UnsafeBufferPointer<UInt8>, after: Int, value: Int) -> Bool {
        var next = ChineseNumeral.text(value + 1) + "是"
        return next.withUTF8 { UTF8Bytes.firstOffset(of: $0, in: bytes, from: after) != nil }
    }
}
