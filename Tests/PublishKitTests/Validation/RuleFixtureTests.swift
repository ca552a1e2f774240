import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// One fixture per rule id under `Fixtures/rules/<group>/<name>.md`: an input with the faulty spots
/// marked `1️⃣`, `2️⃣` …, and `<name>.expected` with one line per expected finding of that rule:
///
///     1️⃣ error: the notice has no 需长期整改事项（long-term items） part
///
/// The test runs the whole pipeline (loader and checker, default configuration) and compares the
/// findings of the fixture's rule: severity, line, column and message.
@Suite struct RuleFixtureTests {
    static let folder = Fixtures.folder.appendingPathComponent("rules")

    /// The rules a notice's text shows; `build/*` findings are about a site (two notices, a slug)
    /// and have their fixture sites under `Fixtures/malformed/` (`everyBuildRuleHasAFixtureSite`).
    static var ids: [String] { RuleRegistry.descriptors.map(\.id).filter { !$0.hasPrefix("build/") } }

    @Test func everyPipelineRuleIsRegistered() {
        let registered = Set(RuleRegistry.descriptors.map(\.id))
        for rule in PipelineRule.allCases {
            #expect(registered.contains(rule.id), "\(rule.id) has no descriptor in the registry")
        }
    }

    @Test func everyBuildRuleHasAFixtureSite() throws {
        let malformed = Fixtures.folder.appendingPathComponent("malformed")
        var expected = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: malformed.path) {
            let file = malformed.appendingPathComponent(name).appendingPathComponent("expected.json")
            expected += (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        }
        for id in RuleRegistry.descriptors.map(\.id) where id.hasPrefix("build/") {
            #expect(expected.contains("\"rule\": \"\(id)\""), "no fixture site under malformed/ expects \(id)")
        }
    }

    @Test func everyRegisteredRuleHasAFixture() {
        for id in Self.ids {
            let input = Self.folder.appendingPathComponent(id + ".md")
            let expected = Self.folder.appendingPathComponent(id + ".expected")
            #expect(FileManager.default.fileExists(atPath: input.path), "no fixture \(id).md")
            #expect(FileManager.default.fileExists(atPath: expected.path), "no fixture \(id).expected")
        }
    }

    @Test func everyFixtureNamesARegisteredRule() throws {
        let enumerator = FileManager.default.enumerator(atPath: Self.folder.path)
        let files = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }
        #expect(!files.isEmpty)
        for file in files {
            #expect(Self.ids.contains(String(file.dropLast(3))), "fixture \(file) names no registered rule")
        }
    }

    @Test(arguments: ids)
    func fixtureGivesTheExpectedFindings(id: String) throws {
        let input = Self.folder.appendingPathComponent(id + ".md")
        guard let bytes = FileManager.default.contents(atPath: input.path) else { return }  // reported above
        let raw = String(decoding: bytes, as: UTF8.self)
        let marked = MarkedText(raw)
        let expectedText = try String(contentsOf: Self.folder.appendingPathComponent(id + ".expected"), encoding: .utf8)
        let expected = try expectedText.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let parsed = MarkedText(String(line))
            let marker = try #require(parsed.locations.keys.first, "expectation without a marker: \(line)")
            let rest = parsed.text.trimmingCharacters(in: .whitespaces)
            let colon = try #require(rest.firstIndex(of: ":"))
            let location = try #require(marked.locations[marker], "\(id).md has no marker \(marker)")
            return Expectation(
                severity: String(rest[..<colon]), line: location.line, column: location.column,
                message: rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        // Bytes other than the markers stay as written (a fixture may hold a BOM or invalid UTF-8).
        let input_ = Self.strippingMarkers(bytes)
        let findings: [Diagnostic]
        if id == "parse/symlink" {
            findings = try Self.linkedInFindings(input_)
        } else {
            let loaded = NoticeLoader(maximumFileSize: id == "parse/file-too-large" ? 64 : 4 * 1024 * 1024)
                .load(bytes: input_, path: "rules/\(id).md")
            findings = Checker().check(loaded)
        }
        let actual = findings.filter { $0.rule == id }.map {
            Expectation(severity: $0.severity.rawValue, line: $0.range.start.line, column: $0.range.start.column, message: $0.message.english)
        }
        #expect(!expected.isEmpty, "\(id).expected lists no finding")
        #expect(actual.sorted() == expected.sorted(), "\(id)")
    }

    /// `parse/symlink` is a finding about the content folder, not a file's text: the fixture is
    /// kept outside a scratch `content/` and linked in as `content/symlink.md`.
    static func linkedInFindings(_ bytes: [UInt8]) throws -> [Diagnostic] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("publish-symlink-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outside = scratch.appendingPathComponent("outside")
        let content = scratch.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data(bytes).write(to: outside.appendingPathComponent("symlink.md"))
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("symlink.md").path, withDestinationPath: "../outside/symlink.md")
        let listing = try ContentFiles.list([content.path])
        #expect(listing.files.isEmpty, "the link was followed")
        return listing.skipped
    }

    struct Expectation: Comparable, CustomStringConvertible {
        var severity: String
        var line: Int
        var column: Int
        var message: String

        static func < (a: Expectation, b: Expectation) -> Bool {
            (a.line, a.column, a.severity, a.message) < (b.line, b.column, b.severity, b.message)
        }

        var description: String { "\(line):\(column) \(severity): \(message)" }
    }

    /// Removes `N️⃣` markers from raw bytes without decoding the rest.
    static func strippingMarkers(_ bytes: Data) -> [UInt8] {
        let marker: [UInt8] = [0xEF, 0xB8, 0x8F, 0xE2, 0x83, 0xA3]  // U+FE0F U+20E3
        var out: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if (0x30...0x39).contains(bytes[index]), bytes.endIndex - index > marker.count,
                Array(bytes[(index + 1)..<(index + 1 + marker.count)]) == marker {
                index += 1 + marker.count
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }
}
