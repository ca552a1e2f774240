import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The small pages the preview answers with when it serves no file: not found, refused.
///
/// They are HTML (with the live-reload script added when served), so a page that does not exist
/// yet appears by itself once the build that makes it has run.
package enum StatusPage {
    static func html(status: Int, title: String, detail: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(status) \(HTMLEscaping.escape(title)) · publish serve</title>
        <style>body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }</style>
        </head>
        <body>
        <h1>\(status) \(HTMLEscaping.escape(title))</h1>
        <p>\(HTMLEscaping.escape(detail))</p>
        <p><a href="/">The home page of the site</a></p>
        </body>
        </html>

        """
    }

    static func notFound(path: String) -> String {
        html(status: 404, title: "Not found", detail: "The site has no page at \(path).")
    }

    static func forbidden(path: String) -> String {
        html(status: 403, title: "Forbidden", detail: "\(path) lies outside the site.")
    }
}
