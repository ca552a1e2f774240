import Testing
@testable import PublishCore

/// `UTF8ScalarCount` counts sixteen bytes at a time; this holds it to `UTF8Bytes.scalarCount` and
/// to the scalar view on texts of every length around its steps, with CJK, combining marks,
/// emoji and ZWJ sequences, half- and full-width punctuation and CRLF.
@Suite struct UTF8VectorScalarCountTests {
    static let pieces = ["一", "是", "。", "a", "7", "😀", "e\u{301}", "，", ",", " ", "\r\n", "👨‍👩‍👧", "é", "ｆ", "\u{10FFFF}", "\u{80}"]

    @Test func countsAreThoseOfTheScalarView() {
        var generator = SplitMix64(seed: 41)
        for length in 0..<200 {
            var text = ""
            for _ in 0..<(length % 40 == 39 ? length * 3 : length) {
                text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(UTF8ScalarCount.of(buffer) == text.unicodeScalars.count, "\(text.debugDescription)")
                #expect(UTF8ScalarCount.of(buffer) == UTF8Bytes.scalarCount(buffer))
                let lower = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count))
                let upper = lower + Int(generator.next() % UInt64(bytes.count - lower + 1))
                #expect(UTF8ScalarCount.of(buffer, in: lower..<upper) == UTF8Bytes.scalarCount(buffer, in: lower..<upper))
            }
        }
    }

    /// More than 255 steps of sixteen bytes: the byte-wide counters are summed before they wrap.
    @Test(arguments: [4079, 4080, 4096, 4097, 12_000])
    func longTextsAreCountedWithoutWrapping(_ characters: Int) {
        let text = String(repeating: "公", count: characters) + "ab"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { #expect(UTF8ScalarCount.of($0) == characters + 2) }
    }

    @Test func anEmptyBufferHasNoScalars() {
        #expect(UTF8ScalarCount.of(UnsafeBufferPointer(start: nil, count: 0)) == 0)
    }
}
