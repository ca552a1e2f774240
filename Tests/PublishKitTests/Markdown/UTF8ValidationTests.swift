import Testing
@testable import PublishCore

/// `UTF8Validation` checks a file's bytes once and makes strings without the standard library's
/// second check; these tests hold it to `String(validating:as:)`, which it stands in for.
@Suite struct UTF8ValidationTests {
    /// The standard library's answer for `bytes`, and the fast one's.
    private static func expectSameAnswer(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let reference = String(validating: bytes, as: UTF8.self)
        let (isValid, isASCII) = bytes.withUnsafeBufferPointer(UTF8Validation.check)
        #expect(isValid == (reference != nil), "\(bytes)", sourceLocation: sourceLocation)
        let made = bytes.withUnsafeBufferPointer(UTF8Validation.string(validating:))
        #expect(made == reference, "\(bytes)", sourceLocation: sourceLocation)
        if let made, let reference {
            #expect(Array(made.utf8) == Array(reference.utf8), sourceLocation: sourceLocation)
            #expect(made.hashValue == reference.hashValue, sourceLocation: sourceLocation)
            #expect(Array(made.unicodeScalars) == Array(reference.unicodeScalars), sourceLocation: sourceLocation)
            #expect(made.count == reference.count, sourceLocation: sourceLocation)
            #expect(isASCII == bytes.allSatisfy { $0 < 0x80 }, sourceLocation: sourceLocation)
            // The string's own ASCII flag, which its fast paths read, is the checked string's.
            #expect(made._classify()._isASCII == reference._classify()._isASCII, sourceLocation: sourceLocation)
        }
    }

    static let texts: [String] = [
        "", "a", "abcdefgh", "abcdefghijklmnopq", "中", "中文公告", "第一行\r\n第二行", "\r\n", "e\u{301}",
        "Cafe\u{301} 中文\u{0300}", "👩‍👩‍👧‍👦 家庭", "🇨🇳", "，。、；：？！“”‘’（）【】《》", ",.;:?!\"'()[]<>",
        "ＡＢＣ１２３ ｱｲｳ", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "\u{D7FF}\u{E000}\u{FEFF}",
        "a\u{0}b", "12345678中12345678文", String(repeating: "公告", count: 40),
    ]

    @Test(arguments: texts) func validTextReadsAsTheStandardLibraryReadsIt(_ text: String) {
        Self.expectSameAnswer(Array(text.utf8))
    }

