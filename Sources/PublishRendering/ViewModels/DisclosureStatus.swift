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
        guard let period = period?.period, period.start.date.isValid, period.end.date.isValid else {
            self = .unknown
            return
        }
        if day < period.start.date {
            self = .upcoming
        } else if day > period.end.date {
            self = .closed
        } else {
            self = .open
        }
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
