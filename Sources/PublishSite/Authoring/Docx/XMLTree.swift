import PublishCore
import PublishReading
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML part of a Word package read into a small tree of elements, through Foundation's
/// `XMLParser` (libxml2), with what an attacker could use taken away first:
///
/// - a document type declaration (`<!DOCTYPE`, `<!ENTITY`) anywhere refuses the part: external
///   entities could read local files, internal ones expand without bound, and Word writes neither
///   (the parser itself is also told not to resolve external entities);
/// - elements nested deeper than `maximumDepth` refuse it (the parser itself accepts 100,000
///   levels; the walkers here recurse over the tree);
/// - a part in UTF-16 (a byte-order mark) is read as UTF-8 text first, so the check above sees
///   its characters.
///
/// Names are kept as local name and namespace URI, so any prefix works; attributes are keyed by
/// their local name (`w:val` → `val`). Text is kept where it is text (`w:t`, `w:instrText`,
/// `dc:title`, …); whitespace between elements is dropped.
struct XMLTree {
    struct Element: Sendable {
        var name: String
        var namespace: String
        var attributes: [String: String]
        var children: [Node]

        /// The child elements, in order.
        var elements: [Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }

        /// The first child element named `name`.
        func child(_ name: String) -> Element? {
            for case .element(let element) in children where element.name == name { return element }
            return nil
        }

        /// The first element named `name` along `path` of child names (`child("pPr")?.child("jc")`).
        func descendant(_ path: String...) -> Element? {
            var current: Element? = self
            for name in path { current = current?.child(name) }
            return current
        }

        /// The text of the element and everything inside it.
        var text: String {
            children.map { node in
                switch node {
                case .text(let text): text
                case .element(let element): element.text
                }
            }.joined()
        }

        /// The attribute `name` (local name).
        subscript(_ name: String) -> String? { attributes[name] }
    }

    enum Node: Sendable {
        case element(Element)
        case text(String)
    }

    /// Deeper nesting than Word ever writes (tables in tables in text boxes stay far below).
    static let maximumDepth = 256

    /// The root element of `data`, the part `part` of a package.
    static func parse(_ data: Data, part: String) throws(WordImportRefusal) -> Element {
        var data = data
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let (text, _) = SourceEncoding.decode([UInt8](data)) else {
                throw .malformedXML(part, Message("import.detail.utf16"))
            }
            data = Data(withoutDeclaration(text).utf8)
        }
        if declaresDocumentType(data) { throw .unsafeXML(part) }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = Builder()
        parser.delegate = builder
        let parsed = parser.parse()
        if builder.tooDeep { throw .malformedXML(part, Message("import.detail.too-deep", maximumDepth)) }
        guard parsed, let root = builder.root else {
            let line = parser.lineNumber
            let detail =
                parser.parserError.map { ($0 as NSError).code }.map { Message("import.detail.parser-error", $0, line) }
                ?? Message("import.detail.no-root", line)
            throw .malformedXML(part, detail)
        }
        return root
    }

    /// Whether the bytes hold `<!DOCTYPE` or `<!ENTITY`, in any case.
    static func declaresDocumentType(_ data: Data) -> Bool {
        let doctype = Array("DOCTYPE".utf8)
        let entity = Array("ENTITY".utf8)
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
                    func matches(_ word: [UInt8]) -> Bool {
                        guard index + 2 + word.count <= bytes.count else { return false }
                        for (offset, letter) in word.enumerated() where bytes[index + 2 + offset] & 0xDF != letter {
                            return false
                        }
                        return true
                    }
                    if matches(doctype) || matches(entity) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// `text` without its XML declaration, which may name an encoding the text is no longer in.
    private static func withoutDeclaration(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return text }
        return String(text[end.upperBound...])
    }

    // MARK: - Building

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        var tooDeep = false
        /// Elements whose whitespace is text.
        static let textElements: Set<String> = ["t", "instrText", "delText", "delInstrText"]

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard stack.count < XMLTree.maximumDepth else {
                tooDeep = true
                parser.abortParsing()
                return
            }
            var local: [String: String] = [:]
            for (key, value) in attributes {
                let name = key.split(separator: ":").last.map(String.init) ?? key
                // `w:val` wins over a bare `val` of another vocabulary.
                if local[name] == nil || key.hasPrefix("w:") { local[name] = value }
            }
            stack.append(Element(name: elementName, namespace: namespaceURI ?? "", attributes: local, children: []))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(.element(element))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let top = stack.last else { return }
            let keepsWhitespace = Self.textElements.contains(top.name)
            if !keepsWhitespace, string.allSatisfy(\.isWhitespace),
                !(stack[stack.count - 1].children.last.map { if case .text = $0 { true } else { false } } ?? false)
            {
                return
            }
            if case .text(let previous)? = stack[stack.count - 1].children.last {
                stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + string)
            } else {
                stack[stack.count - 1].children.append(.text(string))
            }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}
