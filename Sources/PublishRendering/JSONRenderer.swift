import PublishCore
import PublishReading
import PublishRules

/// Renders the whole model as JSON: every node with its source range, keys sorted, so the output
/// is stable. The schema is documented in `Schemas/notice.schema.json`.
///
/// The text is what `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`, and `.prettyPrinted`
/// when `pretty`) makes of the model's `Encodable` form, with `<` written `\u003c`; it is written
/// directly by `JSONWriter` and the `JSONWritable` conformances, several times faster.
public struct JSONRenderer: Sendable {
    /// The version of the JSON shape; raised when a field changes meaning or goes away.
    public static let schemaVersion = 2

    /// Indented for people (`publish render`); compact in the site, where it is a quarter the size.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func render(_ notice: Notice) -> String {
        write(notice).text
    }

    /// The same text as `render(_:)`, as UTF-8 bytes: for writing to a file, without making (and
    /// validating) a `String` first.
    public func renderUTF8(_ notice: Notice) -> [UInt8] {
        write(notice).takeBytes()
    }

    private func write(_ notice: Notice) -> JSONWriter {
        var json = JSONWriter(pretty: pretty, capacity: 1 << 16)
        json.beginObject()
        json.field("notice", notice)
        json.field("schemaVersion", JSONRenderer.schemaVersion)
        json.endObject()
        return json
    }
}
