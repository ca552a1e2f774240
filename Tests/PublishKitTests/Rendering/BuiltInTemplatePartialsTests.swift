import Testing
@testable import PublishRendering

/// A template that is byte for byte a built-in one is not scanned for missing partials when a
/// library loads (`TemplateLibrary.isBuiltIn`): that holds only while every partial a built-in
/// template names is itself built in, and a site's template that names a missing one is still
/// refused.
@Suite struct BuiltInTemplatePartialsTests {
    @Test func everyPartialOfABuiltInTemplateIsBuiltIn() {
        var partials = 0
        for (name, text) in DefaultTemplates.all {
            for tag in MustacheTag.scan(text) where tag.kind == .partial {
                partials += 1
                #expect(DefaultTemplates.all[tag.name] != nil, "\(name) names \(tag.name)")
            }
        }
        #expect(partials >= 5)
    }

    @Test func aSiteTemplateNamingAMissingPartialIsStillRefused() throws {
        var sources = DefaultTemplates.all.mapValues { ($0, "built-in") }
        sources["nav"] = ("x\n  {{> nowhere}}\n", "Templates/nav.mustache")
        #expect(throws: TemplateError.self) { try TemplateLibrary.parse(sources, assets: [:]) }
        do {
            _ = try TemplateLibrary.parse(sources, assets: [:])
        } catch {
            #expect(error.file == "Templates/nav.mustache")
            #expect(error.line == 2)
            #expect(error.column == 3)
        }
        // A built-in template, even under a site's own name for its origin, loads.
        let plain = DefaultTemplates.all.mapValues { ($0, "Templates/x.mustache") }
        #expect(try TemplateLibrary.parse(plain, assets: [:]).builtInBlock != nil)
    }
}
