import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

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

    /// The reference notice exactly as published: the web copy's half-width `,():` and `1、`
    /// numbering, so its plain text is `samples/changchun-xinqu-2025.txt` byte for byte. Tests of
    /// faithful rendering, import and the style rules use it.
    static let referencePath = "Tests/PublishKitTests/Fixtures/samples/changchun-xinqu-2025.md"

    /// The example site's notice: the reference notice as `publish fmt --arabic-period` leaves it,
    /// with no finding (what a newcomer's `make site` shows).
    static let contentPath = "content/changchun-xinqu-2025.md"

    /// The reference notice as published, loaded under its path relative to the repository (as
    /// `publish` run from the root names it), so outputs hold no path of this machine.
    static func referenceNotice() throws -> LoadedNotice {
        try load(file: referencePath)
    }

    /// The example site's notice in `content/`.
    static func contentNotice() throws -> LoadedNotice {
        try load(file: contentPath)
    }

    /// A file of the repository, loaded under its path relative to the root.
    static func load(file path: String) throws -> LoadedNotice {
        let data = try Data(contentsOf: root.appendingPathComponent(path))
        return NoticeLoader().load(bytes: [UInt8](data), path: path)
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

/// Text with expected positions marked in it as `1️⃣`, `2️⃣` … (never counted by hand): the markers
/// are removed and their line and column (in scalars) recorded.
struct MarkedText {
    var text: String
    var locations: [Int: PublishCore.SourceLocation]

    init(_ marked: String) {
        var output = String.UnicodeScalarView()
        var locations: [Int: PublishCore.SourceLocation] = [:]
        var line = 1
        var column = 1
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if index + 2 < scalars.count, ("0"..."9").contains(scalar), scalars[index + 1] == "\u{FE0F}",
                scalars[index + 2] == "\u{20E3}" {
                locations[Int(scalar.value - 0x30)] = PublishCore.SourceLocation(line: line, column: column)
                index += 3
                continue
            }
            output.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        self.text = String(output)
        self.locations = locations
    }

    subscript(_ marker: Int) -> PublishCore.SourceLocation { locations[marker]! }
}

/// Compares `actual` with the golden file `name` under Fixtures/golden. With
/// `PUBLISH_RECORD_GOLDEN=1` it writes the file instead, and the test fails so a recording is
/// never mistaken for a pass.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = Fixtures.folder.appendingPathComponent("golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["PUBLISH_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); run again without PUBLISH_RECORD_GOLDEN", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
}
