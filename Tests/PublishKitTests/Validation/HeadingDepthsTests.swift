import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishTestSupport

/// `HeadingDepths` against the dictionary it replaced: the same level, or none, for every range
/// asked, with the headings in document order (binary search) and out of it (dictionary).
@Suite struct HeadingDepthsTests {
    /// The levels as the rule found them before: the last heading of a range wins.
    static func dictionary(_ blocks: [MarkdownBlock]) -> [SourceRange: Int] {
        var depths: [SourceRange: Int] = [:]
        for block in blocks {
            if case .heading(let level, _) = block.kind { depths[block.range] = level }
        }
        return depths
    }

    /// The ranges to ask for: every block's, every head's, and some that are no heading's.
    static func askedRanges(_ loaded: LoadedNotice) -> [SourceRange] {
        let context = CheckContext(notice: loaded.notice, source: loaded.source, markdown: loaded.markdown)
        return loaded.markdown.blocks.map(\.range) + context.heads.map(\.head.range)
            + [SourceRange(at: PublishCore.SourceLocation(line: 1, column: 1)),
               SourceRange(at: PublishCore.SourceLocation(line: 10_000, column: 1))]
    }

    @Test func fixturesFindTheLevelsTheDictionaryFinds() throws {
        let files = TypographyTextLayoutTests.fixtureFiles
        #expect(files.count > 100)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let loaded = Fixtures.load(String(decoding: data, as: UTF8.self), path: file)
            let blocks = loaded.markdown.blocks
            let expected = Self.dictionary(blocks)
            let depths = HeadingDepths(blocks)
            // The same headings reversed: out of document order, so looked up in a dictionary.
            let reversed = HeadingDepths(blocks.reversed())
            for range in Self.askedRanges(loaded) {
                #expect(depths[range] == expected[range], "\(file) \(range)")
                #expect(reversed[range] == Self.dictionary(blocks.reversed())[range], "\(file) \(range)")
            }
        }
    }
}
