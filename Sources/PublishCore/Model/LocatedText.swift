/// A piece of the body's text that the interpreter recognised, with where it stands.
public struct LocatedText: Hashable, Sendable, Codable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
