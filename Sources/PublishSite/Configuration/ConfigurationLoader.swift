import Foundation
import Yams
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Reads `publish.yml`. Every mistake is an error with its line: a configuration that is only half
/// understood would check or publish the wrong thing.
public enum ConfigurationLoader {
    public static let defaultFileName = "publish.yml"
    static let knownKeys = [
        "title", "baseURL", "timeZone", "language", "rules", "roles", "calendar", "search", "pageSize", "indexNumberPattern",
    ]

    /// Loads `path`, or `./publish.yml` when `path` is nil and that file exists, else the defaults.
    public static func load(path: String?) throws(ConfigurationError) -> PublishConfiguration {
        let chosen = path ?? (FileManager.default.fileExists(atPath: defaultFileName) ? defaultFileName : nil)
        guard let chosen else { return PublishConfiguration() }
        guard let data = FileManager.default.contents(atPath: chosen) else {
            throw ConfigurationError(file: chosen, message: Message("config.unreadable"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: chosen, message: Message("config.not-utf8"))
        }
        return try parse(text, path: chosen)
    }

    /// The `language:` of the configuration `path` names (or of `./publish.yml`), or nil when it
    /// names none or cannot be read: the run's language is chosen before the command reads the
    /// configuration for real and reports what is wrong with it.
    public static func language(path: String?) -> Language? {
        (try? load(path: path))?.language
    }

    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> PublishConfiguration {
        var configuration = PublishConfiguration(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError(file: path, line: line(of: error), message: Message("config.yaml", String(describing: error)))
        } catch {
            throw ConfigurationError(file: path, message: Message("config.yaml", String(describing: error)))
        }
        guard let root else { return configuration }
        guard case .mapping(let mapping) = root else {
            throw ConfigurationError(file: path, line: root.mark?.line, message: Message("config.not-mapping"))
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw ConfigurationError(file: path, line: keyNode.mark?.line, message: Message("config.key-not-word"))
            }
            switch key {
            case "title": configuration.siteTitle = try string(value, key: key, path: path)
            case "baseURL": configuration.baseURL = try string(value, key: key, path: path)
            case "timeZone":
                let zone = try string(value, key: key, path: path)
                guard TimeZone(identifier: zone) != nil else {
                    throw ConfigurationError(file: path, line: value.mark?.line, message: Message("config.time-zone", zone))
                }
                configuration.timeZone = zone
            case "language":
                let name = try string(value, key: key, path: path)
                guard let language = Language.named(name) else {
                    throw ConfigurationError(file: path, line: value.mark?.line, message: Message("config.language", name))
                }
                configuration.language = language
            case "rules": configuration.severities = try severities(value, path: path)
            case "roles": configuration.roleKeywords = try roles(value, path: path)
            case "calendar": configuration.calendar = try calendar(value, path: path)
            case "search":
                guard case .scalar(let scalar) = value, let flag = Bool.construct(from: scalar) else {
                    throw ConfigurationError(file: path, line: value.mark?.line, message: Message("config.search"))
                }
                configuration.search = flag
            case "pageSize":
                guard let size = value.scalar.flatMap({ Int($0.string) }), (1...10_000).contains(size) else {
                    throw ConfigurationError(
                        file: path, line: value.mark?.line, message: Message("config.page-size"))
                }
                configuration.pageSize = size
            case "indexNumberPattern":
                let pattern = try string(value, key: key, path: path)
                do {
                    _ = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw ConfigurationError(
                        file: path, line: value.mark?.line, message: Message("config.index-number-pattern", pattern))
                }
                configuration.indexNumberPattern = pattern
            default:
                throw ConfigurationError(
                    file: path, line: keyNode.mark?.line,
                    message: Message("config.unknown-key", key, knownKeys))
            }
        }
        return configuration
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func string(_ node: Node, key: String, path: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: Message("config.not-text", key))
        }
        return scalar.string
    }

    private static func severities(_ node: Node, path: String) throws(ConfigurationError) -> [String: Severity?] {
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: Message("config.rules-not-mapping"))
        }
        let known = Set(RuleRegistry.descriptors.map(\.id))
        let groups = Set(RuleRegistry.descriptors.map { $0.group + "/*" })
        var result: [String: Severity?] = [:]
        for (keyNode, value) in mapping {
            let rule = keyNode.scalar?.string ?? ""
            guard known.contains(rule) || groups.contains(rule) else {
                throw ConfigurationError(file: path, line: keyNode.mark?.line, message: Message("config.unknown-rule", rule))
            }
            let word = value.scalar?.string.lowercased() ?? ""
            if word == "off" || word == "false" {
                result[rule] = .some(nil)
            } else if let severity = Severity(rawValue: word) {
                result[rule] = .some(severity)
            } else {
                throw ConfigurationError(file: path, line: value.mark?.line, message: Message("config.severity", rule))
            }
        }
        return result
    }

    private static func roles(_ node: Node, path: String) throws(ConfigurationError) -> [SectionRole: [String]] {
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: Message("config.roles-not-mapping"))
        }
        var result: [SectionRole: [String]] = [:]
        for (keyNode, value) in mapping {
            guard let role = keyNode.scalar.flatMap({ SectionRole(rawValue: $0.string) }), role != .other else {
                throw ConfigurationError(
                    file: path, line: keyNode.mark?.line,
                    message: Message("config.unknown-role", keyNode.scalar?.string ?? ""))
            }
            guard case .sequence(let sequence) = value else {
                throw ConfigurationError(file: path, line: value.mark?.line, message: Message("config.keywords-not-list"))
            }
            result[role] = sequence.compactMap { $0.scalar?.string }.filter { !$0.isEmpty }
        }
        return result
    }

    private static func calendar(_ node: Node, path: String) throws(ConfigurationError) -> WorkdayCalendar {
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: Message("config.calendar-not-mapping"))
        }
        var calendar = WorkdayCalendar.official
        for (keyNode, value) in mapping {
            guard let year = keyNode.scalar.flatMap({ Int($0.string) }), (1900...2200).contains(year) else {
                throw ConfigurationError(file: path, line: keyNode.mark?.line, message: Message("config.calendar-year"))
            }
            func dates(_ key: String) throws(ConfigurationError) -> [CalendarDate] {
                guard let list = value[key] else { return [] }
                guard case .sequence(let sequence) = list else {
                    throw ConfigurationError(file: path, line: list.mark?.line, message: Message("config.dates-not-list", key))
                }
                var result: [CalendarDate] = []
                for item in sequence {
                    guard let text = item.scalar?.string, let date = CalendarDate(iso: text), date.isValid else {
                        throw ConfigurationError(file: path, line: item.mark?.line, message: Message("config.not-a-date", item.scalar?.string ?? ""))
                    }
                    result.append(date)
                }
                return result
            }
            calendar = calendar.adding(year: year, holidays: try dates("holidays"), workdays: try dates("workdays"))
        }
        return calendar
    }
}
