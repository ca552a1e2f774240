import PublishCore
import PublishReading

/// The site's `publish.yml` (optional): site title, base URL, time zone, rule severities, extra
/// role keywords and calendar years.
public struct PublishConfiguration: Sendable {
    public var siteTitle: String?
    public var baseURL: String?
    /// Dates are days in this zone (`--now` defaults to today there).
    public var timeZone: String
    /// `language:`, the language `publish` speaks in this project (below `--lang`, above
    /// `PUBLISH_LANG` and the locale); nil when not set.
    public var language: Language?
    /// Per rule id: the severity to use, or nil to switch the rule off.
    public var severities: [String: Severity?]
    /// Keywords added to the built-in ones, per role.
    public var roleKeywords: [SectionRole: [String]]
    /// The official calendar plus the years the site added.
    public var calendar: WorkdayCalendar
    /// The file it came from, if any.
    public var path: String?
    /// What a 索引号 (`index_number:`) must look like: a regular expression the whole value must
    /// match (`indexNumberPattern:`; `meta/index-number`).
    public var indexNumberPattern: String
    /// Whether `publish build` indexes the finished site with Pagefind (`search: true`).
    public var search: Bool
    /// Notices per listing page (`pageSize:`); nil puts every notice on one page.
    public var pageSize: Int?

    /// The usual 索引号 of government disclosure platforms: the issuing body's 9-character
    /// organisation code or 18-character unified social credit code, `/`, the year, `-`, a serial
    /// number of 3 to 6 digits (`11220100MB1234567X/2025-00012`).
    public static let defaultIndexNumberPattern = "^([0-9A-Z]{9}|[0-9A-Z]{18})/[0-9]{4}-[0-9]{3,6}$"

    public init(
        siteTitle: String? = nil, baseURL: String? = nil, timeZone: String = "Asia/Shanghai",
        severities: [String: Severity?] = [:], roleKeywords: [SectionRole: [String]] = [:],
        calendar: WorkdayCalendar = .official, path: String? = nil,
        indexNumberPattern: String = PublishConfiguration.defaultIndexNumberPattern, search: Bool = false, pageSize: Int? = nil
    ) {
        self.siteTitle = siteTitle
        self.baseURL = baseURL
        self.timeZone = timeZone
        self.severities = severities
        self.roleKeywords = roleKeywords
        self.calendar = calendar
        self.path = path
        self.indexNumberPattern = indexNumberPattern
        self.search = search
        self.pageSize = pageSize
    }

    /// The severity a rule's finding gets: the configured one, else `defaultSeverity`; nil when the
    /// site switched the rule off.
    public func severity(of rule: String, default defaultSeverity: Severity) -> Severity? {
        if let configured = severities[rule] { return configured }
        let group = String(rule.prefix { $0 != "/" }) + "/*"
        if let configured = severities[group] { return configured }
        return defaultSeverity
    }

    /// The interpreter of the site's notices: its role keywords and its calendar.
    public var interpreter: NoticeInterpreter {
        NoticeInterpreter(roles: roleClassifier, calendar: calendar)
    }

    /// The role classifier with the site's keywords tried before the built-in ones.
    public var roleClassifier: RoleClassifier {
        let extra = SectionRole.allCases.compactMap { role in
            roleKeywords[role].map { RoleClassifier.KeywordGroup(role: role, keywords: $0) }
        }
        return RoleClassifier(groups: extra + RoleClassifier.defaultGroups)
    }
}
