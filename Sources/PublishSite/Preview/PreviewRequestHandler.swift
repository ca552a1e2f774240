import FlyingFox
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Answers the preview's requests: the files of the current build (HTML with the live-reload
/// script added), the error page while the last build failed, and the long-polling endpoint.
package struct PreviewRequestHandler: HTTPHandler {
    let board: BuildBoard
    /// The language of the answers that are not the site's own pages.
    var language: Language = .english
    /// How long a poll waits for a new build before it answers with the same id.
    var pollInterval: Duration = .seconds(25)

    package func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // A page of another site that resolves its own name to 127.0.0.1 (DNS rebinding) could
        // otherwise read the preview; browsers always send the name they asked for.
        if let host = request.headers[.host], !PreviewRequestHandler.isLocal(host: host) {
            return response(
                .misdirectedRequest, ContentType.plainText, Message("preview.local-only").text(in: language) + "\n")
        }
        guard request.method == .GET else {
            var refused = response(
                .methodNotAllowed, ContentType.plainText, Message("preview.get-only").text(in: language) + "\n")
            refused.headers[HTTPHeader("Allow")] = "GET"
            return refused
        }
        let rawPath = request.target.path()
        if rawPath == LiveReload.eventsPath {
            return await nextBuild(since: request.query.first { $0.name == "since" }?.value ?? "")
        }
        let build = board.current
        guard SiteFileLookup.segments(of: rawPath) != nil else {
            return page(.forbidden, StatusPage.forbidden(path: rawPath, language: language), build: build)
        }
        switch build.outcome {
        case .failed(let failure):
            if PreviewRequestHandler.isPage(rawPath) {
                return page(.internalServerError, BuildFailurePage.html(failure), build: build)
            }
            return response(.internalServerError, ContentType.plainText, failure.terminalText + "\n")
        case .site(let folder):
            return serve(rawPath, from: folder, query: request.target.query(), build: build)
        }
    }

    // MARK: - Files

    private func serve(_ rawPath: String, from folder: String, query: String, build: PreviewBuild) -> HTTPResponse {
        switch SiteFileLookup(root: folder).resolve(rawPath: rawPath) {
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return page(.notFound, StatusPage.notFound(path: rawPath, language: language), build: build)
            }
            let type = ContentType.of(path)
            if type == ContentType.html {
                return page(.ok, String(decoding: data, as: UTF8.self), build: build)
            }
            return response(.ok, type, data)
        case .redirect(let location):
            var moved = response(.movedPermanently, ContentType.plainText, "see \(location)\n")
            moved.headers[.location] = query.isEmpty ? location : location + "?" + query
            return moved
        case .notFound:
            return page(.notFound, StatusPage.notFound(path: rawPath, language: language), build: build)
        case .forbidden:
            return page(.forbidden, StatusPage.forbidden(path: rawPath, language: language), build: build)
        }
    }

    // MARK: - Live reload

    private func nextBuild(since: String) async -> HTTPResponse {
        let board = self.board
        let interval = pollInterval
        let id = await withTaskGroup(of: String?.self) { group in
            group.addTask { await board.next(after: since) }
            group.addTask {
                try? await Task.sleep(for: interval)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? board.current.id
        }
        return response(.ok, ContentType.plainText, id)
    }

    // MARK: - Responses

    private func page(_ status: HTTPStatusCode, _ html: String, build: PreviewBuild) -> HTTPResponse {
        response(status, ContentType.html, LiveReload.inject(into: html, build: build.id))
    }

    private func response(_ status: HTTPStatusCode, _ type: String, _ text: String) -> HTTPResponse {
        response(status, type, Data(text.utf8))
    }

    private func response(_ status: HTTPStatusCode, _ type: String, _ body: Data) -> HTTPResponse {
        // A preview must never be cached: the next build changes every page.
        HTTPResponse(
            statusCode: status,
            headers: [
                .contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff",
            ],
            body: body)
    }

    // MARK: - Request facts

    /// Whether `host` (a `Host` header, with or without port) names this machine's loopback.
    static func isLocal(host: String) -> Bool {
        var name = host.lowercased()
        if let colon = name.lastIndex(of: ":"), !name.hasSuffix("]") {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost"
    }

    /// Whether `rawPath` asks for a page (a folder, an `.html` file or a name without extension)
    /// rather than a stylesheet, a text or a JSON file.
    static func isPage(_ rawPath: String) -> Bool {
        guard !rawPath.hasSuffix("/"), let last = rawPath.split(separator: "/").last else { return true }
        let name = last.lowercased()
        return name.hasSuffix(".html") || name.hasSuffix(".htm") || !name.contains(".")
    }
}
