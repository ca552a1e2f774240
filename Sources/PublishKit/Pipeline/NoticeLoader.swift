import Foundation

/// Reads one notice file through the whole front end: bytes → text → front matter → Markdown →
/// `Notice`.
public struct NoticeLoader: Sendable {
    public var parser: CmarkParser
    public var interpreter: NoticeInterpreter
    /// Larger files are refused with a diagnostic: a notice is tens of kilobytes, and libcmark-gfm
    /// has known slow paths on huge hostile input.
    public var maximumFileSize: Int

    public init(
        parser: CmarkParser = CmarkParser(), interpreter: NoticeInterpreter = NoticeInterpreter(),
        maximumFileSize: Int = 4 * 1024 * 1024
    ) {
        self.parser = parser
        self.interpreter = interpreter
        self.maximumFileSize = maximumFileSize
    }

    /// A file that cannot be read at all.
    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Reads and interprets the file at `path` (as the user named it).
    public func load(path: String) throws(ReadError) -> LoadedNotice {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw ReadError(path: path, reason: "is a folder, not a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            return tooLarge(path: path, size: size)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadError(path: path, reason: "cannot be read (\((error as NSError).localizedDescription))")
        }
        return load(bytes: [UInt8](data), path: path)
    }

    /// Interprets file contents already in memory.
    public func load(bytes: [UInt8], path: String) -> LoadedNotice {
        if bytes.count > maximumFileSize { return tooLarge(path: path, size: bytes.count) }
        let source = SourceText(bytes: bytes, path: path)
        let front = FrontMatterParser.parse(source)
        let markdown = parser.parse(source, blankedLines: front.lineCount)
        let notice = interpreter.interpret(markdown, frontMatter: front.frontMatter, path: path)
        let diagnostics = (source.diagnostics + front.diagnostics + markdown.diagnostics).sorted()
        return LoadedNotice(source: source, markdown: markdown, notice: notice, diagnostics: diagnostics)
    }

    /// `300 bytes`, `12 KB`, `4 MB`, `50.5 MB`.
    static func describe(bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    private func tooLarge(path: String, size: Int) -> LoadedNotice {
        let source = SourceText(bytes: [], path: path)
        let diagnostic = Diagnostic(
            rule: "parse/file-too-large", severity: .error,
            message: "the file is \(NoticeLoader.describe(bytes: size)); the limit for a notice is \(NoticeLoader.describe(bytes: maximumFileSize))",
            file: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            fix: "split the file, or check that it is really a notice")
        let empty = MarkdownDocument(blocks: [], diagnostics: [])
        let notice = interpreter.interpret(empty, frontMatter: FrontMatter(), path: path)
        return LoadedNotice(source: source, markdown: empty, notice: notice, diagnostics: [diagnostic])
    }
}
