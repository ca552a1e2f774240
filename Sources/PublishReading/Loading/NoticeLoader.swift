import Foundation
import PublishCore

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
    public struct ReadError: MessageError {
        public var path: String
        public var reason: Message

        package init(path: String, reason: Message) {
            self.path = path
            self.reason = reason
        }

        /// `path: reason`.
        public var message: Message { Message("io.path-reason", path, reason) }

        public func text(in language: Language) -> String { message.text(in: language) }
    }

    /// Reads and interprets the file at `path` (as the user named it).
    public func load(path: String) throws(ReadError) -> LoadedNotice {
        let bytes = try read(path: path)
        // Too large: say how large the file is, not how much of it was read.
        var info = stat()
        if bytes.count > maximumFileSize, stat(path, &info) == 0 { return tooLarge(path: path, size: max(Int(info.st_size), bytes.count)) }
        return load(bytes: bytes, path: path)
    }

    /// The bytes of the file at `path`, read safely: only a regular file is read (a named pipe
    /// would block forever, a device like `/dev/zero` never ends), and at most
    /// `maximumFileSize + 1` bytes, so a huge file, or one that grows while it is read, cannot take
    /// the memory; `load(bytes:path:)` then reports it as too large.
    public func read(path: String) throws(ReadError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ReadError(path: path, reason: NoticeLoader.describe(errno: errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReadError(path: path, reason: Message("read.is-folder"))
        default: throw ReadError(path: path, reason: Message("read.not-regular"))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(path: path, reason: NoticeLoader.describe(errno: errno)) }
        defer { close(descriptor) }
        let limit = maximumFileSize + 1
        // Read straight into an array of the size the file has, and a byte more to see that it
        // grew meanwhile (then the rest comes in chunks, up to the limit).
        let expected = min(Int(info.st_size) + 1, limit)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, expected - count)
                if got == 0 { break }
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                count += got
            }
        }
        if failure != 0 { throw ReadError(path: path, reason: NoticeLoader.describe(errno: failure)) }
        guard bytes.count == expected, bytes.count < limit else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(path: path, reason: NoticeLoader.describe(errno: errno))
            }
            bytes += chunk[..<count]
        }
        return bytes
    }

    /// Why a file cannot be opened or read, in words a clerk can act on.
    package static func describe(errno code: Int32) -> Message {
        switch code {
        case ENOENT: Message("read.no-such-file")
        case EACCES, EPERM: Message("read.permission-denied")
        case ELOOP: Message("read.link-loop")
        case EISDIR: Message("read.is-folder")
        default: Message("read.failed", String(cString: strerror(code)))
        }
    }

    /// Interprets file contents already in memory.
    public func load(bytes: [UInt8], path: String) -> LoadedNotice {
        if bytes.count > maximumFileSize { return tooLarge(path: path, size: bytes.count) }
        let source = SourceText(bytes: bytes, path: path)
        let front = FrontMatterParser.parse(source)
        let markdown = parser.parse(source, blankedLines: front.lineCount)
        let notice = interpreter.interpret(markdown, frontMatter: front.frontMatter, path: path)
        // Text that is not UTF-8 has one finding (`parse/invalid-utf8`); what the later stages
        // find in its misread characters would be noise.
        let notUTF8 = source.diagnostics.contains { $0.rule == "parse/invalid-utf8" }
        let diagnostics = notUTF8 ? source.diagnostics : (source.diagnostics + front.diagnostics + markdown.diagnostics).inReportOrder()
        return LoadedNotice(source: source, markdown: markdown, notice: notice, diagnostics: diagnostics)
    }

    /// `300 bytes`, `12 KB`, `4 MB`, `50.5 MB`.
    package static func describe(bytes: Int) -> Message {
        if bytes < 1024 { return Message("size.bytes", bytes) }
        if bytes < 1024 * 1024 { return Message("size.kb", bytes / 1024) }
        let tenths = bytes * 10 / (1024 * 1024)
        return Message("size.mb", tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)")
    }

    private func tooLarge(path: String, size: Int) -> LoadedNotice {
        let source = SourceText(bytes: [], path: path)
        let diagnostic = Diagnostic(
            rule: PipelineRule.fileTooLarge.id, severity: .error,
            message: size == maximumFileSize + 1
                // `read(path:)` stops one byte past the limit: the size is not known, only that it is too large.
                ? Message("read.too-large.unknown-size", NoticeLoader.describe(bytes: maximumFileSize))
                : Message("read.too-large", NoticeLoader.describe(bytes: size), NoticeLoader.describe(bytes: maximumFileSize)),
            file: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            fix: Message("read.too-large.fix"))
        let empty = MarkdownDocument(blocks: [], diagnostics: [])
        let notice = interpreter.interpret(empty, frontMatter: FrontMatter(), path: path)
        return LoadedNotice(source: source, markdown: empty, notice: notice, diagnostics: [diagnostic])
    }
}
