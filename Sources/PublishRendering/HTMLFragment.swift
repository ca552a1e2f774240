/// Escaped HTML a view model made for the page (`bodyHTML`, `leadHTML`, a table cell's `html`),
/// kept as the UTF-8 bytes it was written in: the page copies them as they are, with no `String`
/// made of them and no second check that they are UTF-8.
///
/// It prints as its text (`description`), which is what a template engine that reads the view
/// models by reflection inserts, and a template sees it as that text.
public struct HTMLFragment: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The markup, UTF-8.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(stringLiteral text: String) {
        bytes = Array(text.utf8)
    }

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public var description: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }
}

extension HTMLFragment: TemplateObject {
    /// Nothing inside: a fragment is text to a template.
    public func value(named name: String) -> TemplateValue { .missing }
    public var renderedBytes: [UInt8]? { bytes }
}
