import Foundation
import Mustache
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The compiled templates (`TemplatePlan`) against the Mustache behaviours the pages rely on, each
/// case also rendered by swift-mustache, which rendered the pages before: both must give the
/// expected text.
@Suite struct TemplatePlanTests {
    /// A view model made of named values, for the tables.
    struct Values: TemplateObject {
        var entries: [String: TemplateValue]
        init(_ entries: [String: TemplateValue]) { self.entries = entries }
        func value(named name: String) -> TemplateValue { entries[name] ?? .missing }
    }

    static let data = Values([
        "name": .text("Chris"),
        "html": .text("<b>&\"'</b>"),
        "combined": .text("a<\u{338}b & 图<表"),
        "empty": .text(""),
        "yes": .bool(true),
        "no": .bool(false),
        "count": .int(3),
        "zero": .int(0),
        "list": .list([Values(["n": .text("a")]), Values(["n": .text("b")])]),
        "none": .list([Values]()),
        "words": .list(["x", "y"]),
        "person": .object(Values(["name": .text("Ann"), "city": .object(Values(["name": .text("吉林")]))])),
        "tree": .object(Values([
            "label": .text("1"),
            "kids": .list([
                Values(["label": .text("1.1"), "kids": .list([Values(["label": .text("1.1.1"), "kids": .list([Values]())])])]),
                Values(["label": .text("1.2"), "kids": .list([Values]())]),
            ]),
        ])),
    ])

    /// (the template `t`, other templates it includes, what it renders over `data`).
    static let cases: [(template: String, partials: [String: String], expected: String)] = [
        // Interpolation and escaping.
        ("Hi {{name}}!", [:], "Hi Chris!"),
        ("{{html}}", [:], "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;"),
        ("{{{html}}}|{{& html}}", [:], "<b>&\"'</b>|<b>&\"'</b>"),
        ("{{combined}}", [:], "a<\u{338}b &amp; 图&lt;表"),
        ("{{count}} {{zero}} {{yes}} {{no}}", [:], "3 0 true false"),
        ("[{{unknown}}][{{{unknown}}}][{{person.nothing.name}}]", [:], "[][][]"),
        ("{{ name }}", [:], "Chris"),
        ("a { b } {{name}}", [:], "a { b } Chris"),
        // Text taken as slices of the template: combining marks, emoji with joiners, full-width
        // punctuation, CJK and CRLF around tags.
        ("e\u{301}x {{name}} 👩‍👩‍👧👍🏽 ，。（）\r\n  中文 {{ name }}\r\n", [:],
         "e\u{301}x Chris 👩‍👩‍👧👍🏽 ，。（）\r\n  中文 Chris\r\n"),
        ("  \u{301}{{#yes}}é\u{301}{{/yes}}\t{{^no}}，{{/no}}", [:], "  \u{301}é\u{301}\t，"),
        // Sections over lists, flags, text, numbers, objects and nothing.
        ("{{#list}}{{n}},{{/list}}", [:], "a,b,"),
        ("{{#words}}<{{.}}>{{/words}}", [:], "<x><y>"),
        ("{{#none}}x{{/none}}{{^none}}empty{{/none}}", [:], "empty"),
        ("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}{{^yes}}!{{/yes}}", [:], "Ynot"),
        ("{{#empty}}[{{.}}]{{/empty}}{{^empty}}no{{/empty}}", [:], "[]"),
        ("{{#zero}}{{.}}{{/zero}}", [:], "0"),
        ("{{#unknown}}x{{/unknown}}{{^unknown}}y{{/unknown}}", [:], "y"),
        ("{{^list}}x{{/list}}{{^person}}x{{/person}}", [:], ""),
        // The context stack, dotted names and the current value.
        ("{{#person}}{{name}} {{count}}{{/person}}", [:], "Ann 3"),
        ("{{person.city.name}}", [:], "吉林"),
        ("{{#person}}{{.name}}|{{.count}}{{/person}}", [:], "Ann|"),
        ("{{#person}}{{#city}}{{name}}/{{person.name}}{{/city}}{{/person}}", [:], "吉林/Ann"),
        ("{{#list}}{{#person}}{{n}}{{/person}}{{/list}}", [:], "ab"),
        // Standalone lines, LF and CRLF, and comments.
        ("a\n{{#yes}}\nb\n{{/yes}}\nc\n", [:], "a\nb\nc\n"),
        ("a\r\n  {{#yes}}  \r\nb\r\n\t{{/yes}}\r\nc", [:], "a\r\nb\r\nc"),
        ("a{{! note }}b\n  {{! alone }}\nc", [:], "ab\nc"),
        ("  {{#yes}}x{{/yes}}\n", [:], "  x\n"),
        ("{{#list}}\n  {{n}}\n{{/list}}\n", [:], "  a\n  b\n"),
        ("a\n  {{^none}}\n  b\n  {{/none}}\n", [:], "a\n  b\n"),
        // Partials: in place, indented when alone on their line, and recursive.
        ("<ul>\n  {{> p}}\n</ul>\n", ["p": "<li>1</li>\n<li>{{name}}</li>\n"], "<ul>\n  <li>1</li>\n  <li>Chris</li>\n</ul>\n"),
        // swift-mustache indents only after a bare `\n` it rendered in the same template.
        ("<ul>\r\n  {{> p}}\r\n</ul>\r\n", ["p": "<li>1</li>\r\n<li>2</li>\r\n"], "<ul>\r\n  <li>1</li>\r\n<li>2</li>\r\n</ul>\r\n"),
        ("<p>{{> p}}</p>", ["p": "{{name}}\n{{name}}"], "<p>Chris\nChris</p>"),
        ("<ul>\n  {{> p}}\n</ul>\n", ["p": "{{#list}}\n<li>{{n}}</li>\n{{/list}}\n"], "<ul>\n  <li>a</li>\n<li>b</li>\n</ul>\n"),
        ("{{#tree}}{{> node}}{{/tree}}", ["node": "{{label}}{{#kids}}({{> node}}){{/kids}}"], "1(1.1(1.1.1))(1.2)"),
        // Set-delimiter tags.
        ("{{=<% %>=}}<% name %>{{name}}<%={{ }}=%>{{name}}", [:], "Chris{{name}}Chris"),
        ("{{#yes}}{{=| |=}}|name||/yes|{{name}}", [:], "ChrisChris"),
    ]

