import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// The byte-level line splitter gives what splitting on the `"\n"` character gives.
struct LineSlicesTests {
    @Test(arguments: [
        "", "\n", "\n\n", "甲", "甲\n乙", "甲\n", "\n甲", "甲\r\n乙", "甲\r\n\n乙", "甲\r乙\n丙", "\r\n", "a\u{301}\nb",
        "😀\n\r\n\n😀", "末行没有换行",
    ])
    func splitsLikeCharacters(text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text.lineSlices.map(String.init) == expected)
    }
}
