import PublishCore
import PublishReading
import PublishRules

/// Where a notice's disclosure period stands on a given day.
public enum DisclosureStatus: String, Sendable, Codable, CaseIterable {
    /// 未开始: the period has not begun.
    case upcoming
    /// 公示中: the period is running (both ends inclusive).
    case open
    /// 已截止: the period is over; the notice stays published, marked.
    case closed
    /// The notice gives no disclosure period.
    case unknown

    public init(period: DisclosurePeriod?, on day: CalendarDate) {
        self.init(start: period?.period?.start.date, end: period?.period?.end.date, on: day)
    }

    /// The status for a period from `start` through `end`, both inclusive; unknown without two real dates.
    public init(start: CalendarDate?, end: CalendarDate?, on day: CalendarDate) {
        guard let start, let end, start.isValid, end.isValid else {
            self = .unknown
            return
        }
        self = day < start ? .upcoming : day > end ? .closed : .open
    }

    /// The label the public reads.
    public var label: String {
        switch self {
        case .upcoming: "未开始"
        case .open: "公示中"
        case .closed: "已截止"
        case .unknown: "未注明"
        }
    }
}
