import Foundation
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Follows templates over real view models the way Mustache renders them (sections repeat over
/// lists, open on true or present values and push them; lookups climb the context stack; partials
/// render in place) and resolves every value tag on the way, asking the view models through the
/// same `value(named:)` that rendering uses.
///
/// A value that cannot be found renders as nothing, so a wrong or missing lookup is a silent gap;
/// here it is a finding with the template's file, line and column.
struct TemplateTagResolver {
    /// A tag in a template file.
    struct Site: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var name: String
        var description: String { "\(file):\(line):\(column): {{\(name)}}" }
    }

    /// A template as a tree of its value tags, sections and partials.
    indirect enum Node {
        case value(Site)
        case section(Site, inverted: Bool, [Node])
        case partial(String)
    }

    private(set) var templates: [String: [Node]] = [:]
    /// Every value tag of every template.
    private(set) var valueTags: Set<Site> = []
    /// The value tags resolved at least once, and the templates entered.
    private(set) var reached: Set<Site> = []
    private(set) var entered: Set<String> = []
    /// What went wrong, one line each.
    private(set) var problems: [String] = []

    /// Values that may be empty strings where they are used, and why.
    let mayBeEmpty: [String: String]

    /// Reads every `*.mustache` file of `folder`; `file` names in findings are relative to `root`.
    init(folder: URL, root: URL, mayBeEmpty: [String: String] = [:]) throws {
        self.mayBeEmpty = mayBeEmpty
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in names {
            let url = folder.appendingPathComponent(file)
            let relative = String(url.path.dropFirst(root.path.count + 1))
            let text = try String(contentsOf: url, encoding: .utf8)
            templates[String(file.dropLast(".mustache".count))] = tree(MustacheTag.scan(text), file: relative)
        }
    }

    private mutating func tree(_ tags: [MustacheTag], file: String) -> [Node] {
        var stack: [(site: Site?, inverted: Bool, nodes: [Node])] = [(nil, false, [])]
        for tag in tags {
            let site = Site(file: file, line: tag.line, column: tag.column, name: tag.name)
            switch tag.kind {
            case .variable, .unescaped:
                valueTags.insert(site)
                stack[stack.count - 1].nodes.append(.value(site))
            case .section, .inverted:
                stack.append((site, tag.kind == .inverted, []))
            case .close:
                guard stack.count > 1 else {
                    problems.append("\(site): closes a section that was never opened")
                    continue
                }
                let done = stack.removeLast()
                stack[stack.count - 1].nodes.append(.section(done.site!, inverted: done.inverted, done.nodes))
            case .partial:
                stack[stack.count - 1].nodes.append(.partial(tag.name))
            case .comment, .other:
                break
            }
        }
        if stack.count > 1, let open = stack.last?.site { problems.append("\(open): is never closed") }
        return stack[0].nodes
    }

    // MARK: - Resolving

    /// Renders `template` over `model` in thought, resolving every value tag reached.
    mutating func resolve(template: String, model: any TemplateObject, page: String) {
        walk(partial: template, stack: [model.templateValue], page: page, depth: 0)
    }

    private mutating func walk(partial name: String, stack: [TemplateValue], page: String, depth: Int) {
        guard let nodes = templates[name] else {
            problems.append("\(page): the template `\(name)` does not exist")
            return
        }
        entered.insert(name)
        guard depth < 64 else {
            problems.append("\(page): partials nested more than 64 deep at `\(name)`")
            return
        }
        walk(nodes, stack: stack, page: page, depth: depth)
    }

    private mutating func walk(_ nodes: [Node], stack: [TemplateValue], page: String, depth: Int) {
        for node in nodes {
            switch node {
            case .value(let site):
                reached.insert(site)
                let context = stack.last.map(Self.typeName) ?? "nothing"
                guard let value = Self.lookup(site.name, in: stack) else {
                    problems.append("\(site) resolves to nothing in \(context) on \(page)")
                    continue
                }
                let text = Self.text(of: value)
                if text.isEmpty, mayBeEmpty[site.name] == nil {
                    problems.append("\(site) resolves to an empty value in \(context) on \(page)")
                } else if text == site.name {
                    problems.append("\(site) resolves to its own name \"\(text)\" in \(context) on \(page)")
                }
            case .section(let site, let inverted, let children):
                let value = Self.lookup(site.name, in: stack)
                if inverted {
                    if Self.isFalsy(value) { walk(children, stack: stack, page: page, depth: depth) }
                } else {
                    switch value {
                    case .list(let list)?:
                        for index in 0..<list.count {
                            walk(children, stack: stack + [list.templateElement(at: index)], page: page, depth: depth)
                        }
                    case .bool(let flag)?:
                        if flag { walk(children, stack: stack, page: page, depth: depth) }
                    case .missing?, nil:
                        break
                    case let value?:
                        walk(children, stack: stack + [value], page: page, depth: depth)
                    }
                }
            case .partial(let name):
                walk(partial: name, stack: stack, page: page, depth: depth + 1)
            }
        }
    }

    // MARK: - Values as Mustache sees them

    static func lookup(_ name: String, in stack: [TemplateValue]) -> TemplateValue? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for object in stack.reversed() {
            if var value = child(first, of: object) {
                for part in parts.dropFirst() {
                    guard let next = child(part, of: value) else { return nil }
                    value = next
                }
                return value
            }
        }
        return nil
    }

    static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        let child = object.value(named: name)
        if case .missing = child { return nil }
        return child
    }

    static func isFalsy(_ value: TemplateValue?) -> Bool {
        switch value {
        case .bool(let flag)?: !flag
        case .list(let list)?: list.count == 0
        case .missing?, nil: true
        default: false
        }
    }

    static func typeName(_ value: TemplateValue) -> String {
        switch value {
        case .object(let object): String(describing: type(of: object))
        case .list: "a list"
        case .text: "text"
        case .int: "a number"
        case .bool: "a flag"
        case .missing: "nothing"
        }
    }

    /// What `{{…}}` prints for a value.
    static func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .int(let number): String(number)
        case .bool(let flag): String(flag)
        case .list(let list): "[\(list.count)]"
        case .object: typeName(value)
        case .missing: ""
        }
    }
}
