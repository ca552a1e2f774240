import Foundation
import Testing
@testable import PublishCore
@testable import PublishRendering

/// `JSONWriter` passes eight bytes at a time when none is below `]` (`allAbove92`); strings long
/// enough to hold whole words, with the characters that need an escape at every offset, must still
/// be written as `JSONEncoder` writes them (with `<` as `\u003c`).
@Suite struct JSONEscapeWordTests {
    @Test(arguments: [
        UInt64(0x5D5D_5D5D_5D5D_5D5D), 0xFFFF_FFFF_FFFF_FFFF, 0x8080_8080_8080_8080, 0x5C5D_5D5D_5D5D_5D5D,
        0x5D5D_5D5D_5D5D_5D5C, 0x0000_0000_0000_0000, 0xE5B7_A1E5_B7A1_E5B7, 0x6162_6364_2265_6667, 0x7A7A_7A7A_7A7A_7A00,
        0x3C80_8080_8080_8080, 0x805C_8080_8080_8080,
    ])
    func wordTestAgreesWithEachByte(word: UInt64) {
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
        #expect(JSONWriter.allAbove92(word) == bytes.allSatisfy { $0 > 0x5C })
    }

    static let alphabet: [String] = [
        "巡", "察", "（", "，", "😀", "👩‍👩‍👧", "e\u{301}", "a", "z", "~", "]", "^", "_", "`", "A", "0", " ", "<", ">", "\"",
        "\\", "/", "\n", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{FEFF}",
    ]

    @Test func longRandomStringsMatchEncoder() throws {
        var random = SplitMix64(seed: 0x15_0DD)
        var values: [String] = ["", String(repeating: "巡", count: 40), String(repeating: "a", count: 17) + "\"",
                                "\"" + String(repeating: "z", count: 16), String(repeating: "（", count: 9) + "<"]
        for _ in 0..<2000 {
            let length = Int(random.next() % 48)
            values.append((0..<length).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] }.joined())
        }
        for value in values {
            let written = JSONRendererTests.written(value)
            let encoded = try JSONRendererTests.EncoderOracle.encode([value], pretty: false)
            #expect(Array(written.utf8) == Array(encoded.utf8), "\(value.debugDescription)")
        }
    }
}
