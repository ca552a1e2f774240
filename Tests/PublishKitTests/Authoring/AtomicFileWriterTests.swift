import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// Files are created and replaced in one step, never over a file that must stay.
@Suite struct AtomicFileWriterTests {
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publish-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// What the folder holds besides the expected files: temporary files must not be left.
    static func leftovers(in folder: URL, besides names: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !names.contains($0) }
    }

    @Test func createMakesTheFoldersAndTheFile() throws {
        try Self.withFolder { folder in
            let path = folder.appendingPathComponent("content/2025/notice.md").path
            try AtomicFileWriter.write(Array("一\n".utf8), to: path, mode: .create)
            #expect(FileManager.default.contents(atPath: path) == Data("一\n".utf8))
            #expect(
                try Self.leftovers(in: folder.appendingPathComponent("content/2025"), besides: ["notice.md"]).isEmpty)
        }
    }

    @Test func createNeverReplaces() throws {
        try Self.withFolder { folder in
            let path = folder.appendingPathComponent("notice.md").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: AtomicFileWriter.Error.self) {
                try AtomicFileWriter.write(Array("new".utf8), to: path, mode: .create)
            }
            #expect(error?.exists == true)
            #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
            #expect(try Self.leftovers(in: folder, besides: ["notice.md"]).isEmpty)
        }
    }

    @Test func replaceKeepsThePermissions() throws {
        try Self.withFolder { folder in
            let path = folder.appendingPathComponent("notice.md").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
            try AtomicFileWriter.write(Array("new".utf8), to: path, mode: .replace)
            #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o640)
            #expect(try Self.leftovers(in: folder, besides: ["notice.md"]).isEmpty)
        }
    }

    @Test func replaceWritesThroughASymbolicLink() throws {
        try Self.withFolder { folder in
            let target = folder.appendingPathComponent("real.md").path
            let link = folder.appendingPathComponent("link.md").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: target))
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
            try AtomicFileWriter.write(Array("new".utf8), to: link, mode: .replace)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.md")
            #expect(FileManager.default.contents(atPath: target) == Data("new".utf8))
        }
    }

    @Test func aFolderIsNotReplaced() throws {
        try Self.withFolder { folder in
            let path = folder.appendingPathComponent("notice.md").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            #expect(throws: AtomicFileWriter.Error.self) {
                try AtomicFileWriter.write(Array("new".utf8), to: path, mode: .replace)
            }
            #expect(try Self.leftovers(in: folder, besides: ["notice.md"]).isEmpty)
        }
    }
}
