import Foundation

/// Renders the whole model as JSON: every node with its source range, keys sorted, so the output
/// is stable. The schema is documented in `Schemas/notice.schema.json`.
public struct JSONRenderer: Sendable {
    /// The version of the JSON shape; raised when a field changes meaning or goes away.
    public static let schemaVersion = 1

    /// Indented for people (`publish render`); compact in the site, where it is a quarter the size.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    struct Document: Encodable {
        var schemaVersion: Int
        var notice: Notice
    }

    public func render(_ notice: Notice) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        let data = try! encoder.encode(Document(schemaVersion: JSONRenderer.schemaVersion, notice: notice))
        // `<` stands only inside strings; written `\u003c` it is the same JSON, and an author's
        // `</script>` or `<!--` stays inert when a page inlines the model in a <script> element.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
