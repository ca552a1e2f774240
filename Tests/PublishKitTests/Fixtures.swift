import Foundation
@testable import PublishKit

/// Paths and loaders the tests share.
enum Fixtures {
    /// The repository root (the folder with `Package.swift`).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// This test target's fixture folder.
    static let folder = root.appendingPathComponent("Tests/PublishKitTests/Fixtures")

    static let referencePath = "content/changchun-xinqu-2025.md"

    static func referenceNotice() throws -> LoadedNotice {
        try NoticeLoader().load(path: root.appendingPathComponent(referencePath).path)
    }

    /// A file of `../shared/samples` beside the checkout, or the copy kept in the fixtures.
    static func sharedSample(_ name: String) throws -> String {
        let kept = folder.appendingPathComponent("samples").appendingPathComponent(name)
        return try String(contentsOf: kept, encoding: .utf8)
    }

    /// Loads Markdown text as if it were a file named `path`.
    static func load(_ markdown: String, path: String = "test.md") -> LoadedNotice {
        NoticeLoader().load(bytes: Array(markdown.utf8), path: path)
    }
}
