import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Maps the path of a request to a file of the built site, and refuses every path that would
/// reach outside it.
///
/// The raw, percent-encoded path is decoded one segment at a time, so `%2e%2e` and `%2f` cannot
/// smuggle a `..` or a `/` past the check; `.` and `..` segments are refused outright rather than
/// folded (a browser never sends them). The path found is then resolved with `realpath` and must
/// still lie inside the site: a symbolic link that points out of it is refused too.
package struct SiteFileLookup: Sendable {
    /// The site folder, symbolic links resolved.
    let root: String

    enum Outcome: Equatable {
        /// A regular file inside the site (its resolved path).
        case file(String)
        /// A folder asked for without its trailing `/`: relative links in its `index.html` only
        /// work from `folder/`, so the browser is sent there.
        case redirect(String)
        case notFound
        /// A path that tries to leave the site.
        case forbidden
    }

    init(root: String) {
        self.root = SiteFileLookup.realPath(root) ?? root
    }

    /// The decoded segments of `rawPath` (a percent-encoded path starting with `/`), or nil
    /// when it tries to leave the folder it is resolved in: a `.` or `..` segment, in any
    /// encoding, an encoded `/` or `\`, a NUL, undecodable bytes.
    static func segments(of rawPath: String) -> [String]? {
        guard rawPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = raw.removingPercentEncoding else { return nil }
            if segment == "." || segment == ".." || segment.contains("/") || segment.contains("\\")
                || segment.unicodeScalars.contains("\u{0}")
            {
                return nil
            }
            segments.append(segment)
        }
        return segments
    }

    /// Looks up `rawPath`, the percent-encoded path of the request target (no query).
    func resolve(rawPath: String) -> Outcome {
        guard let segments = SiteFileLookup.segments(of: rawPath) else { return .forbidden }
        let rawSegments = rawPath.split(separator: "/", omittingEmptySubsequences: true)
        let candidate = segments.isEmpty ? root : root + "/" + segments.joined(separator: "/")
        guard let resolved = SiteFileLookup.realPath(candidate) else { return .notFound }
        guard isInside(resolved) else { return .forbidden }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else { return .notFound }
        if !isDirectory.boolValue { return .file(resolved) }
        // Rebuilt from the segments, so `//host/folder` cannot become a redirect to another host.
        if !rawPath.hasSuffix("/") { return .redirect("/" + rawSegments.joined(separator: "/") + "/") }
        guard let index = SiteFileLookup.realPath(resolved + "/index.html") else { return .notFound }
        guard isInside(index) else { return .forbidden }
        return .file(index)
    }

    private func isInside(_ path: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
