import Testing
@testable import PublishRendering

/// A set of at most eight members, all below 0x40 (HTML's five and NUL), tests a word that holds
/// digits, spaces or half-width punctuation against each member instead of looking at each byte;
/// `firstMember` must still give the answer of looking at each byte, from every start.
@Suite struct ByteSetFewMembersTests {
    static let sets: [(name: String, set: UTF8Rewriter.ByteSet)] = [
        ("html", UTF8Rewriter.ByteSet(Array("&<>\"'\u{0}".utf8))),
        ("one", UTF8Rewriter.ByteSet([0x26])),
        ("eight", UTF8Rewriter.ByteSet([0x00, 0x09, 0x0A, 0x0D, 0x22, 0x26, 0x3C, 0x3E])),
        ("nine", UTF8Rewriter.ByteSet([0x00, 0x09, 0x0A, 0x0D, 0x22, 0x26, 0x27, 0x3C, 0x3E])),
        ("repeated", UTF8Rewriter.ByteSet([0x26, 0x26, 0x3C, 0x3C])),
    ]

    @Test(arguments: [
        "一、总体情况,全市共检查企业12家(其中3家):发现问题37项;整改完成。", "2025年3月7日 (星期五) 10:30-12:00",
        "a=1; b=2; c=3 & d=4", "12345678&", "1234567<", "(1)(2)(3)(4)(5)(6)(7)(8)\"", "'''''''''",
        "e\u{301}\u{301} 😀👩‍👩‍👧 ,.;:()", "\u{0}1234567", "12345678\u{0}", "", "        >", "\t\r\n\t\r\n\t\r\n\t&",
    ])
    func firstMemberAsByteByByte(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for (name, set) in Self.sets {
                for start in 0...buffer.count {
                    let expected = buffer[start...].firstIndex(where: { set.contains($0) }) ?? buffer.count
                    #expect(set.firstMember(in: buffer, from: start) == expected, "\(name) from \(start)")
                }
            }
        }
    }

    /// HTML escaping over text full of half-width punctuation is still the escaping of each byte.
    @Test(arguments: ["a,b(c)&d;e:f<g>h\"i'j", "(一)12,345;&amp;", "1&2<3>4\"5'6\u{0}7"])
    func escapingWithPunctuation(text: String) {
        var expected = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            case "\u{0}": expected += "\u{FFFD}"
            default: expected.unicodeScalars.append(scalar)
            }
        }
        #expect(HTMLEscaping.escape(text) == expected)
    }
}
