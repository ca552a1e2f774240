/// A template compiled for rendering: literal text as UTF-8 byte runs (one per stretch between
/// tags), names split at their dots, comments gone, partials resolved to the index of the other
/// template's plan in the library (so `block` can render itself for its children).
package struct TemplatePlan: Sendable {
    package var nodes: [TemplateNode]

    /// Compiles `tokens`; `partials` gives each template name's index in the library.
    init(_ tokens: [TemplateToken], partials: [String: Int]) {
        nodes = Self.compile(tokens, partials: partials)
    }

    private static func compile(_ tokens: [TemplateToken], partials: [String: Int]) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { nodes.append(.literal(literal)) }
            literal = []
        }
        for token in tokens {
            switch token {
            case .text(let text):
                literal.append(contentsOf: text.utf8)
                continue
            case .value(let name, let escaped):
                flush()
                nodes.append(.value(TemplatePath(name), escaped: escaped))
            case .section(let name, let inverted, let children):
                flush()
                let body = compile(children, partials: partials)
                nodes.append(inverted ? .inverted(TemplatePath(name), body) : .section(TemplatePath(name), body))
            case .partial(let name, let indentation):
                flush()
                nodes.append(.partial(partials[name], indentation: indentation.map { Array($0.utf8) }))
            }
        }
        flush()
        return nodes
    }
}

/// One step of a plan.
///
/// Sections are `indirect`: a renderer takes each node out of its array, and copying a boxed
/// section retains one box instead of its path and its nodes.
package enum TemplateNode: Sendable {
    case literal([UInt8])
    case value(TemplatePath, escaped: Bool)
    indirect case section(TemplatePath, [TemplateNode])
    indirect case inverted(TemplatePath, [TemplateNode])
    /// The plan at this index of the library (nil: no such template, which renders nothing), and
    /// the indentation of a partial that stands alone on its line.
    case partial(Int?, indentation: [UInt8]?)
}

/// A tag's name, split once and each part resolved to its key (`TemplateKey`): `a.b` looks `a` up
/// the context stack, then `b` inside it; `.a` looks in the current value only; `.` (or no name) is
/// the current value.
package struct TemplatePath: Sendable, Hashable {
    package var first: TemplateKey?
    package var rest: [TemplateKey]
    package var fromCurrentOnly: Bool

    init(_ name: String) {
        let parts = name == "." ? [] : name.split(separator: ".").map { TemplateKey(String($0)) }
        first = parts.first
        rest = Array(parts.dropFirst())
        fromCurrentOnly = name.first == "."
    }
}
