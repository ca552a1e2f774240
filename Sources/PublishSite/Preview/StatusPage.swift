import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The small pages the preview answers with when it serves no file: not found, refused.
///
/// They are HTML (with the live-reload script added when served), so a page that does not exist
/// yet appears by itself once the build that makes it has run.
package enum StatusPage {
    static func html(status: Int, title: Message, detail: Message, language: Language) -> String {
        let title = HTMLEscaping.escape(title.text(in: language))
        return """
            <!DOCTYPE html>
            <html lang="\(language == .chinese ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(status) \(title) · publish serve</title>
            <style>body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }</style>
            </head>
            <body>
            <h1>\(status) \(title)</h1>
            <p>\(HTMLEscaping.escape(detail.text(in: language)))</p>
            <p><a href="/">\(HTMLEscaping.escape(Message("preview.home-link").text(in: language)))</a></p>
            </body>
            </html>

            """
    }

    static func notFound(path: String, language: Language = .english) -> String {
        html(status: 404, title: Message("preview.not-found"), detail: Message("preview.not-found.detail", path), language: language)
    }

    static func forbidden(path: String, language: Language = .english) -> String {
        html(status: 403, title: Message("preview.forbidden"), detail: Message("preview.forbidden.detail", path), language: language)
    }
}
