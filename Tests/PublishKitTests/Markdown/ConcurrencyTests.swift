import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// libcmark-gfm edits a process-wide table on every parse; without the parser's lock, concurrent
/// parses lose strikethrough and autolinks. Many documents on several threads must give exactly
/// what one-by-one parsing gives.
@Suite struct ConcurrencyTests {
    static func documents() throws -> [String] {
        let reference = try Fixtures.referenceNotice().source.text
        return (0..<64).map { index in
            index % 2 == 0
                ? reference
                : "第\(index)段~~删除~~与 https://example.cn/\(index) 和 a\(index)@example.cn ，**加粗**。\n\n| 列 | 值 |\n|---|---|\n| \(index) | ~~x~~ |\n"
        }
    }

    @Test func parallelParsingEqualsSerialParsing() throws {
        let documents = try Self.documents()
        let loader = NoticeLoader()
        let serial = documents.enumerated().map { loader.load(bytes: Array($1.utf8), path: "\($0).md").notice }
        let results = ParallelResults(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count * 4) { iteration in
            let index = iteration % documents.count
            let notice = loader.load(bytes: Array(documents[index].utf8), path: "\(index).md").notice
            if notice != serial[index] { results.recordMismatch(index) }
        }
        #expect(results.mismatches.isEmpty)
        // The extensions really are in play in the documents compared.
        let odd = serial[1]
        #expect(odd.opening.paragraphs[0].richText.runs.contains { $0.strikethrough })
        #expect(odd.opening.paragraphs[0].richText.runs.contains { $0.link?.hasPrefix("https://") == true })
        #expect(odd.opening.paragraphs[0].richText.runs.contains { $0.link?.hasPrefix("mailto:") == true })
    }
}

/// Mismatches found by the worker threads.
final class ParallelResults: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [Int] = []

    init(count: Int) {}

    func recordMismatch(_ index: Int) {
        lock.withLock { found.append(index) }
    }

    var mismatches: [Int] { lock.withLock { found } }
}