    static let malformed: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xDF, 0xC0],
        [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0], [0xE4, 0xB8], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0x41], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xFE], [0xFF], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x80],
        [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0xE4, 0xB8],
        Array("中文".utf8) + [0xB8] + Array("中".utf8), Array("公告，".utf8).dropLast(),
        // Valid neighbours of the malformed ones.
        [0xC2, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF3, 0xBF, 0xBF, 0xBF],
    ]

    @Test(arguments: malformed) func malformedBytesAreRefusedAsTheStandardLibraryRefusesThem(_ bytes: [UInt8]) {
        Self.expectSameAnswer(bytes)
        Self.expectSameAnswer(Array("前缀abc".utf8) + bytes)
        Self.expectSameAnswer(bytes + Array("abcdefgh后缀".utf8))
    }

    /// Every sequence of two bytes, and every lead byte of three or four with every second byte
    /// (the one whose range depends on the lead) and telling third and fourth bytes.
    @Test func everyShortSequenceGetsTheStandardLibrarysAnswer() {
        var mismatches = 0
        var checked = 0
        func compare(_ bytes: [UInt8]) {
            checked += 1
            let reference = String(validating: bytes, as: UTF8.self) != nil
            if bytes.withUnsafeBufferPointer(UTF8Validation.check).isValid != reference { mismatches += 1 }
        }
        for first in 0...255 {
            for second in 0...255 { compare([UInt8(first), UInt8(second)]) }
        }
        let tails: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for third in tails {
                    compare([UInt8(lead), UInt8(second), third])
                    for fourth in tails { compare([UInt8(lead), UInt8(second), third, fourth]) }
                }
            }
        }
        #expect(checked > 60_000)
        #expect(mismatches == 0)
    }

    /// Two three-byte sequences side by side (read as one word) with every lead and telling
    /// second and third bytes, at each offset from the start of the buffer.
    @Test func pairsOfThreeByteSequencesGetTheStandardLibrarysAnswer() {
        var mismatches = 0
        let seconds: [UInt8] = [0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0]
        let thirds: [UInt8] = [0x41, 0x80, 0xBF, 0xE4]
        for first in 0xE0...0xEF {
            for second in seconds {
                for third in thirds {
                    for lead in 0xE0...0xEF {
                        for next in seconds {
                            for padding in 0..<3 {
                                let bytes = Array(repeating: UInt8(ascii: "a"), count: padding)
                                    + [UInt8(first), second, third, UInt8(lead), next, 0x80] + Array("中文".utf8)
                                let reference = String(validating: bytes, as: UTF8.self) != nil
                                if bytes.withUnsafeBufferPointer(UTF8Validation.check).isValid != reference { mismatches += 1 }
                            }
                        }
                    }
                }
            }
        }
        #expect(mismatches == 0)
        Self.expectSameAnswer(Array(String(repeating: "中文，公告", count: 9).utf8) + [0xED, 0xA0, 0x80] + Array("中文".utf8))
        Self.expectSameAnswer(Array(String(repeating: "中文，公告", count: 9).utf8) + [0xE0, 0x9F, 0x80] + Array("中文".utf8))
        Self.expectSameAnswer(Array(String(repeating: "中文，公告", count: 9).utf8) + [0xE4, 0xB8, 0x41] + Array("中文".utf8))
    }

    /// Chinese text with ASCII runs, cut and damaged at random places.
    @Test func damagedTextGetsTheStandardLibrarysAnswer() {
        var generator = SplitMix64(seed: 41)
        let pieces = ["中文", "公告", "，", "。", "abc", "12345678", " ", "\n", "\r\n", "e\u{301}", "👩‍👧", "ｱ", "\u{10FFFF}"]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 24) {
                bytes += Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8)
            }
            if !bytes.isEmpty, generator.next() % 2 == 0 {
                let damage = Int(generator.next() % 3)
                let at = Int(generator.next() % UInt64(bytes.count))
                switch damage {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: generator.next())
                case 1: bytes.remove(at: at)
                default: bytes.insert(UInt8(0x80 + generator.next() % 0x80), at: at)
                }
            }
            Self.expectSameAnswer(bytes)
        }
    }

    /// Strings made unchecked from a valid string's bytes, cut at scalar boundaries, are the strings
    /// the checked way makes, ASCII flag and all (equal, same hash, same characters).
    @Test(arguments: texts) func uncheckedCutsAreTheCheckedStrings(_ text: String) {
        let bytes = Array(text.utf8)
        // Where each scalar starts, and the end.
        let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
        #expect(starts.count == text.unicodeScalars.count + 1)
        for (i, from) in starts.enumerated() {
            for to in starts[i...] {
                let slice = Array(bytes[from..<to])
                let made = slice.withUnsafeBufferPointer { UTF8Validation.string(unchecked: $0) }
                let reference = String(decoding: slice, as: UTF8.self)
                #expect(made == reference)
                #expect(Array(made.utf8) == slice)
                #expect(made.hashValue == reference.hashValue)
                #expect(made._classify()._isASCII == reference._classify()._isASCII)
                #expect(slice.withUnsafeBufferPointer(UTF8Validation.isWhole))
                #expect(Array(made) == Array(reference))
                #expect(slice.withUnsafeBufferPointer(UTF8Validation.allASCII) == slice.allSatisfy { $0 < 0x80 })
            }
        }
    }

    /// A cut of valid UTF-8 is whole exactly when it is valid UTF-8 itself.
    @Test(arguments: texts) func aCutIsWholeWhenItIsValid(_ text: String) {
        let bytes = Array(text.utf8)
        for from in 0...bytes.count {
            for to in from...bytes.count {
                let slice = Array(bytes[from..<to])
                let whole = slice.withUnsafeBufferPointer(UTF8Validation.isWhole)
                #expect(whole == (String(validating: slice, as: UTF8.self) != nil), "\(slice)")
            }
        }
    }

    /// The source text of valid bytes is what the standard library decodes (a byte-order mark
    /// dropped), with no finding; malformed bytes still get theirs.
    @Test(arguments: texts) func sourceTextOfValidBytesIsTheDecodedText(_ text: String) {
        let source = SourceText(bytes: Array(text.utf8), path: "t.md")
        let expected = String(decoding: Array(text.utf8), as: UTF8.self)
        if text.utf8.contains(0x0D) || text.utf8.contains(0) {
            #expect(source.text != expected)
        } else {
            #expect(source.text == expected)
            #expect(source.diagnostics.isEmpty)
        }
        let marked = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), path: "t.md")
        #expect(marked.text == source.text)
        let damaged = SourceText(bytes: Array(text.utf8) + [0xE4, 0xB8], path: "t.md")
        #expect(damaged.diagnostics.count == 1)
        #expect(damaged.text.hasSuffix("\u{FFFD}"))
    }
}

