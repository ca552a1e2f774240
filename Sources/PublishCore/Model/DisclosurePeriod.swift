/// The 公开期限: the days the notice is open for comment, and the working days the author stated.
///
/// Notices word it in several ways (`../shared/reference/wordings.md`): a labelled range
/// (`公开期限：2025年3月7日至3月27日（15个工作日）`), a range inside the invitation
/// (`请在2024年5月6日至5月20日（10个工作日）内……反映`), an end only (`请于2024年5月20日前……反映`, the
/// period starting on the notice's date), or a count of working days from the notice's date
/// (`请于本通报公布之日起10个工作日内……反映`, its end computed on the working-day calendar).
public struct DisclosurePeriod: Hashable, Sendable, Codable {
    /// How the closing words the period.
    public enum Wording: String, Hashable, Sendable, Codable {
        /// After a label: `公开期限：…`, `公示期为…`, `意见反馈时间：…`.
        case labelled
        /// A range in the invitation without a label: `请在…至…（N个工作日）内`, `请于…至…期间`.
        case invitation
        /// The last day only (`请于2024年5月20日前`): the period starts on the notice's date.
        case endOnly
        /// A number of working days from a start (`自公布之日起10个工作日内`): the end is computed.
        case relative
    }

    /// The label as written (`公开期限`, `公示期`); nil when the period stands in the invitation.
    public var label: String?
    public var wording: Wording
    /// Both ends. For `endOnly` and `relative` wordings the start is the publication date (front
    /// matter `date`) located at the words that imply it; for `relative` the end is the last of the
    /// stated working days, located at the count. Nil when an end cannot be known: no publication
    /// date, or a computed end in a year without calendar data.
    public var period: DateRange?
    /// `15` in `（15个工作日）`, `（十五个工作日）`, `，共15个工作日`.
    public var statedWorkdays: Int?
    public var statedWorkdaysRange: SourceRange?
    public var range: SourceRange

    public init(
        label: String?, wording: Wording, period: DateRange?, statedWorkdays: Int?, statedWorkdaysRange: SourceRange?,
        range: SourceRange
    ) {
        self.label = label
        self.wording = wording
        self.period = period
        self.statedWorkdays = statedWorkdays
        self.statedWorkdaysRange = statedWorkdaysRange
        self.range = range
    }

    /// Whether the stated count can disagree with the period: the count is no definition of it.
    public var countIsChecked: Bool { wording != .relative }
}
