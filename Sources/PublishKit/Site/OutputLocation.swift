import Foundation

/// The folder a build writes, checked before anything is written: never `/`, the home folder,
/// the project root, or a folder that holds the content or the templates.
public struct OutputLocation: Sendable {
    /// The output folder as an absolute, standardised path (symbolic links resolved where they exist).
    public let path: String

    public struct Refusal: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public init(output: String, content: String, templates: String?, projectRoot: String) throws(Refusal) {
        let resolved = OutputLocation.resolve(output)
        let protected: [(String, String)] = [
            ("/", "the root folder"),
            (OutputLocation.resolve(NSHomeDirectory()), "your home folder"),
            (OutputLocation.resolve(projectRoot), "the project folder"),
        ]
        for (path, name) in protected where resolved == path {
            throw Refusal(reason: "refusing to build into \(output): it is \(name)")
        }
        for (path, name) in [(content, "content"), (templates, "templates")] {
            guard let path else { continue }
            let inner = OutputLocation.resolve(path)
            if inner == resolved || inner.hasPrefix(resolved == "/" ? "/" : resolved + "/") {
                throw Refusal(reason: "refusing to build into \(output): it holds the \(name) folder \(path)")
            }
        }
        self.path = resolved
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
