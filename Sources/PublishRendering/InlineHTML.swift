import PublishCore
import PublishReading
import PublishRules

/// Renders rich text as HTML inline markup. Every character of the author's text is escaped; raw
/// HTML the author wrote shows as text; links and images with unsafe schemes show as text.
package enum InlineHTML {
    /// The markup of `text`, as the bytes it is written in.
    package static func render(_ text: RichText) -> HTMLFragment {
        var html = UTF8Rewriter(capacity: 256)
        append(text, to: &html)
        return HTMLFragment(bytes: html.takeBytes())
    }

    /// Appends the markup of `text` to `html`: a paragraph's pieces go into one buffer.
    package static func append(_ text: RichText, to html: inout UTF8Rewriter) {
        var index = 0
        let runs = text.runs
        while index < runs.count {
            // Consecutive runs inside one link form one anchor.
            if let link = runs[index].link {
                var end = index
                while end + 1 < runs.count, runs[end + 1].link == link { end += 1 }
                let isSafe = HTMLEscaping.isSafe(url: link)
                if isSafe {
                    html.append("<a href=\"")
                    HTMLEscaping.append(escaping: link, to: &html)
                    html.append("\">")
                }
                for run in runs[index...end] { append(run, to: &html) }
                if isSafe { html.append("</a>") }
                index = end + 1
                continue
            }
            append(runs[index], to: &html)
            index += 1
        }
    }

    private static func append(_ run: TextRun, to html: inout UTF8Rewriter) {
        if run.kind == .lineBreak {
            html.append("<br>\n")
            return
        }
        if run.strong { html.append("<strong>") }
        if run.emphasis { html.append("<em>") }
        if run.strikethrough { html.append("<del>") }
        switch run.kind {
        case .text:
            HTMLEscaping.append(escaping: run.text, to: &html)
        case .code:
            html.append("<code>")
            HTMLEscaping.append(escaping: run.text, to: &html)
            html.append("</code>")
        case .html:
            let trimmed = run.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.hasPrefix("<!--") { HTMLEscaping.append(escaping: run.text, to: &html) }
        case .lineBreak:
            break
        case .image:
            if let source = run.source, HTMLEscaping.isSafe(url: source, image: true) {
                html.append("<img src=\"")
                HTMLEscaping.append(escaping: source, to: &html)
                html.append("\" alt=\"")
                HTMLEscaping.append(escaping: run.text, to: &html)
                html.append("\">")
            } else {
                HTMLEscaping.append(escaping: run.text, to: &html)
            }
        }
        if run.strikethrough { html.append("</del>") }
        if run.emphasis { html.append("</em>") }
        if run.strong { html.append("</strong>") }
    }
}