    /// Compiles `template` as `t`, beside the built-in templates and `partials`.
    static func library(_ template: String, partials: [String: String]) throws(TemplateError) -> TemplateLibrary {
        var sources = DefaultTemplates.all.mapValues { (text: $0, origin: "built-in") }
        sources["t"] = (template, "t.mustache")
        for (name, text) in partials { sources[name] = (text, "\(name).mustache") }
        return try TemplateLibrary.parse(sources, assets: [:])
    }

    /// The same values as swift-mustache reads them.
    static func any(_ value: TemplateValue) -> Any? {
        switch value {
        case .text(let text): text
        case .bool(let flag): flag
        case .int(let number): number
        case .list(let list): (0..<list.count).compactMap { any(list.templateElement(at: $0)) }
        case .object(let object): (object as? Values).map { $0.entries.compactMapValues(any) } as Any
        case .missing: nil
        }
    }

    @Test(arguments: cases)
    func rendersAsMustacheDoes(template: String, partials: [String: String], expected: String) throws {
        let library = try Self.library(template, partials: partials)
        #expect(library.render(Self.data, template: "t") == expected)
        #expect(library.renderUTF8(Self.data, template: "t") == Array(expected.utf8))
        var templates = try partials.mapValues { try MustacheTemplate(string: $0) }
        templates["t"] = try MustacheTemplate(string: template)
        let reference = MustacheLibrary(templates: templates).render(Self.any(.object(Self.data))!, withTemplate: "t")
        #expect(reference == expected, "swift-mustache")
    }

    @Test func anUnknownTemplateRendersNothing() throws {
        let library = try TemplateLibrary.builtIn()
        #expect(library.render(Self.data, template: "nothing").isEmpty)
    }

    // MARK: - Errors

    /// (template, message id, line, column, whether swift-mustache reports the same place).
    static let errors: [(template: String, id: String, line: Int, column: Int, sameAsMustache: Bool)] = [
        ("<html>\n{{#sections}}\n{{/closing}}\n", "template.section-close-name", 3, 4, true),
        ("{{/opening}}", "template.section-close-name", 1, 4, true),
        ("<p>{{title</p>", "template.unfinished-name", 1, 11, true),
        ("<body>\n<p>{{{title}}</p>", "template.unfinished-name", 2, 14, true),
        ("a\n{{#list}}\nb\n", "template.section-not-closed", 4, 1, true),
        ("a\r\n{{#list}}\r\nb", "template.section-not-closed", 3, 14, true),
        ("{{=<% %>}}", "template.set-delimiter", 1, 7, true),
        ("x\n{{=<% %> }}", "template.set-delimiter", 2, 10, true),
        ("{{! never closed", "template.unfinished-name", 1, 4, false),
        ("a\n  {{<parent}}{{/parent}}", "template.unsupported-tag", 2, 3, false),
        ("{{$block}}x{{/block}}", "template.unsupported-tag", 1, 1, false),
        ("{{%CONTENT_TYPE:TEXT}}", "template.unsupported-tag", 1, 1, false),
        ("{{>*dynamic}}", "template.unsupported-tag", 1, 1, false),
        ("<b>{{uppercased(name)}}</b>", "template.unsupported-tag", 1, 4, false),
        // A parenthesis anywhere in a name (it is looked for as a byte).
        ("{{a)}}", "template.unsupported-tag", 1, 1, false),
        ("中文\n x{{(b}}", "template.unsupported-tag", 2, 3, false),
        ("{{#f(x)}}y{{/f(x)}}", "template.unsupported-tag", 1, 1, false),
        ("{{{g.h(i)}}}", "template.unsupported-tag", 1, 1, false),
    ]

    @Test(arguments: errors)
    func aSyntaxErrorNamesItsLineAndColumn(template: String, id: String, line: Int, column: Int, sameAsMustache: Bool) {
        #expect {
            try Self.library(template, partials: [:])
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            #expect(error.file == "t.mustache")
            #expect("\(error.line ?? 0):\(error.column ?? 0)" == "\(line):\(column)")
            #expect(error.message.id == "template.syntax")
            guard case .message(let reason)? = error.message.arguments.first else { return false }
            #expect(reason.id == id)
            return true
        }
        if sameAsMustache {
            do {
                _ = try MustacheTemplate(string: template)
                Issue.record("swift-mustache accepted it")
            } catch let error as MustacheTemplate.ParserError {
                #expect("\(error.context.lineNumber):\(error.context.columnNumber)" == "\(line):\(column)", "swift-mustache")
            } catch {
                Issue.record("swift-mustache: \(error)")
            }
        }
    }
}
