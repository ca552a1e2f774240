import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The wordings corpus (`Fixtures/wordings/<fact>/<case>.md`): one form of a fact as published
/// notices word it (`../shared/reference/wordings.md`), the facts it must yield in the JSON model,
/// and, for a defect twin, the findings it must give at its marked places.
///
/// A case file is a header, a line `===`, then Markdown:
///
///     part: closing                  what the Markdown is: opening | closing | sections | headings | body
///     date: 2024-05-06               the front matter `date` (default 2024-05-06)
///     expect closing.disclosure.wording = invitation
///     expect closing.contacts[1].value = 80798041
///     expect closing.disclosure.label = absent
///     allow typography/half-width    a warning the form gives by its nature
///     finding 1️⃣ error disclosure/workdays
///     ===
///     如有意见建议，请在2024年5月6日至5月17日（1️⃣10个工作日）内……
///
/// The Markdown takes its place in a notice whose other parts are sound (`WordingCase.skeleton`).
/// A case without `finding` lines is sound: it must give no error and no warning but those it
/// allows. A case with them must give exactly those findings of their rules, at the markers, and
/// no other error. Paths are read in the JSON the site publishes (`JSONRenderer`): `name`,
/// `name[index]`; a missing value reads `absent`.
@Suite struct WordingCorpusTests {
    static let folder = Fixtures.folder.appendingPathComponent("wordings")

