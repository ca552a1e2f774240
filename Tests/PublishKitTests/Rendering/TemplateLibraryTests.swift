import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Scanning templates for their tags, and what the library refuses before anything is rendered.
@Suite struct TemplateLibraryTests {
    static let scans: [(template: String, tags: [String])] = [
        ("<p>{{name}}</p>", ["variable name 1:4"]),
        ("{{{ bodyHTML }}}", ["unescaped bodyHTML 1:1"]),
        ("{{& bodyHTML}}", ["unescaped bodyHTML 1:1"]),
        ("{{#list}}\n  {{.}}\n{{/list}}", ["section list 1:1", "variable . 2:3", "close list 3:1"]),
        ("{{^hasNotices}}无{{/hasNotices}}", ["inverted hasNotices 1:1", "close hasNotices 1:17"]),
        ("{{! a comment }}{{> block}}", ["comment a comment 1:1", "partial block 1:17"]),
        ("通报{{title}}", ["variable title 1:3"]),
        ("{{=<% %>=}}<% title %>{{title}}", ["other <% %> 1:1", "variable title 1:12"]),
        ("{{unclosed", []),
    ]

    @Test(arguments: scans)
    func scanFindsEachTagWhereItIs(template: String, tags: [String]) {
        let found = MustacheTag.scan(template).map { "\($0.kind) \($0.name) \($0.line):\($0.column)" }
        #expect(found == tags)
    }

    /// Templates in a scratch folder, loaded by the library.
    static func load(_ files: [String: String]) throws -> Result<TemplateLibrary, TemplateError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        do {
            return .success(try TemplateLibrary.load(folder: folder.path))
        } catch {
            return .failure(error)
        }
    }

    @Test func aMissingPartialIsAnErrorWithFileLineAndColumn() throws {
        let marked = MarkedText("<html>\n<body>\n  1️⃣{{> heade}}\n</body>\n")
        guard case .failure(let error) = try Self.load(["notice.mustache": marked.text]) else {
            Issue.record("a template that includes a partial that does not exist was accepted")
            return
        }
        #expect(error.file.hasSuffix("/notice.mustache"))
        #expect(error.line == marked[1].line)
        #expect(error.column == marked[1].column)
        #expect(error.message.contains("`heade`"))
        #expect(error.errorLine(in: .english).hasSuffix("notice.mustache:3:3: error: \(error.message)"))
        #expect(error.errorLine(in: .chinese).hasSuffix("notice.mustache:3:3: 错误：\(error.message.chinese)"))
    }

    @Test func aPartialOfTheBuiltInTemplatesOrOfTheFolderIsFound() throws {
        let page = "<html>{{> head}}{{> footer}}</html>\n"
        let loaded = try Self.load(["notice.mustache": page, "footer.mustache": "<footer>{{siteTitle}}</footer>\n"])
        let library = try loaded.get()
        let html = library.render(NoticeViewModel(notice: Fixtures.load("正文。\n").notice, siteTitle: "站点"), template: "notice")
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<footer>站点</footer>"))
    }

    @Test func theBuiltInTemplatesNameNoMissingPartial() throws {
        _ = try TemplateLibrary.builtIn()
        _ = try TemplateLibrary.load(folder: Fixtures.root.appendingPathComponent("Templates").path)
    }
}
