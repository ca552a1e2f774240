import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules

/// The two catalogues are complete, used, agree on their placeholders, and the Chinese obeys the
/// project's own typography rules.
struct CatalogueTests {
    static let english = MessageCatalogue.table(.english)
    static let chinese = MessageCatalogue.table(.chinese)

    /// Every string literal in the sources, outside the catalogues.
    static let sourceLiterals: Set<String> = {
        var literals: Set<String> = []
        let sources = Fixtures.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        let literal = try! NSRegularExpression(pattern: #""([a-z][a-z0-9-]*(?:\.[a-zA-Z0-9<>/*-]+)+)""#)
        for case let url as URL in files where url.pathExtension == "swift" && !url.lastPathComponent.hasSuffix("Catalogue.swift") {
            let text = try! String(contentsOf: url, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                literals.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return literals
    }()

    /// Ids made from a value rather than written out: rule texts, severities, ArgumentParser's words.
    static func isBuiltFromValue(_ id: String) -> Bool {
        let rules = Set(RuleRegistry.descriptors.map(\.id))
        if id.hasPrefix("rule."), id.hasSuffix(".summary") || id.hasSuffix(".example") {
            let rule = id.dropFirst("rule.".count).split(separator: ".").dropLast().joined(separator: ".")
            return rules.contains(rule)
        }
        let severities = Set(Severity.allCases.map(\.rawValue))
        for prefix in ["severity.", "summary.count."] where id.hasPrefix(prefix) {
            return severities.contains(String(id.dropFirst(prefix.count)))
        }
        return id.hasPrefix("parser.")
    }

    @Test func everyIdHasAnEnglishAndAChineseText() {
        #expect(Set(Self.english.keys).subtracting(Self.chinese.keys).sorted() == [], "no Chinese text")
        #expect(Set(Self.chinese.keys).subtracting(Self.english.keys).sorted() == [], "no English text")
        // The same text in both only where it has no English word (`{1} KB`, `「{1}」`).
        for (id, text) in Self.chinese {
            let english = Self.english[id] ?? ""
            #expect(!text.isEmpty && (text != english || english.firstMatch(of: /[a-z]{3,}/) == nil), "\(id): \(text)")
        }
    }

    @Test func everyRuleHasASummaryAndAnExampleInBothLanguages() {
        for rule in RuleRegistry.descriptors {
            for language in Language.allCases {
                #expect(MessageCatalogue.template("rule.\(rule.id).summary", in: language) != nil, "\(rule.id) \(language)")
                #expect(MessageCatalogue.template("rule.\(rule.id).example", in: language) != nil, "\(rule.id) \(language)")
            }
        }
    }

    @Test func everyEntryIsUsed() {
        let unused = Self.english.keys.filter { !Self.sourceLiterals.contains($0) && !Self.isBuiltFromValue($0) }
        #expect(unused.sorted() == [], "catalogue entries nothing uses")
    }

    @Test func everyIdTheSourcesNameIsInTheCatalogues() throws {
        let call = try NSRegularExpression(pattern: #"(?:Message\((?:id: )?|say\(|localizedHelp\()"([^"\\]+)""#)
        let sources = Fixtures.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        var missing: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let id = String(text[Range(match.range(at: 1), in: text)!])
                if Self.english[id] == nil { missing.append("\(url.lastPathComponent): \(id)") }
            }
        }
        #expect(missing == [])
    }

    /// A Chinese text quotes what the English quotes; a number the English uses only to choose a
    /// plural may be left out.
    @Test func bothTextsOfAnEntryUseTheSamePlaceholders() {
        for (id, english) in Self.english {
            guard let chinese = Self.chinese[id] else { continue }
            let quoted = MessageTemplate.placeholders(in: english, pluralsOnly: false)
            let all = MessageTemplate.placeholders(in: english, pluralsOnly: nil)
            let used = MessageTemplate.placeholders(in: chinese, pluralsOnly: nil)
            #expect(quoted.isSubset(of: used) && used.isSubset(of: all), "\(id): \(english) / \(chinese)")
        }
    }

    /// The Chinese texts, each a paragraph of a notice, give no typography finding: no half-width
    /// `, ; : ? ! ( )` beside Chinese, no doubled marks, no mixed quotes.
    @Test func theChineseTextsPassTheTypographyRules() throws {
        // A rule's example shows the fault the rule reports (`全面部署。。`): it is quoted text.
        let entries = Self.chinese.filter { !($0.key.hasPrefix("rule.") && $0.key.hasSuffix(".example")) }
            .sorted { $0.key < $1.key }
        var markdown = ""
        var lineOf: [Int: String] = [:]
        var line = 1
        for (id, text) in entries {
            // Placeholders stand for values quoted as they are (keys, numbers, the author's text):
            // what is checked is the catalogue's own text around them.
            let filled = MessageTemplate.fill(text, with: Array(repeating: "x", count: 9))
            markdown += filled.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces) + "\n\n"
            lineOf[line] = id
            line += 2
        }
        let loaded = Fixtures.load(markdown, path: "catalogue.md")
        let typography = Checker().check(loaded).filter {
            ["typography/half-width-punctuation", "typography/repeated-punctuation", "typography/mixed-quotes"].contains($0.rule)
        }
        let reported = typography.map { "\(lineOf[$0.range.start.line] ?? "?"): \($0.message.english)" }
        #expect(reported == [])
    }

    /// Every finding the rule fixtures give reads in Chinese: from the catalogue, with Chinese in it.
    @Test func everyFixtureFindingHasAChineseText() throws {
        let folder = Fixtures.folder.appendingPathComponent("rules")
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "md" }
        #expect(files.count >= 40)
        var seen = 0
        for file in files {
            let loaded = NoticeLoader().load(bytes: [UInt8](try Data(contentsOf: file)), path: file.lastPathComponent)
            for finding in Checker().check(loaded) {
                for message in [finding.message] + finding.notes + (finding.fix.map { [$0] } ?? []) {
                    seen += 1
                    #expect(Self.chinese[message.id] != nil, "\(finding.rule): \(message.english)")
                    #expect(message.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                        "\(finding.rule): \(message.chinese)")
                }
            }
        }
        #expect(seen > 100)
    }
}
