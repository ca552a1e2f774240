import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

@Suite struct HTMLRendererTests {
    static func html(_ markdown: String) throws -> String {
        HTMLRenderer(templates: try TemplateLibrary.builtIn()).render(Fixtures.load(markdown).notice)
    }

    @Test func authorMarkupNeverBecomesMarkup() throws {
        let html = try Self.html("""
            ---
            title: "</title><script>alert(1)</script>"
            issuer: "<img src=x onerror=alert(1)>"
            ---
            正文<script>alert(1)</script>，[链接](javascript:alert(1))，![图](data:text/html,x)，<b onclick="x">粗</b>。

            <div onmouseover="alert(1)">块</div>

            ## 一、某某情况

            （一）<em>某某</em>。正文 [好](https://example.cn) 。
            """)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("<div onmouseover"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("src=\"data:"))
        #expect(!html.contains("<b onclick"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<a href=\"https://example.cn\">好</a>"))
        #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    }

    @Test func headingsFollowTheNumberingLevel() throws {
        let html = try Self.html("""
            ## 一、甲

            ### （一）乙

            1.丙

            （1）丁。正文。

            一是戊。正文。
            """)
        #expect(html.contains("<h2 class=\"l1\"><span class=\"ordinal\">一、</span>甲</h2>"))
        #expect(html.contains("<h3 class=\"l2\" id=\"s1-1\"><span class=\"ordinal\">（一）</span>乙</h3>"))
        #expect(html.contains("<h4 class=\"l3\" id=\"s1-1-1\"><span class=\"ordinal\">1.</span>丙</h4>"))
        #expect(html.contains("<p class=\"runin l4\" id=\"s1-1-1-1\"><span class=\"ordinal\">（1）</span><span class=\"lead\">丁。</span>正文。</p>"))
        #expect(html.contains("<span class=\"measure\"><span class=\"ordinal\">一是</span><span class=\"lead\">戊。</span>正文。</span>"))
    }

    @Test func safeURLs() {
        #expect(HTMLEscaping.isSafe(url: "https://example.cn"))
        #expect(HTMLEscaping.isSafe(url: "/notices/a"))
        #expect(HTMLEscaping.isSafe(url: "mailto:a@b.cn"))
        #expect(!HTMLEscaping.isSafe(url: "javascript:alert(1)"))
        #expect(!HTMLEscaping.isSafe(url: " JaVa\tScRipt:alert(1)"))
        #expect(!HTMLEscaping.isSafe(url: "vbscript:x"))
        #expect(!HTMLEscaping.isSafe(url: "data:text/html,x"))
        #expect(!HTMLEscaping.isSafe(url: "data:image/png;base64,x", image: true))
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = Fixtures.root.appendingPathComponent("Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(DefaultTemplates.all.keys))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(DefaultTemplates.all[String(file.dropLast(".mustache".count))] == text, "run `make templates` after editing \(file)")
        }
    }

    @Test func aTemplateSyntaxErrorNamesFileLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<html>\n<p>{{#sections}}\n{{/opening}}</p>\n".write(to: folder.appendingPathComponent("notice.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try TemplateLibrary.load(folder: folder.path)
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.file.hasSuffix("notice.mustache") && error.line == 3
        }
    }
}