/// `UTF8Bytes.scalarCount` sums continuation bytes a word at a time; these tests hold it to
/// counting the scalars.
@Suite struct UTF8ScalarCountTests {
    @Test(arguments: UTF8ValidationTests.texts) func countsTheScalarsOfEveryCut(_ text: String) {
        let bytes = Array(text.utf8)
        let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(UTF8Bytes.scalarCount(buffer) == text.unicodeScalars.count)
            for (i, from) in starts.enumerated() {
                for to in starts[i...] {
                    let expected = String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars.count
                    #expect(UTF8Bytes.scalarCount(buffer, in: from..<to) == expected)
                }
            }
        }
    }

    @Test func countsLongMixedText() {
        var generator = SplitMix64(seed: 7)
        let pieces = ["中文", "a", "，", "👩‍👧", "e\u{301}", "\u{80}", "12345678", "ｱ"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int(generator.next() % 64) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let count = Array(text.utf8).withUnsafeBufferPointer { UTF8Bytes.scalarCount($0) }
            #expect(count == text.unicodeScalars.count)
        }
    }
}

/// `UTF8Validation.check` reads short ASCII runs byte by byte and long ones a word at a time; this
/// holds it to `String(validating:as:)` on runs of every length around eight between multi-byte
/// characters and malformed bytes.
@Suite struct UTF8ValidationASCIIRunTests {
    static let neighbours: [[UInt8]] = [
        Array("中".utf8), Array("，".utf8), Array("é".utf8), Array("😀".utf8), Array("e\u{301}".utf8), [0xE4, 0xB8], [0x80],
        [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [],
    ]

    @Test func asciiRunsOfEveryLengthGetTheStandardLibrarysAnswer() {
        var generator = SplitMix64(seed: 31)
        var invalid = 0
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + Int(generator.next() % 6)) {
                bytes += Self.neighbours[Int(generator.next() % UInt64(Self.neighbours.count))]
                let run = Int(generator.next() % 20)
                bytes += (0..<run).map { UInt8(ascii: "0") + UInt8($0 % 10) }
            }
            let reference = String(validating: bytes, as: UTF8.self)
            let (isValid, isASCII) = bytes.withUnsafeBufferPointer(UTF8Validation.check)
            #expect(isValid == (reference != nil), "\(bytes)")
            if isValid { #expect(isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)") } else { invalid += 1 }
        }
        #expect(invalid > 100)
    }
}

/// A file without the leads E0 and ED is read four three-byte sequences a step by their top bits
/// alone; this damages each byte of long CJK runs in turn (and adds the narrow leads to a copy)
/// and holds the answer to `String(validating:as:)`.
@Suite struct UTF8ValidationWideStepTests {
    static let replacements: [UInt8] = [0x41, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]

    @Test(arguments: ["公告公告公告公告公告", "中文，全角标点。“引号”（括号）", "ｆｕｌｌ　ｗｉｄｔｈ１２３"])
    func eachDamagedByteGetsTheStandardLibrarysAnswer(_ text: String) {
        let bytes = Array(text.utf8)
        var refused = 0
        for index in bytes.indices {
            for replacement in Self.replacements {
                for tail in [[], Array("公".utf8), Array("\u{0800}".utf8), Array("\u{D7FF}".utf8)] {
                    var damaged = bytes
                    damaged[index] = replacement
                    damaged += tail
                    let reference = String(validating: damaged, as: UTF8.self)
                    let (isValid, _) = damaged.withUnsafeBufferPointer(UTF8Validation.check)
                    #expect(isValid == (reference != nil), "\(damaged)")
                    if reference == nil { refused += 1 }
                }
            }
        }
        #expect(refused > bytes.count)
    }
}
