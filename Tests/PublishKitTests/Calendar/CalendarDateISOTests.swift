import Testing
@testable import PublishCore

/// `CalendarDate(iso:)` reads the bytes itself: it must accept and reject exactly what the
/// split-and-`Int` reading it replaced did.
struct CalendarDateISOTests {
    /// The reading before (three parts between `-`, each ASCII and what `Int` reads).
    static func reference(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) })
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static let texts: [String] = [
        "2025-03-07", "2025-3-7", "0-0-0", "+2025-+03-+07", "2025-03-07-", "-2025-03-07", "2025--03",
        "2025-03", "2025", "", "--", "2025-03-07 ", " 2025-03-07", "2025-03-0x", "２０２５-03-07",
        "2025-02-30", "2025-13-01", "99999999999999999999-01-01", "9223372036854775807-1-1",
        "9223372036854775808-1-1", "2025-+-07", "2025-++3-07", "2025-3+-07", "2025\r\n-03-07",
        "2025—03—07", "2025/03/07", "0002025-003-007", "2025-03-07\u{301}",
    ]

    @Test(arguments: texts) func readsAsBefore(text: String) {
        #expect(CalendarDate(iso: text) == Self.reference(text))
        #expect(CalendarDate(iso: Substring(text)) == Self.reference(text))
    }

    @Test func readsTheParts() {
        #expect(CalendarDate(iso: "2025-03-07") == CalendarDate(year: 2025, month: 3, day: 7))
        #expect(CalendarDate(iso: "+2025-+3-07") == CalendarDate(year: 2025, month: 3, day: 7))
        #expect(CalendarDate(iso: "2025-03-07-01") == nil)
        #expect(CalendarDate(iso: "2025-03-") == nil)
    }

    /// Every short string over the characters that matter reads as before.
    @Test func shortStringsReadAsBefore() {
        let alphabet: [Character] = ["1", "0", "-", "+", "a", "中"]
        var texts = [""]
        for _ in 0..<5 {
            texts = texts.flatMap { text in alphabet.map { text + String($0) } }
            for text in texts {
                #expect(CalendarDate(iso: text) == Self.reference(text), "\(text)")
            }
        }
    }
}
