import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The folder a build writes, checked before anything is written: never `/`, the home folder,
/// the project root, a folder that holds the content or the templates or lies inside the templates,
/// and never something that is not a folder (the build replaces the output as a whole, so a file
/// given by mistake would be deleted). Every check runs on the resolved path, so `..`, a relative
/// path and a symbolic link are judged by where they lead.
public struct OutputLocation: Sendable {
    /// The output folder as an absolute, standardised path (symbolic links resolved where they exist).
    public let path: String

    public struct Refusal: MessageError {
        public var reason: Message

        public func text(in language: Language) -> String { reason.text(in: language) }
    }

    public init(output: String, content: String, templates: String?, projectRoot: String) throws(Refusal) {
        let resolved = OutputLocation.resolve(output)
        let protected: [(String, String)] =
            [("/", "output.refused.root"), (OutputLocation.resolve(projectRoot), "output.refused.project")]
            + OutputLocation.homeFolders.map { ($0, "output.refused.home") }
        for (path, id) in protected where resolved == path {
            throw Refusal(reason: Message(id: id, arguments: [.text(output)]))
        }
        for (path, name) in [(content, "content"), (templates, "templates")] {
            guard let path else { continue }
            let inner = OutputLocation.resolve(path)
            if inner == resolved || inner.hasPrefix(resolved == "/" ? "/" : resolved + "/") {
                throw Refusal(reason: Message(name == "content" ? "output.refused.holds-content" : "output.refused.holds-templates", output, path))
            }
            // A site inside the templates could replace `Templates/assets` (its stylesheets).
            if name == "templates", resolved.hasPrefix(inner == "/" ? "/" : inner + "/") {
                throw Refusal(reason: Message("output.refused.inside-templates", output, path))
            }
        }
        var info = stat()
        if lstat(resolved, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: break
            case S_IFLNK:
                throw Refusal(reason: Message("output.refused.dangling-link", output))
            default:
                throw Refusal(reason: Message("output.refused.file", output))
            }
        }
        self.path = resolved
    }

    /// The home folder both as the user database gives it and as `$HOME` (the shell's `~`) says:
    /// the two differ in containers, under `sudo` and in CI, and `--output ~` must be refused
    /// whichever one it means.
    static var homeFolders: [String] {
        var homes = [NSHomeDirectory()]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
        return homes.map(resolve)
    }

    /// An absolute path with `.`/`..` removed and symbolic links resolved for the part that exists.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var url = URL(fileURLWithPath: absolute).standardized
        // Resolve links on the longest existing prefix; the rest is appended as written.
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            missing.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var resolved = url.resolvingSymlinksInPath().path
        for part in missing { resolved = (resolved as NSString).appendingPathComponent(part) }
        return resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }
}
