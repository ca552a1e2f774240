import Testing
@testable import PublishCore

/// `ScalarDecoder`'s fast path (runs of 3-byte sequences and of ASCII decoded in loops of their
/// own) gives the scalars and the address mark the general path gives, one scalar at a time, and
/// both give the string's own scalars.
@Suite struct ScalarDecoderTests {
    static let texts: [String] = [
        "",
        "a",
        "公",
        "𠀀",
        "plain ASCII text, with no mark",
        "mail@example.org",
        "https://example.org/a",
        "www",
        "（一）提高思想认识，强化政治担当。",
        "公示期为2025年3月10日至3月14日（5个工作日）。",
        "联系邮箱：office@example.gov.cn，电话：010-12345678",
        "e\u{301}と\u{3099}a\u{0308}\u{0323}",
        "中文\u{301}中文",
        "𠀀𠀁中𪚥文𠀀a𠀀",
        "豈更車\u{F900}\u{FA0E}\u{2F800}",
        "é中ü文ßa",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        "\u{D7FF}\u{E000}\u{FEFF}",
        "中",
        "中a",
        "a中",
        "中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中",
        "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww",
        "混合 mixed テキスト 😀 text：冒号:colon@at",
    ]

    struct Decoded: Equatable {
        var scalars: [Unicode.Scalar]
        var sawAddressMark: Bool
    }

    static func decoded(
        _ text: String,
        by decode: (UnsafeBufferPointer<UInt8>, UnsafeMutablePointer<Unicode.Scalar>, inout Bool) -> Int
    ) -> Decoded {
        var text = text
        text.makeContiguousUTF8()
        let bytes = Array(text.utf8)
        var sawAddressMark = false
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: max(bytes.count, 1)) { buffer, initialized in
            initialized = bytes.withUnsafeBufferPointer { decode($0, buffer.baseAddress!, &sawAddressMark) }
        }
        return Decoded(scalars: scalars, sawAddressMark: sawAddressMark)
    }

    @Test(arguments: texts)
    func fastPathIsTheGeneralPath(_ text: String) {
        let fast = Self.decoded(text) { ScalarDecoder.decode($0, into: $1, sawAddressMark: &$2) }
        let general = Self.decoded(text) { ScalarDecoder.decodeOneByOne($0, into: $1, sawAddressMark: &$2) }
        #expect(fast == general)
        #expect(fast.scalars == Array(text.unicodeScalars))
        #expect(fast.sawAddressMark == text.unicodeScalars.contains { $0 == "@" || $0 == ":" || $0 == "w" })
    }

    @Test(arguments: texts)
    func stringEntryIsTheGeneralPath(_ text: String) {
        var sawAddressMark = false
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: max(text.utf8.count, 1)) { buffer, initialized in
            initialized = ScalarDecoder.decode(text, into: buffer.baseAddress!, sawAddressMark: &sawAddressMark)
        }
        let general = Self.decoded(text) { ScalarDecoder.decodeOneByOne($0, into: $1, sawAddressMark: &$2) }
        #expect(Decoded(scalars: scalars, sawAddressMark: sawAddressMark) == general)
    }

    @Test func aMarkAlreadySeenStaysSeen() {
        var sawAddressMark = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: 8) { buffer, initialized in
            initialized = ScalarDecoder.decode("中文", into: buffer.baseAddress!, sawAddressMark: &sawAddressMark)
        }
        #expect(scalars == ["中", "文"])
        #expect(sawAddressMark)
    }
}
