import Testing
@testable import PublishRendering

/// `UTF8Rewriter.ByteSet.firstMember(in:from:)` looks at eight bytes at a time where the members
/// allow it; it must find the member that looking at every byte with `contains` finds.
struct ByteSetWordTests {
    /// The sets of the escapers (HTML's, WordprocessingML's), and sets the word tests do not fit.
    static let sets: [(name: String, set: UTF8Rewriter.ByteSet)] = [
        ("html", UTF8Rewriter.ByteSet(Array("&<>\"'\u{0}".utf8))),
        ("word", UTF8Rewriter.ByteSet(0x00...0x1F, and: Array("&<>\"'".utf8) + [0x7F, 0xC2, 0xEF])),
        ("one high byte", UTF8Rewriter.ByteSet([0x26, 0xE3])),
        ("three high bytes", UTF8Rewriter.ByteSet([0x26, 0x80, 0xBC, 0xEF])),
        ("letters", UTF8Rewriter.ByteSet(0x41...0x5A)),
        ("empty", UTF8Rewriter.ByteSet([])),
    ]

    @Test(arguments: [
        "", "甲", "关于二〇二五年第一季度安全生产检查情况的通报", "一、总体情况。全市共检查企业12家，发现问题37项",
        "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥&", "甲乙丙丁戊己庚辛壬癸子丑<寅卯辰巳午未申酉戌亥",
        "（一）落实责任：市应急管理局牵头。", "温度 30°C，编号 §5·3", "abc\tdef\r\nghi\u{0}", "\u{85}\u{9F}\u{FFFE}\u{FFFF}",
        "ＡＢＣ１２３！？＂＇", "Zebra Quick Brown FOX jumps", "1234567", "12345678", "123456789", "\u{7F}中文中文中文",
        "中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文\"",
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
}
