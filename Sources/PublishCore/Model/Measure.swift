/// One measure of a `一是……二是……` run: its ordinal, its lead (up to its first `。`) and the rest.
public struct Measure: Hashable, Sendable, Codable {
    public var ordinal: Ordinal
    /// From after the ordinal to the first `。` (included); the whole measure when it has none.
    public var lead: RichText
    public var body: RichText
    public var range: SourceRange

    public init(ordinal: Ordinal, lead: RichText, body: RichText, range: SourceRange) {
        self.ordinal = ordinal
        self.lead = lead
        self.body = body
        self.range = range
    }
}
