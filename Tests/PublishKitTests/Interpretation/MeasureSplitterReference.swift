@testable import PublishCore
@testable import PublishReading

/// Scalar-array code that `MeasureSplitter` no longer runs, kept here as the reference its byte
/// paths are held to (`ByteInterpretationTests`, `ReadingShortcutTests`).
extension MeasureSplitter {
    /// Where a lead ends: after the first `。` in `from..<to`, else after the first `；`, else `to`.
    static func leadEnd(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Int {
        if let stop = scalars[from..<to].firstIndex(of: "。") { return stop + 1 }
        if let stop = scalars[from..<to].firstIndex(where: { $0 == "；" || $0 == ";" }) { return stop + 1 }
        return to
    }

    /// Whether the text has a `是` right after a numeral (`OrdinalParser.isNumeral`), as every
    /// measure's ordinal has, looked for on the runs' UTF-8 bytes. A `是` at the start of a run, or
    /// after a scalar that is not one, two or three bytes long, counts as one. The scalar-array
    /// splitting that `ByteInterpretationTests` holds `MeasureSplitter.paragraph` to takes this
    /// shortcut.
    static func mayHoldMeasure(_ text: RichText) -> Bool {
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
    /// shape `OrdinalParser.parse(_:)` reads as a measure (the shape `MeasureSplitter` looks for
    /// backwards from each `是`).
    static func mayStartMeasure(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, end - index < 5, OrdinalParser.isNumeral(scalars[end]) { end += 1 }
        return end > index && end < scalars.count && scalars[end] == "是"
    }
}
