import Foundation
import Testing
@testable import PublishRendering

/// `ByteBuffer.takeArray()` hands over the bytes written as an ordinary array: it must hold exactly
/// what was appended, whatever the capacity, the growth and the text (CJK, combining marks, emoji
/// with joiners, full-width punctuation, CRLF).
struct BufferHandOverTests {
    static let texts = [
        "", "a", "中文通知", "e\u{301}", "👩‍👩‍👧👍🏽", "，。：；（）", "a\r\nb\r\n", "half, width. (x)",
        String(repeating: "第一条　", count: 200),
    ]

    @Test(arguments: texts, [0, 1, 64, 65, 4096])
    func theArrayIsWhatWasWritten(text: String, capacity: Int) {
        var buffer = ByteBuffer(capacity: capacity)
        var expected: [UInt8] = []
        for round in 0..<3 {
            buffer.append(utf8Of: text)
            expected += Array(text.utf8)
            buffer.append(UInt8(ascii: "|"), times: round)
            expected += Array(repeating: UInt8(ascii: "|"), count: round)
        }
        buffer.removeLast(min(2, buffer.count))
        expected.removeLast(min(2, expected.count))
        #expect(buffer.array == expected)
        #expect(buffer.string == String(decoding: expected, as: UTF8.self))
        var taken = buffer.takeArray()
        #expect(taken == expected)
        // The array is an ordinary one: it grows and is copied as any other.
        let copy = taken
        taken.append(0x21)
        #expect(taken == expected + [0x21])
        #expect(copy == expected)
    }

    /// A notice part deflated once and reused (`docProps/app.xml` is the same in every notice)
    /// is the entry deflating it again gives; another text at the same path is deflated anew.
    @Test(arguments: ["", "<a/>", "中文标题，e\u{301}👩‍👩‍👧\r\n", String(repeating: "<w:t>第一条</w:t>", count: 100)])
    func aKnownNoticePartIsTheOneDeflatedAgain(text: String) throws {
        let path = "test/known-\(text.utf8.count).xml"
        let level = PackageEntry.noticeLevel
        let fresh = try PackageEntry.deflated(path: path, text: text, level: level)
        #expect(try PackageEntry.deflatedOrKnown(path: path, text: text, level: level) == fresh)
        #expect(try PackageEntry.deflatedOrKnown(path: path, text: text, level: level) == fresh)
        let other = text + "x"
        #expect(
            try PackageEntry.deflatedOrKnown(path: path, text: other, level: level)
                == PackageEntry.deflated(path: path, text: other, level: level))
        #expect(try PackageEntry.deflatedOrKnown(path: path, text: text, level: nil) == PackageEntry.deflated(path: path, text: text))
    }
}
