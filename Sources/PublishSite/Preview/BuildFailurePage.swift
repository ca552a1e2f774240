import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The page the preview shows in place of every HTML page while the last build failed.
///
/// A stale site would look like the edit had been taken; this page says what is wrong and where,
/// and, with the live-reload script added like on any page, turns back into the site as soon as a
/// build succeeds. Everything that comes from the content or the messages is escaped: a message
/// may quote the author's text, `<script>` included. It needs nothing from the site (its style is
/// inline), since there may be no site at all.
package enum BuildFailurePage {
    static func html(_ failure: BuildFailure) -> String {
        let language = failure.language
        func say(_ id: String) -> String { HTMLEscaping.escape(Message(id).text(in: language)) }
        let rows = failure.problems.map { problem in
            let fix = problem.fix.map { "<div class=\"fix\">\(HTMLEscaping.escape($0.text(in: language)))</div>" } ?? ""
            return """
                <tr><td class="file">\(HTMLEscaping.escape(problem.file ?? "—"))</td>\
                <td class="line">\(problem.line.map(String.init) ?? "")</td>\
                <td class="column">\(problem.column.map(String.init) ?? "")</td>\
                <td class="rule"><code>\(HTMLEscaping.escape(problem.rule))</code></td>\
                <td class="message">\(HTMLEscaping.escape(problem.message.text(in: language)))\(fix)</td></tr>
                """
        }
        let summary = Message("preview.failure-summary", failure.summary).text(in: language)
        return """
            <!DOCTYPE html>
            <html lang="\(language == .chinese ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(say("preview.failure-title")) · publish serve</title>
            <style>
            body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
            h1 { color: #a40000; font-size: 1.4rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
            td.file, td.rule { font-family: ui-monospace, monospace; word-break: break-all; }
            td.line, td.column { font-variant-numeric: tabular-nums; }
            .fix { color: #555; margin-top: .2rem; }
            </style>
            </head>
            <body>
            <h1>\(say("preview.failure-title"))</h1>
            <p class="summary">\(HTMLEscaping.escape(summary))</p>
            <table>
            <thead><tr><th>\(say("preview.column.file"))</th><th>\(say("preview.column.line"))</th>\
            <th>\(say("preview.column.column"))</th><th>\(say("preview.column.rule"))</th>\
            <th>\(say("preview.column.message"))</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </body>
            </html>

            """
    }
}
