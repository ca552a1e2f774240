import Foundation
import PublishCore
import PublishReading
import PublishRules

/// A template that cannot be used: the file, and where in it, when it is a syntax error.
public struct TemplateError: MessageError, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: Message

    public init(file: String, line: Int? = nil, column: Int? = nil, message: Message) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }


    public func text(in language: Language) -> String {
        MessageLine.text(message, file: file, line: line, column: column, in: language)
    }

    public func errorLine(in language: Language) -> String {
        MessageLine.error(message, file: file, line: line, column: column, in: language)
    }
}

/// The site's Mustache templates, compiled once into plans (`TemplatePlan`) and kept by name.
///
/// Templates come from a folder (by default `./Templates` when it exists) and fall back, name by
/// name, to the defaults built into the binary, so a site may override only the ones it restyles.
public struct TemplateLibrary: Sendable {
    /// The compiled templates; a partial refers to another by its index here.
    package let plans: [TemplatePlan]
    /// Each template's index in `plans`.
    package let index: [String: Int]
    /// Where each template came from: a file path, or `built-in`.
    public let origins: [String: String]
    /// The files of `assets/` (stylesheets) by name: the folder's, over the built-in ones.
    public let assets: [String: String]
    /// The index in `plans` of the `block` template when it is the built-in one, byte for byte:
    /// rendering then writes each block in code (`TemplateRenderer+BuiltInBlock.swift`) instead of
    /// looking up its fields one tag at a time. Nil (the plan for every block) when a site has its
    /// own, or when a test asks for the plan.
    package var builtInBlock: Int?

    /// The names every site needs.
    public static let requiredNames = ["notice", "block", "index", "head", "nav"]

    /// The folder a project keeps its templates in, when it has one.
    public static let defaultFolder = "Templates"

    /// The templates folder a run uses: the one given, else `./Templates` if it exists, else none
    /// (the built-in defaults alone).
    public static func folder(_ given: String?) -> String? {
        given ?? (FileManager.default.fileExists(atPath: defaultFolder) ? defaultFolder : nil)
    }

    /// Loads `folder` (nil: `./Templates` if it exists) over the built-in defaults.
    public static func load(folder: String?) throws(TemplateError) -> TemplateLibrary {
        var sources: [String: (text: String, origin: String)] = [:]
        var assets = DefaultTemplates.assets
        for (name, text) in DefaultTemplates.all { sources[name] = (text, "built-in \(name).mustache") }
        let fileManager = FileManager.default
        let chosen = Self.folder(folder)
        if let chosen {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: chosen, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw TemplateError(file: chosen, message: Message("template.folder-missing"))
            }
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: chosen).filter { $0.hasSuffix(".mustache") }.sorted()
            } catch {
                throw TemplateError(file: chosen, message: Message("template.folder-unreadable"))
            }
            for file in names {
                let path = (chosen as NSString).appendingPathComponent(file)
                guard let data = fileManager.contents(atPath: path) else {
                    throw TemplateError(file: path, message: Message("template.unreadable"))
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw TemplateError(file: path, message: Message("template.not-utf8"))
                }
                sources[String(file.dropLast(".mustache".count))] = (text, path)
            }
            let assetFolder = (chosen as NSString).appendingPathComponent("assets")
            for file in (try? fileManager.contentsOfDirectory(atPath: assetFolder))?.sorted() ?? [] where !file.hasPrefix(".") {
                let path = (assetFolder as NSString).appendingPathComponent(file)
                guard let data = fileManager.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw TemplateError(file: path, message: Message("template.asset-unreadable"))
                }
                assets[file] = text
            }
        }
        return try parse(sources, assets: assets)
    }

    /// Only the built-in templates.
    public static func builtIn() throws(TemplateError) -> TemplateLibrary {
        try parse(DefaultTemplates.all.mapValues { ($0, "built-in") }, assets: DefaultTemplates.assets)
    }

    static func parse(
        _ sources: [String: (text: String, origin: String)], assets: [String: String]
    ) throws(TemplateError) -> TemplateLibrary {
        var tokens: [String: [TemplateToken]] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                tokens[name] = try TemplateParser.parse(source.text)
            } catch {
                throw TemplateError(
                    file: source.origin, line: error.line, column: error.column,
                    message: Message("template.syntax", describe(error.kind)))
            }
        }
        for name in requiredNames where tokens[name] == nil {
            throw TemplateError(file: "\(name).mustache", message: Message("template.missing", name))
        }
        // A partial no template provides would render as nothing: a typo would leave a gap in
        // every page. Refuse it where it is written instead.
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) where !isBuiltIn(source.text, named: name) {
            for tag in MustacheTag.scan(source.text) where tag.kind == .partial && tokens[tag.name] == nil {
                throw TemplateError(
                    file: source.origin, line: tag.line, column: tag.column,
                    message: Message("template.missing-partial", name, tag.name))
            }
        }
        let names = tokens.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let isBuiltInBlock = sources["block"].map { isBuiltIn($0.text, named: "block") } ?? false
        return TemplateLibrary(
            plans: names.map { TemplatePlan(tokens[$0]!, partials: index) }, index: index,
            origins: sources.mapValues(\.origin), assets: assets, builtInBlock: isBuiltInBlock ? index["block"] : nil)
    }

    /// Whether `text` is the built-in template `name`, byte for byte (not `==`: a canonically
    /// equivalent template is another template). Such a template names only built-in partials,
    /// which every library has, so it need not be scanned for missing ones.
    private static func isBuiltIn(_ text: String, named name: String) -> Bool {
        guard let builtIn = DefaultTemplates.all[name] else { return false }
        return text.utf8.elementsEqual(builtIn.utf8)
    }

    private static func describe(_ kind: TemplateSyntaxError.Kind) -> Message {
        switch kind {
        case .sectionCloseName: Message("template.section-close-name")
        case .unfinishedName: Message("template.unfinished-name")
        case .sectionNotClosed: Message("template.section-not-closed")
        case .setDelimiter: Message("template.set-delimiter")
        case .unsupported(let tag): Message("template.unsupported-tag", tag)
        }
    }

    /// Renders `object` with the template `name` as UTF-8 bytes (nothing when there is no such
    /// template). Rendering itself cannot fail.
    public func renderUTF8(_ object: some TemplateObject, template name: String) -> [UInt8] {
        guard let plan = index[name] else { return [] }
        var renderer = TemplateRenderer(plans: plans, builtInBlock: builtInBlock, capacity: 64 * 1024)
        renderer.render(plan, over: object)
        return renderer.takeOutput()
    }

    /// Renders `object` with the template `name`. Rendering itself cannot fail.
    public func render(_ object: some TemplateObject, template name: String) -> String {
        String(decoding: renderUTF8(object, template: name), as: UTF8.self)
    }
}
