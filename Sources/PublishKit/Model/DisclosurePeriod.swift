/// The 公开期限: the days the notice is open for comment, and the working days the author stated.
public struct DisclosurePeriod: Hashable, Sendable, Codable {
    /// The label as written (`公开期限`, `公示期`).
    public var label: String
    public var period: DateRange
    /// `15` in `（15个工作日）`.
    public var statedWorkdays: Int?
    public var statedWorkdaysRange: SourceRange?
    public var range: SourceRange
}
