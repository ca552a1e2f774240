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
        "title", "baseURL", "timeZone", "rules", "roles", "calendar", "search", "pageSize", "indexNumberPattern",
    ]

    /// Loads `path`, or `./publish.yml` when `path` is nil and that file exists, else the defaults.
    public static func load(path: String?) throws(ConfigurationError) -> PublishConfiguration {
        let chosen = path ?? (FileManager.default.fileExists(atPath: defaultFileName) ? defaultFileName : nil)
        guard let chosen else { return PublishConfiguration() }
        guard let data = FileManager.default.contents(atPath: chosen) else {
            throw ConfigurationError(file: chosen, message: "the configuration file cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: chosen, message: "the configuration file is not UTF-8")
        }
        return try parse(text, path: chosen)
    }

    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> PublishConfiguration {
        var configuration = PublishConfiguration(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError(file: path, line: line(of: error), message: "not valid YAML: \(error)")
        } catch {
            throw ConfigurationError(file: path, message: "not valid YAML: \(error)")
        }
        guard let root else { return configuration }
        guard case .mapping(let mapping) = root else {
            throw ConfigurationError(file: path, line: root.mark?.line, message: "expected `key: value` lines")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw ConfigurationError(file: path, line: keyNode.mark?.line, message: "a key must be a plain word")
            }
            switch key {
            case "title": configuration.siteTitle = try string(value, key: key, path: path)
            case "baseURL": configuration.baseURL = try string(value, key: key, path: path)
            case "timeZone":
                let zone = try string(value, key: key, path: path)
                guard TimeZone(identifier: zone) != nil else {
                    throw ConfigurationError(file: path, line: value.mark?.line, message: "unknown time zone `\(zone)`")
                }
                configuration.timeZone = zone
            case "rules": configuration.severities = try severities(value, path: path)
            case "roles": configuration.roleKeywords = try roles(value, path: path)
            case "calendar": configuration.calendar = try calendar(value, path: path)
            case "search":
                guard case .scalar(let scalar) = value, let flag = Bool.construct(from: scalar) else {
                    throw ConfigurationError(file: path, line: value.mark?.line, message: "`search` must be true or false")
                }
                configuration.search = flag
            case "pageSize":
                guard let size = value.scalar.flatMap({ Int($0.string) }), (1...10_000).contains(size) else {
                    throw ConfigurationError(
                        file: path, line: value.mark?.line, message: "`pageSize` must be a whole number of notices from 1 to 10000")
                }
                configuration.pageSize = size
            case "indexNumberPattern":
                let pattern = try string(value, key: key, path: path)
                do {
                    _ = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw ConfigurationError(
                        file: path, line: value.mark?.line, message: "`indexNumberPattern` is not a regular expression: `\(pattern)`")
                }
                configuration.indexNumberPattern = pattern
            default:
                throw ConfigurationError(
                    file: path, line: keyNode.mark?.line,
                    message: "unknown key `\(key)`; known keys: \(knownKeys.joined(separator: ", "))")
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
            throw ConfigurationError(file: path, line: node.mark?.line, message: "`\(key)` must be text")
        }
        return scalar.string
    }

    private static func severities(_ node: Node, path: String) throws(ConfigurationError) -> [String: Severity?] {
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: "`rules` must map rule ids to error, warning, note or off")
        }
        let known = Set(RuleRegistry.descriptors.map(\.id))
        let groups = Set(RuleRegistry.descriptors.map { $0.group + "/*" })
        var result: [String: Severity?] = [:]
        for (keyNode, value) in mapping {
            let rule = keyNode.scalar?.string ?? ""
            guard known.contains(rule) || groups.contains(rule) else {
                throw ConfigurationError(file: path, line: keyNode.mark?.line, message: "unknown rule `\(rule)` (`publish rules` lists them)")
            }
            let word = value.scalar?.string.lowercased() ?? ""
            if word == "off" || word == "false" {
                result[rule] = .some(nil)
            } else if let severity = Severity(rawValue: word) {
                result[rule] = .some(severity)
            } else {
                throw ConfigurationError(file: path, line: value.mark?.line, message: "`\(rule)` must be error, warning, note or off")
            }
        }
        return result
    }

    private static func roles(_ node: Node, path: String) throws(ConfigurationError) -> [SectionRole: [String]] {
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: "`roles` must map roles to keyword lists")
        }
        var result: [SectionRole: [String]] = [:]
        for (keyNode, value) in mapping {
            guard let role = keyNode.scalar.flatMap({ SectionRole(rawValue: $0.string) }), role != .other else {
                throw ConfigurationError(
                    file: path, line: keyNode.mark?.line,
                    message: "unknown role `\(keyNode.scalar?.string ?? "")`; roles: responsibility, keyProblems, longTerm, nextSteps")
            }
            guard case .sequence(let sequence) = value else {
                throw ConfigurationError(file: path, line: value.mark?.line, message: "keywords must be a list")
            }
            result[role] = sequence.compactMap { $0.scalar?.string }.filter { !$0.isEmpty }
        }
        return result
    }

    private static func calendar(_ node: Node, path: String) throws(ConfigurationError) -> WorkdayCalendar {
        guard case .mapping(let mapping) = node else {
            throw ConfigurationError(file: path, line: node.mark?.line, message: "`calendar` must map years to holidays and workdays")
        }
        var calendar = WorkdayCalendar.official
        for (keyNode, value) in mapping {
            guard let year = keyNode.scalar.flatMap({ Int($0.string) }), (1900...2200).contains(year) else {
                throw ConfigurationError(file: path, line: keyNode.mark?.line, message: "a calendar key must be a year")
            }
            func dates(_ key: String) throws(ConfigurationError) -> [CalendarDate] {
                guard let list = value[key] else { return [] }
                guard case .sequence(let sequence) = list else {
                    throw ConfigurationError(file: path, line: list.mark?.line, message: "`\(key)` must be a list of dates")
                }
                var result: [CalendarDate] = []
                for item in sequence {
                    guard let text = item.scalar?.string, let date = CalendarDate(iso: text), date.isValid else {
                        throw ConfigurationError(file: path, line: item.mark?.line, message: "not a date (YYYY-MM-DD): `\(item.scalar?.string ?? "")`")
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