    static var cases: [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func theCorpusCoversEveryFact() {
        let facts = Set(Self.cases.map { String($0.prefix { $0 != "/" }) })
        #expect(facts == ["contacts", "disclosure", "opening", "roles"])
        #expect(Self.cases.filter { !$0.contains("defect") }.count >= 60)
        #expect(Self.cases.filter { $0.contains("defect") }.count >= 12)
    }

    @Test(arguments: cases)
    func caseYieldsItsFacts(name: String) throws {
        let wording = try WordingCase(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(!wording.expectations.isEmpty || !wording.findings.isEmpty, "\(name) expects nothing")
        let marked = MarkedText(wording.notice)
        let loaded = NoticeLoader().load(bytes: Array(marked.text.utf8), path: "wordings/\(name)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(JSONRenderer().render(loaded.notice).utf8))
        guard case .object(let document) = json, let notice = document["notice"] else {
            Issue.record("\(name): no notice in the JSON")
            return
        }
        for (path, expected) in wording.expectations {
            #expect(WordingCase.value(at: path, in: notice) == expected, "\(name): \(path)")
        }

        let findings = Checker().check(loaded)
        let reportedRules = Set(wording.findings.map(\.rule))
        let actual = findings.filter { reportedRules.contains($0.rule) }.map {
            "\($0.range.start.line):\($0.range.start.column) \($0.severity.rawValue) \($0.rule)"
        }
        let expected = try wording.findings.map { finding in
            let at = try #require(marked.locations[finding.marker], "\(name) has no marker \(finding.marker)")
            return "\(at.line):\(at.column) \(finding.severity) \(finding.rule)"
        }
        #expect(actual.sorted() == expected.sorted(), "\(name)")
        let unexpected = findings.filter { finding in
            !reportedRules.contains(finding.rule) && !wording.allowed.contains(where: { finding.rule.hasPrefix($0) })
                && (finding.severity == .error || (wording.findings.isEmpty && finding.severity == .warning))
        }
        #expect(unexpected.isEmpty, "\(name): \(unexpected.map { "\($0.range.start) \($0.rule): \($0.message)" })")
    }
}

/// One case of the wordings corpus, read from its file.
struct WordingCase {
    struct ExpectedFinding {
        var marker: Int
        var severity: String
        var rule: String
    }

    var part = "closing"
    var date = "2024-05-06"
    var expectations: [(path: String, value: String)] = []
    var allowed: [String] = []
    var findings: [ExpectedFinding] = []
    var markdown = ""

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let separator = text.range(of: "\n===\n") else { throw CaseError.noSeparator(url.lastPathComponent) }
        markdown = String(text[separator.upperBound...])
        for line in text[..<separator.lowerBound].split(separator: "\n") {
            let words = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2 else { throw CaseError.badLine(String(line)) }
            switch words[0] {
            case "part:": part = words[1]
            case "date:": date = words[1]
            case "allow": allowed.append(words[1])
            case "expect":
                let sides = words[1].components(separatedBy: " = ")
                guard sides.count == 2 else { throw CaseError.badLine(String(line)) }
                expectations.append((sides[0], sides[1]))
            case "finding":
                let marked = MarkedText(words[1])
                let parts = marked.text.split(separator: " ").map(String.init)
                guard let marker = marked.locations.keys.first, parts.count == 2 else { throw CaseError.badLine(String(line)) }
                findings.append(ExpectedFinding(marker: marker, severity: parts[0], rule: parts[1]))
            default: throw CaseError.badLine(String(line))
            }
        }
    }

    enum CaseError: Error {
        case noSeparator(String)
        case badLine(String)
    }

    static let opening =
        "根据区委统一部署，2023年11月6日至2024年1月12日，区委第二巡察组对某某街道党工委开展了常规巡察。2024年3月8日，区委巡察组向某某街道党工委反馈了巡察意见。现将巡察整改进展情况予以公布。"
    static let headings = ["一、街道党工委履行整改主体责任情况", "二、巡察反馈问题整改落实情况", "三、需长期整改事项进展情况", "四、下一步工作打算"]
    static func sections(_ headings: [String]) -> String {
        """
        ## \(headings[0])

        （一）提高政治站位。街道党工委召开会议专题研究部署整改工作。

        ## \(headings[1])

        ### （一）关于贯彻落实党中央决策部署方面

        一是加强理论学习。组织专题学习12次。

        ## \(headings[2])

        （一）持续推进产业转型。正文内容。

        ## \(headings[3])

        （一）巩固整改成效。正文内容。
        """
    }
    static let closing =
        "欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年5月6日至5月17日（11个工作日）。联系电话：0431-80798040（工作日8:30-17:00）；邮寄地址：某某市某某路1号（邮编：130102）；电子邮箱：zgb@example.cn。"

    /// The whole notice: front matter, then the case's Markdown in its place among sound parts.
    var notice: String {
        let snippet = markdown.trimmingCharacters(in: .newlines)
        let body: String
        switch part {
        case "opening": body = [snippet, Self.sections(Self.headings), Self.closing].joined(separator: "\n\n")
        case "sections": body = [Self.opening, snippet, Self.closing].joined(separator: "\n\n")
        case "headings":
            let lines = snippet.split(separator: "\n").map(String.init)
            body = [Self.opening, Self.sections(lines), Self.closing].joined(separator: "\n\n")
        case "body": body = snippet
        default: body = [Self.opening, Self.sections(Self.headings), snippet].joined(separator: "\n\n")
        }
        return """
            ---
            title: 中共某某街道工作委员会关于区委巡察整改进展情况的通报
            issuer: 中共某某街道工作委员会
            date: \(date)
            ---

            \(body)

            """
    }

    /// The value at `path` (`closing.contacts[1].value`) as text: strings as they are, numbers and
    /// booleans written out, `absent` when there is none.
    static func value(at path: String, in root: JSONValue) -> String {
        var node: JSONValue? = root
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var index: Int? = nil
            if let open = name.firstIndex(of: "["), name.hasSuffix("]") {
                index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
                name = name[..<open]
            }
            if case .object(let members)? = node { node = members[String(name)] } else { node = nil }
            if let index {
                if case .array(let items)? = node, index < items.count { node = items[index] } else { node = nil }
            }
        }
        switch node {
        case nil, .null?: return "absent"
        case .string(let text)?: return text
        case .bool(let flag)?: return flag ? "true" : "false"
        case .int(let number)?: return String(number)
        case .double(let number)?: return String(number)
        case .array(let items)?: return "\(items.count) items"
        case .object?: return "object"
        }
    }
}
