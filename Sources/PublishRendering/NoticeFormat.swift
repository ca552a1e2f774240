import Foundation
import PublishCore

/// The files a notice is published as beside its page, and that `publish render` prints: one
/// entry per format, so a new format is one more entry here (and a renderer beside it).
///
/// The page itself (HTML through the templates) is not among them: it needs the site's
/// templates and view model.
public struct NoticeFormat: Sendable {
    /// Where the rendering goes: the site (compact JSON, text ending in a line break) or standard
    /// output and `-o` (indented JSON, text with the command's options).
    public enum Use: Sendable {
        case site
        case command(text: PlainTextRenderer.Options)
    }

    /// The name `--format` takes.
    public var name: String
    /// What the page's download link calls it (`Word 文档`, `纯文本`, `JSON 数据`).
    public var label: String
    /// The file name extension beside the page (`<slug>.<extension>`).
    public var fileExtension: String
    /// Whether the output is a binary file (it is then not written to a terminal by accident).
    public var isBinary: Bool
    private let renderer: @Sendable (Notice, Use) throws -> [UInt8]

    public init(
        name: String, label: String, fileExtension: String, isBinary: Bool, render: @escaping @Sendable (Notice, Use) throws -> [UInt8]
    ) {
        self.name = name
        self.label = label
        self.fileExtension = fileExtension
        self.isBinary = isBinary
        self.renderer = render
    }

    public func render(_ notice: Notice, for use: Use) throws -> [UInt8] {
        try renderer(notice, use)
    }

    /// The file's name beside the page of the notice with this slug (`2025/notice` → `notice.txt`).
    public func fileName(forSlug slug: String?) -> String {
        var name = String(Self.lastComponent(of: slug))
        name.reserveCapacity(name.utf8.count + 1 + fileExtension.utf8.count)
        name.append(".")
        name.append(fileExtension)
        return name
    }

    /// What `slug?.split(separator: "/").last ?? "notice"` gives (the last non-empty part between
    /// slashes), found from the end without an array of every part: a page and its files ask for
    /// it six times.
    package static func lastComponent(of slug: String?) -> Substring {
        guard let slug else { return "notice" }
        if let found = lastASCIIComponent(of: slug) { return found }
        var end = slug.endIndex
        while end > slug.startIndex {
            let before = slug.index(before: end)
            guard slug[before] == "/" else { break }
            end = before
        }
        guard end > slug.startIndex else { return "notice" }
        let start = slug[..<end].lastIndex(of: "/").map { slug.index(after: $0) } ?? slug.startIndex
        return slug[start..<end]
    }

    /// `lastComponent(of:)` for an ASCII slug, found in its bytes: in ASCII text a `/` is a
    /// character of its own (only CR LF join), so the bytes split where the characters do. Nil
    /// when the slug is not ASCII (a combining mark after a `/` makes one character with it) or
    /// its bytes are not contiguous.
    package static func lastASCIIComponent(of slug: String) -> Substring? {
        let slash = UInt8(ascii: "/")
        let bounds = slug.utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int)? in
            var isASCII = true
            for byte in bytes where byte >= 0x80 {
                isASCII = false
                break
            }
            guard isASCII else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != slash { start -= 1 }
            return (start, end)
        }
        guard let found = bounds, let (start, end) = found else { return nil }
        guard end > 0 else { return "notice" }
        let utf8 = slug.utf8
        return slug[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    // MARK: - The formats

    /// The site's copy starts with a UTF-8 byte order mark: most servers send `.txt` as
    /// `text/plain` without a charset, and browsers then guess a legacy encoding (mojibake) unless
    /// the file starts with a BOM. `publish render --format text` stays the text alone, byte for byte.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static let text = NoticeFormat(name: "text", label: "纯文本", fileExtension: "txt", isBinary: false) { notice, use in
        switch use {
        case .site:
            // Into one buffer, the mark and the last line break included.
            return PlainTextRenderer().renderUTF8(notice, prefix: byteOrderMark, suffix: [UInt8(ascii: "\n")])
        case .command(let options): return PlainTextRenderer(options: options).renderUTF8(notice)
        }
    }

    public static let json = NoticeFormat(name: "json", label: "JSON 数据", fileExtension: "json", isBinary: false) { notice, use in
        var bytes: [UInt8]
        switch use {
        case .site: bytes = JSONRenderer(pretty: false).renderUTF8(notice)
        case .command: bytes = JSONRenderer().renderUTF8(notice)
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    public static let docx = NoticeFormat(name: "docx", label: "Word 文档", fileExtension: "docx", isBinary: true) { notice, _ in
        try DocxRenderer().renderBytes(notice)
    }

    /// The order of the page's download links: the document, then the text, then the data.
    public static let downloadOrder: [NoticeFormat] = [docx, text, json]

    /// Every format, in the order the site writes them.
    public static let all: [NoticeFormat] = [text, json, docx]

    public static func named(_ name: String) -> NoticeFormat? {
        all.first { $0.name == name }
    }
}
