import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The script that reloads a previewed page when the site has been rebuilt.
///
/// It is added to HTML responses as they are served, never to the built files, so what
/// `publish serve` shows is byte for byte what `publish build` writes, plus this one element.
/// The page knows the id of the build it came from and long-polls the events endpoint, which
/// answers as soon as the current build id differs (or after a while with the same id, and the
/// script asks again). Long polling needs nothing from the server but ordinary responses, goes
/// through any proxy, and when the server is gone the script just retries until it is back.
package enum LiveReload {
    /// The endpoint the script polls: `GET /__publish/events?since=<build id>` answers with the
    /// current build id as plain text.
    static let eventsPath = "/__publish/events"

    /// The `<script>` element for a page built by `build` (an id of ASCII letters, digits and `-`).
    static func script(build: String) -> String {
        // Our own ids are already safe inside a JavaScript string; the filter makes that a fact.
        let id = build.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return """
            <script data-publish-serve>(function () {
              var build = "\(id)";
              function poll(delay) {
                setTimeout(function () {
                  fetch("\(eventsPath)?since=" + encodeURIComponent(build), { cache: "no-store" })
                    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
                    .then(function (current) { if (current.trim() !== build) { location.reload(); } else { poll(0); } })
                    .catch(function () { poll(1000); });
                }, delay);
              }
              poll(0);
            })();</script>
            """
    }

    /// `html` with the script inserted before its last `</body>` (or at its end when it has none).
    static func inject(into html: String, build: String) -> String {
        let element = script(build: build) + "\n"
        guard let close = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + "\n" + element
        }
        var result = html
        result.insert(contentsOf: element, at: close.lowerBound)
        return result
    }
}
