/// The closing: the invitation to supervise, the disclosure period and the contacts.
public struct Closing: Hashable, Sendable, Codable {
    public var paragraphs: [Paragraph]
    /// `欢迎广大干部群众对巡视整改落实情况进行监督。`
    public var invitation: LocatedText?
    public var disclosure: DisclosurePeriod?
    public var contacts: [Contact]
    /// Whether the author marked the closing with a thematic break (`---`).
    public var isExplicit: Bool

    package init(paragraphs: [Paragraph], invitation: LocatedText? = nil, disclosure: DisclosurePeriod? = nil, contacts: [Contact], isExplicit: Bool) {
        self.paragraphs = paragraphs
        self.invitation = invitation
        self.disclosure = disclosure
        self.contacts = contacts
        self.isExplicit = isExplicit
    }

    public var range: SourceRange? {
        guard let first = paragraphs.first, let last = paragraphs.last else { return nil }
        return first.range.union(last.range)
    }
}
