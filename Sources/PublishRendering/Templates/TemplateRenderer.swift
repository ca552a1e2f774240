/// Renders a plan over a value into UTF-8 bytes. Rendering cannot fail: a name that resolves to
/// nothing renders nothing, as in swift-mustache.
struct TemplateRenderer: ~Copyable {
    let plans: [TemplatePlan]
    /// The index of the `block` plan when it is the built-in template: a block is then written by
    /// `writeBuiltInBlock` instead of through the plan (`TemplateRenderer+BuiltInBlock.swift`).
    let builtInBlock: Int?
    var output: ByteBuffer
    var stack: [TemplateValue] = []

    init(plans: [TemplatePlan], builtInBlock: Int? = nil, capacity: Int) {
        self.plans = plans
        self.builtInBlock = builtInBlock
        output = ByteBuffer(capacity: capacity)
    }

    /// The page, as bytes.
    consuming func takeOutput() -> [UInt8] { output.takeArray() }

    mutating func render(_ plan: Int, over object: some TemplateObject) {
        stack = [object.templateValue]
        render(plans[plan].nodes, indentation: nil)
    }

    // MARK: - Nodes

    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8]?) {
        guard let indentation, !indentation.isEmpty else {
            // Each node where it lies: iterating the array copied (and retained) every node.
            nodes.withUnsafeBufferPointer { nodes in
                for index in nodes.indices { render(nodes[index], indentation: nil) }
            }
            return
        }
        // Inside an indented partial, swift-mustache puts the indentation before each piece it
        // renders (a line of text, a tag's whole output) that is not empty and follows a `\n` it
        // rendered itself in this template; a `\r\n` does not count.
        let start = output.count
        for node in nodes {
            if case .literal(let bytes) = node {
                var lineStart = 0
                bytes.withUnsafeBufferPointer { bytes in
                    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                        indentIfAtLineStart(start: start, indentation: indentation)
                        output.append(UnsafeBufferPointer(rebasing: bytes[lineStart...index]))
                        lineStart = index + 1
                    }
                    if lineStart < bytes.count {
                        indentIfAtLineStart(start: start, indentation: indentation)
                        output.append(UnsafeBufferPointer(rebasing: bytes[lineStart...]))
                    }
                }
            } else {
                let before = output.count
                render(node, indentation: indentation)
                if output.count > before, endsWithLineFeed(before, start: start) {
                    output.insert(indentation, at: before)
                }
            }
        }
    }

    private mutating func indentIfAtLineStart(start: Int, indentation: [UInt8]) {
        if endsWithLineFeed(output.count, start: start) { output.append(contentsOf: indentation) }
    }

    private func endsWithLineFeed(_ end: Int, start: Int) -> Bool {
        end > start && output[end - 1] == UInt8(ascii: "\n") && !(end - 2 >= start && output[end - 2] == UInt8(ascii: "\r"))
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8]?) {
        switch node {
        case .literal(let bytes):
            output.append(contentsOf: bytes)
        case .value(let path, let escaped):
            write(lookup(path), escaped: escaped)
        case .section(let path, let nodes):
            let value = lookup(path)
            switch value {
            case .list(let list):
                for index in 0..<list.count {
                    stack.append(list.templateElement(at: index))
                    render(nodes, indentation: indentation)
                    stack.removeLast()
                }
            case .bool(let shown):
                if shown { render(nodes, indentation: indentation) }
            case .missing:
                break
            case .text, .int, .object:
                stack.append(value)
                render(nodes, indentation: indentation)
                stack.removeLast()
            }
        case .inverted(let path, let nodes):
            let value = lookup(path)
            switch value {
            case .list(let list):
                if list.count == 0 {
                    stack.append(value)
                    render(nodes, indentation: indentation)
                    stack.removeLast()
                }
            case .bool(let shown):
                if !shown { render(nodes, indentation: indentation) }
            case .missing:
                render(nodes, indentation: indentation)
            case .text, .int, .object:
                break
            }
        case .partial(let plan, let extra):
            guard let plan else { return }
            let nested = extra.map { (indentation ?? []) + $0 } ?? indentation
            if plan == builtInBlock, nested?.isEmpty ?? true, writeBuiltInBlockOnTop() { return }
            render(plans[plan].nodes, indentation: nested)
        }
    }

    // MARK: - Values

    func lookup(_ path: TemplatePath) -> TemplateValue {
        guard let first = path.first else { return stack.last ?? .missing }
        // The stack's values are asked where they lie, not copied out first.
        var value = stack.withUnsafeBufferPointer { stack -> TemplateValue in
            if path.fromCurrentOnly { return Self.child(first, of: stack[stack.count - 1]) }
            var index = stack.count - 1
            while index >= 0 {
                let value = Self.child(first, of: stack[index])
                if case .missing = value {
                    index -= 1
                } else {
                    return value
                }
            }
            return .missing
        }
        for key in path.rest {
            if case .missing = value { return value }
            value = Self.child(key, of: value)
        }
        return value
    }

    private static func child(_ key: TemplateKey, of value: TemplateValue) -> TemplateValue {
        if case .object(let object) = value { object.value(for: key) } else { .missing }
    }

    /// Text as it is or escaped (an HTML fragment as the text it is); numbers and `true`/`false`
    /// as Swift prints them; lists, other objects and missing values as nothing.
    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped {
                TemplateEscaping.append(text, to: &output)
            } else {
                output.append(utf8Of: text)
            }
        case .int(let number):
            output.append(utf8Of: String(number))
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .object(let object):
            guard let bytes = object.renderedBytes else { break }
            if escaped {
                TemplateEscaping.append(bytes, to: &output)
            } else {
                output.append(contentsOf: bytes)
            }
        case .list, .missing:
            break
        }
    }
}
