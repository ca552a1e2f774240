import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Many notices loaded and checked at once, in parallel, results in the order of the files.
///
/// `check(files:…)` streams: each file's findings (and its text, to quote lines) are handed on
/// and dropped, so memory does not grow with the content or with the number of findings.
/// `load` keeps every file's findings, for callers that want them all.
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

    /// Reads and checks `files`, keeping every finding. A file that cannot be read at all is an
    /// error of the run. Commands use `check(files:configuration:each:)`, which keeps nothing.
    public static func load(
        files: [String], configuration: PublishConfiguration, loader: NoticeLoader? = nil
    ) throws(NoticeLoader.ReadError) -> NoticeSet {
        var entries: [Entry] = []
        try check(files: files, configuration: configuration, loader: loader) { entry in entry } each: { entries.append($0) }
        return NoticeSet(entries: entries)
    }

    /// Reads and checks `files` in parallel and hands each file's outcome to `each`, in the order
    /// of `files`, as soon as that file and all before it are checked (`OrderedStream`): a file's
    /// model, text and findings are dropped once `each` has returned. `digest` runs on the worker
    /// that checked the file (format its findings there, in parallel); `each` runs on the calling
    /// thread. The first file that cannot be read at all stops the run with its error, after the
    /// files before it were handed on.
    public static func check<Digest>(
        files: [String], configuration: PublishConfiguration, loader: NoticeLoader? = nil,
        parallel: Bool = true,
        digest: @escaping @Sendable (Entry) -> Digest,
        each: (Digest) -> Void
    ) throws(NoticeLoader.ReadError) {
        let loader = loader ?? NoticeLoader(interpreter: configuration.interpreter)
        let checker = Checker(configuration: configuration)
        // A 索引号 an earlier file (by path) gave is found when its turn comes: the files with one
        // travel whole to the calling thread, and the few with a duplicate are digested again there.
        var indexNumbers = DuplicateIndexNumbers.Tracker(configuration: configuration)
        try OrderedStream.run(count: files.count, parallel: parallel) { index -> Result<(Digest, Entry?), NoticeLoader.ReadError> in
            do {
                let loaded = try loader.load(path: files[index])
                let entry = Entry(loaded: loaded, diagnostics: checker.check(loaded))
                return .success((digest(entry), entry.indexNumber == nil ? nil : entry))
            } catch let error as NoticeLoader.ReadError {
                return .failure(error)
            } catch {
                return .failure(NoticeLoader.ReadError(path: files[index], reason: Message("read.failed", "\(error)")))
            }
        } deliver: { (_, result) throws(NoticeLoader.ReadError) in
            let (value, entry) = try result.get()
            if var entry, let use = entry.indexNumber {
                let duplicates = indexNumbers.add(use)
                if !duplicates.isEmpty {
                    entry.diagnostics = (entry.diagnostics + duplicates).sorted()
                    each(digest(entry))
                    return
                }
            }
            each(value)
        }
    }
}
