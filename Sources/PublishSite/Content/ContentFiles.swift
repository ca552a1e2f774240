import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Walks the paths a command names to the Markdown files under them, in a stable order; hidden
/// files and folders are skipped. `ContentPolicy` is the public way in: it applies the site's
/// severities to what the walk reports.
///
/// Symbolic links under a folder are never followed, and each one that could hide a notice (a
/// link named `*.md`, or a link to a folder) is reported as `parse/symlink`: a link out of
/// `content/` would publish a file that is not in the repository (`../../etc/…`), a link inside it
/// would publish a notice twice, and a loop would never end. A file or folder named on the command
/// line is the user's choice and is followed.
public enum ContentFiles {
    /// A path that does not exist, or a folder that cannot be read.
    public struct Error: MessageError {
        public var path: String
        public var reason: Message

        /// `path: reason`.
        public var message: Message { Message("io.path-reason", path, reason) }

        public func text(in language: Language) -> String { message.text(in: language) }
    }

    /// The notice files found, and the entries that were not followed.
    struct Listing: Sendable {
        var files: [String]
        /// One `parse/symlink` warning per link that was not followed, at line 1 of the link, at
        /// the rule's default severity.
        var skipped: [Diagnostic]
    }

    static func list(_ paths: [String]) throws(Error) -> Listing {
        var listing = Listing(files: [], skipped: [])
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let reason = Message(FileStatus.isLink(path) ? "content.dangling-link" : "content.no-such-path")
                throw Error(path: path, reason: reason)
            }
            guard isDirectory.boolValue else {
                listing.files.append(path)
                continue
            }
            var found: [String] = []
            try walk(root: path, relative: "", into: &found, skipped: &listing.skipped, rootReal: FileStatus.realPath(path) ?? path)
            listing.files += found.sorted().map { path == "." ? $0 : (path as NSString).appendingPathComponent($0) }
        }
        listing.skipped.sort()
        return listing
    }

    // MARK: - Walking

    private static func walk(
        root: String, relative: String, into found: inout [String], skipped: inout [Diagnostic], rootReal: String
    ) throws(Error) {
        let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw Error(path: folder, reason: Message("content.folder-unreadable"))
        }
        for name in names where !name.hasPrefix(".") {
            let entry = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
            let full = (root as NSString).appendingPathComponent(entry)
            switch FileStatus.kind(full) {
            case .folder:
                try walk(root: root, relative: entry, into: &found, skipped: &skipped, rootReal: rootReal)
            case .link:
                if let diagnostic = linkDiagnostic(full, named: name, rootReal: rootReal) { skipped.append(diagnostic) }
            case .other:
                // Regular files, and named pipes or devices, which the loader refuses by name.
                if name.hasSuffix(".md") { found.append(entry) }
            }
        }
    }

    /// Why the link at `path` is not followed, for links that could hide a notice.
    private static func linkDiagnostic(_ path: String, named name: String, rootReal: String) -> Diagnostic? {
        let written = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        let message: Message
        switch FileStatus.target(of: path) {
        case .loop:
            message = Message("content.link.loop", written)
        case .missing:
            guard name.hasSuffix(".md") else { return nil }
            message = Message("content.link.missing", written)
        case .found(let real, let isFolder):
            guard name.hasSuffix(".md") || isFolder else { return nil }
            let folder = FileStatus.realPath((path as NSString).deletingLastPathComponent) ?? rootReal
            if isFolder && FileStatus.contains(real, folder) {
                message = Message("content.link.self-loop", written)
            } else if FileStatus.contains(rootReal, real) {
                message = Message("content.link.inside", written)
            } else {
                message = Message("content.link.outside", written)
            }
        }
        return Diagnostic(
            rule: PipelineRule.symlink.id, severity: .warning, message: message,
            file: path, range: SourceRange(at: SourceLocation(line: 1, column: 1)),
            fix: Message("content.link.fix"))
    }
}

/// `lstat`/`stat` answers the walk needs, without following links where that matters.
package enum FileStatus {
    enum Kind { case folder, link, other }
    enum Target { case loop, missing, found(realPath: String, isFolder: Bool) }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    static func isLink(_ path: String) -> Bool { kind(path) == .link }

    static func target(of path: String) -> Target {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ELOOP ? .loop : .missing }
        return .found(realPath: realPath(path) ?? path, isFolder: info.st_mode & S_IFMT == S_IFDIR)
    }

    /// Whether the real path `inner` is `outer` or lies under it.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        inner == outer || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
