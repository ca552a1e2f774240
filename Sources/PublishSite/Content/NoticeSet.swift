import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Many notices loaded and checked at once, in parallel, results in the order of the files.
///
/// Only the findings are kept, and the source text of the files that have any (to quote their
/// lines): each notice's model is dropped as soon as it is checked, so memory does not grow with
/// the size of the content.
public struct NoticeSet: Sendable {
    public struct Entry: Sendable {
        public var path: String
        /// Front-end findings and rule findings together, sorted.
        public var diagnostics: [Diagnostic]
        /// The file's text when it has findings (or a 索引号, which another file may share).
        public var source: SourceText?
        /// The 索引号, for `build/duplicate-index-number` across the files.
        var indexNumber: DuplicateIndexNumbers.Use?

        init(loaded: LoadedNotice, diagnostics: [Diagnostic]) {
            self.path = loaded.source.path
            self.diagnostics = diagnostics
            let front = loaded.notice.frontMatter
            self.indexNumber = front.disclosureInfo?.indexNumber.map {
                .init(path: loaded.source.path, number: $0, range: front.ranges["index_number"])
            }
            self.source = diagnostics.isEmpty && indexNumber == nil ? nil : loaded.source
        }
    }

    public var entries: [Entry]

    /// Every finding of every file, sorted by file and position.
    public var diagnostics: [Diagnostic] { entries.flatMap(\.diagnostics).sorted() }
    /// The texts of the files with findings.
    public var sources: [SourceText] { entries.compactMap(\.source) }

    /// Reads and checks `files`. A file that cannot be read at all is an error of the run.
    public static func load(
        files: [String], configuration: PublishConfiguration, loader: NoticeLoader? = nil
    ) throws(NoticeLoader.ReadError) -> NoticeSet {
        let loader = loader ?? NoticeLoader(interpreter: configuration.interpreter)
        let checker = Checker(configuration: configuration)
        let results = ResultSlots<Result<Entry, NoticeLoader.ReadError>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                let loaded = try loader.load(path: files[index])
                results.set(index, .success(Entry(loaded: loaded, diagnostics: checker.check(loaded))))
            } catch let error as NoticeLoader.ReadError {
                results.set(index, .failure(error))
            } catch {
                results.set(index, .failure(NoticeLoader.ReadError(path: files[index], reason: Message("read.failed", "\(error)"))))
            }
        }
        var entries: [Entry] = []
        for result in results.values {
            switch result {
            case .success(let entry): entries.append(entry)
            case .failure(let error): throw error
            case nil: break
            }
        }
        // A 索引号 two files give: the site's rule, reported by `check` as `build` does.
        let duplicates = DuplicateIndexNumbers.findings(entries.compactMap(\.indexNumber), configuration: configuration)
        for finding in duplicates {
            if let index = entries.firstIndex(where: { $0.path == finding.file }) {
                entries[index].diagnostics = (entries[index].diagnostics + [finding]).sorted()
            }
        }
        return NoticeSet(entries: entries)
    }
}

/// One slot per index, filled from several threads.
package final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value?] { lock.withLock { slots } }
}
