import Foundation
import Testing
@testable import PublishKit

/// The reference notice in `content/` against the published sample it was written from.
@Suite struct ReferenceNoticeTests {
    @Test func plainTextEqualsThePublishedSampleByteForByte() throws {
        let loaded = try Fixtures.referenceNotice()
        let sample = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
        let text = PlainTextRenderer().render(loaded.notice)
        #expect(Array(text.utf8) == Array(sample.utf8))
    }
}
