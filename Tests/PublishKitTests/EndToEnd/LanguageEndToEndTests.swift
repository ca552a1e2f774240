import Foundation
import Testing
@testable import PublishCore

/// The binary in Chinese and English: the same findings, told in each language.
@Suite(.serialized) struct LanguageEndToEndTests {
    static let sample = Fixtures.referencePath

    @Test func theHumanFormatInChineseMatchesTheGoldenFile() throws {
        let result = try PublishBinary.run(["check", Self.sample, "--lang", "zh"])
        #expect(result.status == 0)
        try expectGolden(result.stderr, "check-published-sample.zh.txt")
    }

    /// `--lang zh`, `LANG=zh_CN.UTF-8`, `PUBLISH_LANG=zh` and `language: zh` in publish.yml give
    /// the same Chinese; `--lang en` wins over all of them.
    @Test func everyWayOfChoosingChineseGivesTheSameText() throws {
        let flag = try PublishBinary.run(["check", Self.sample, "--lang", "zh"]).stderr
        #expect(flag.contains("警告：") && flag.contains("中文语句"))
        let locale = try PublishBinary.run(["check", Self.sample], environment: ["LANG": "zh_CN.UTF-8"]).stderr
        let variable = try PublishBinary.run(["check", Self.sample], environment: ["PUBLISH_LANG": "zh", "LANG": "C"]).stderr
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("publish-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("publish.yml")
        try "language: zh\n".write(to: config, atomically: true, encoding: .utf8)
        let configured = try PublishBinary.run(["check", Self.sample, "--config", config.path]).stderr
        #expect(locale == flag)
        #expect(variable == flag)
        #expect(configured == flag)
        let english = try PublishBinary.run(
            ["check", Self.sample, "--lang", "en", "--config", config.path], environment: ["LANG": "zh_CN.UTF-8"]
        ).stderr
        #expect(english.contains("warning: half-width"))
        #expect(english == (try PublishBinary.run(["check", Self.sample]).stderr))
    }

    /// JSON in the two languages differs in `message`, `fix` and `notes` only; the rule ids,
    /// severities, files, ranges and the summary are the same.
    @Test(arguments: ["json", "sarif", "github"])
    func machineFormatsDifferOnlyInTheirTexts(_ format: String) throws {
        let english = try PublishBinary.run(["check", Self.sample, "--format", format]).stdout
        let chinese = try PublishBinary.run(["check", Self.sample, "--format", format, "--lang", "zh"]).stdout
        #expect(english != chinese)
        #expect(chinese.contains("中文语句中使用了半角"))
        switch format {
        case "json":
            let en = try #require(try JSONSerialization.jsonObject(with: Data(english.utf8)) as? [String: Any])
            let zh = try #require(try JSONSerialization.jsonObject(with: Data(chinese.utf8)) as? [String: Any])
            let enFindings = try #require(en["diagnostics"] as? [[String: Any]])
            let zhFindings = try #require(zh["diagnostics"] as? [[String: Any]])
            #expect(enFindings.count == 316 && zhFindings.count == enFindings.count)
            for (a, b) in zip(enFindings, zhFindings) {
                #expect(Set(a.keys) == Set(b.keys))
                for key in a.keys where !["message", "fix", "notes"].contains(key) {
                    #expect(NSDictionary(dictionary: [key: a[key]!]) == NSDictionary(dictionary: [key: b[key]!]), "\(key)")
                }
                #expect(a["message"] as? String != b["message"] as? String)
            }
            #expect(NSDictionary(dictionary: en["summary"] as! [String: Any]) == NSDictionary(dictionary: zh["summary"] as! [String: Any]))
        case "github":
            // `::warning file=…,line=…,col=…,…,title=RULE::` stays; the text after it changes.
            let heads = { (text: String) in text.split(separator: "\n").map { $0.components(separatedBy: "::").prefix(2).joined(separator: "::") } }
            #expect(heads(english) == heads(chinese))
        default:
            let ids = { (text: String) in text.split(separator: "\n").filter { $0.contains("\"ruleId\"") || $0.contains("Line\"") || $0.contains("Column\"") } }
            #expect(ids(english) == ids(chinese))
        }
    }

    @Test func helpAndUsageErrorsSpeakChinese() throws {
        let help = try PublishBinary.run(["check", "--help", "--lang", "zh"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("用法："))
        #expect(help.stdout.contains("选项："))
        #expect(help.stdout.contains("检查通报的结构"))
        #expect(!help.stdout.contains("OPTIONS:"))
        let missing = try PublishBinary.run(["render", "--lang", "zh"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("错误：缺少必需的参数「<file>」"))
        let english = try PublishBinary.run(["render"])
        #expect(english.stderr.contains("Error: Missing expected argument '<file>'"))
        let bad = try PublishBinary.run(["check", Self.sample, "--lang", "fr"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("`--lang fr` names no language"))
    }

    @Test func theRuleListIsInBothLanguages() throws {
        let chinese = try PublishBinary.run(["rules", "--lang", "zh"]).stdout
        let english = try PublishBinary.run(["rules"]).stdout
        let lines = chinese.split(separator: "\n")
        #expect(lines.count == english.split(separator: "\n").count)
        #expect(lines.allSatisfy { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
        #expect(try PublishBinary.run(["rules", "--format", "markdown", "--lang", "zh"]).stdout.hasPrefix("| 规则 | 级别 |"))
    }
}
