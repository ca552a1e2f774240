import PublishCore
import PublishReading
import PublishRules

/// Renders rich text as HTML inline markup. Every character of the author's text is escaped; raw
/// HTML the author wrote shows as text; links and images with unsafe schemes show as text.
package enum InlineHTML {
    package static func render(_ text: RichText) -> String {
        var html = ""
        var index = 0
        let runs = text.runs
        while index < runs.count {
            // Consecutive runs inside one link form one anchor.
            if let link = runs[index].link {
                var end = index
                while end + 1 < runs.count, runs[end + 1].link == link { end += 1 }
                let inner = runs[index...end].map(renderRun).joined()
                if HTMLEscaping.isSafe(url: link) {
                    html += "<a href=\"\(HTMLEscaping.escape(link))\">\(inner)</a>"
                } else {
                    html += inner
                }
                index = end + 1
                continue
            }
            html += renderRun(runs[index])
            index += 1
        }
        return html
    }

    private static func renderRun(_ run: TextRun) -> String {
        var html: String
        switch run.kind {
        case .text:
            html = HTMLEscaping.escape(run.text)
        case .code:
            html = "<code>\(HTMLEscaping.escape(run.text))</code>"
        case .html:
            let trimmed = run.text.trimmingCharacters(in: .whitespacesAndNewlines)
            html = trimmed.hasPrefix("<!--") ? "" : HTMLEscaping.escape(run.text)
        case .lineBreak:
            return "<br>\n"
        case .image:
            if let source = run.source, HTMLEscaping.isSafe(url: source, image: true) {
                html = "<img src=\"\(HTMLEscaping.escape(source))\" alt=\"\(HTMLEscaping.escape(run.text))\">"
            } else {
                html = HTMLEscaping.escape(run.text)
            }
        }
        if run.strikethrough { html = "<del>\(html)</del>" }
        if run.emphasis { html = "<em>\(html)</em>" }
        if run.strong { html = "<strong>\(html)</strong>" }
        return html
    }
}
