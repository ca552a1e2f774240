import Foundation
import Testing
@testable import PublishSite

/// `TreeRemoval` removes everything under the folder, on many threads, and nothing a link points to.
@Suite struct TreeRemovalTests {
    /// A site-like tree: `notices/<nn>/<slug>/` folders of four files each, a few files at the top.
    static func makeTree(at root: String, folders: Int) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: root, withIntermediateDirectories: true)
        for index in 0..<folders {
            let folder = "\(root)/notices/\(String(format: "%02d", index / 100))/n\(index)"
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ["index.html", "n.txt", "n.json", "n.docx"] {
                try Data("\(index) \(name)".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
            }
        }
        try Data("top".utf8).write(to: URL(fileURLWithPath: "\(root)/index.html"))
        try fileManager.createDirectory(atPath: "\(root)/assets/empty", withIntermediateDirectories: true)
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "tree-removal-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(arguments: [0, 1, 7, 450]) func removesTheWholeTree(folders: Int) throws {
        let base = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/site"
        try Self.makeTree(at: root, folders: folders)
        #expect(TreeRemoval.remove(root))
        #expect(!FileManager.default.fileExists(atPath: root))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == [])
    }

    /// A link to a folder outside is removed as a link: what it points to stays, file by file.
    @Test func linksAreNotFollowed() throws {
        let base = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let outside = base + "/outside"
        try Self.makeTree(at: outside, folders: 3)
        let root = base + "/site"
        try Self.makeTree(at: root, folders: 300)
        try FileManager.default.createSymbolicLink(atPath: root + "/notices/00/linked", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: root + "/top-link", withDestinationPath: outside + "/notices")
        #expect(TreeRemoval.remove(root))
        #expect(!FileManager.default.fileExists(atPath: root))
        for index in 0..<3 {
            let kept = try String(contentsOfFile: "\(outside)/notices/00/n\(index)/n.txt", encoding: .utf8)
            #expect(kept == "\(index) n.txt")
        }
    }

    /// The tree is cut into enough pieces to keep the threads busy, and each piece is inside it.
    @Test func subtreesCoverTheTreeInPieces() throws {
        let base = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/site"
        try Self.makeTree(at: root, folders: 450)
        let pieces = TreeRemoval.subtrees(of: root)
        #expect(pieces.count >= TreeRemoval.pieces)
        #expect(pieces.allSatisfy { $0.hasPrefix(root + "/") })
        #expect(pieces.contains(root + "/index.html"))
        #expect(pieces.contains(root + "/notices/03/n349") || pieces.contains(root + "/notices/03/n349/n.txt"))
        // A file, and a path that is not there.
        #expect(TreeRemoval.subtrees(of: root + "/index.html") == [root + "/index.html"])
        #expect(TreeRemoval.remove(base + "/missing"))
    }
}
