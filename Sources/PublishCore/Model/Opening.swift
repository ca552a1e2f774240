/// The opening paragraph(s): who inspected whom, when, when feedback came, and the formula that
/// introduces the report.
public struct Opening: Hashable, Sendable, Codable {
    public var paragraphs: [Paragraph]
    /// `根据省委统一部署`
    public var authority: LocatedText?
    /// `省委第八巡视组`
    public var team: LocatedText?
    /// The inspected body (`长春新区`).
    public var target: LocatedText?
    public var kind: InspectionKind?
    /// `2023年9月12日至11月20日`
    public var period: DateRange?
    /// The day the inspection team gave its feedback.
    public var feedback: LocatedDate?
    /// `现将巡视整改进展情况予以公布`
    public var formula: LocatedText?

    public init(paragraphs: [Paragraph] = []) {
        self.paragraphs = paragraphs
    }

    public var range: SourceRange? {
        guard let first = paragraphs.first, let last = paragraphs.last else { return nil }
        return first.range.union(last.range)
    }
}
