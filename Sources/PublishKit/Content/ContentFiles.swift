import Foundation

/// Finds the notice files a command works on: Markdown files given by name, and every `*.md` file
/// under folders, in a stable order. Hidden files and folders are skipped.
public enum ContentFiles {
    public struct Error: Swift.Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func markdownFiles(in paths: [String]) throws(Error) -> [String] {
        var files: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Error(path: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = fileManager.enumerator(atPath: path) else {
                throw Error(path: path, reason: "the folder cannot be read")
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                if relative.hasSuffix(".md") {
                    found.append(path == "." ? relative : (path as NSString).appendingPathComponent(relative))
                }
            }
            files += found.sorted()
        }
        return files
    }
}
