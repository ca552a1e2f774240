/// What kind of inspection the notice reports on (`常规巡视`, `专项巡察`, `巡视“回头看”` …).
public struct InspectionKind: Hashable, Sendable, Codable {
    /// 巡视 (by a Party committee over lower bodies) or 巡察 (by a city or county committee).
    public enum Body: String, Hashable, Sendable, Codable { case xunshi, xuncha }
    public enum Mode: String, Hashable, Sendable, Codable {
        /// 常规
        case regular
        /// 专项
        case special
        /// 机动
        case mobile
        /// 提级
        case elevated
        /// 联动
        case linked
        /// 交叉
        case cross
        /// 延伸
        case extended
        /// Not stated.
        case unspecified
    }

    public var body: Body
    public var mode: Mode
    /// A “回头看” (follow-up) inspection.
    public var followUp: Bool
    public var text: String
    public var range: SourceRange

    package init(body: Body, mode: Mode, followUp: Bool, text: String, range: SourceRange) {
        self.body = body
        self.mode = mode
        self.followUp = followUp
        self.text = text
        self.range = range
    }
}
