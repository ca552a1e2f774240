import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The `Content-Type` a preview response declares for a file of the site, chosen by its name.
///
/// Browsers sniff less and less, and a stylesheet served as `application/octet-stream` is
/// ignored: every kind of file a site holds gets its proper type, text types with their charset
/// (the site is UTF-8 throughout).
package enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let plainText = "text/plain; charset=utf-8"

    /// The type for a file named `name` (a path or a last component).
    static func of(_ name: String) -> String {
        let file = name.split(separator: "/").last.map(String.init) ?? name
        if file == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return "application/octet-stream" }
        return byExtension[file[file.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    private static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "txt": plainText,
        "md": "text/markdown; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "zip": "application/zip",
    ]
}
