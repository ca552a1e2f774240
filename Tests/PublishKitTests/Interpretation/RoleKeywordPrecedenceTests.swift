import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Headings that hold keywords of two roles, whose role no 公文 editor would doubt: the words that
/// name a part (长期 for the long-term items, 下一步/今后 for the next steps, 主体责任/主要负责人 for
/// the responsibility) decide over words any part may use (问题, 反馈, 整改情况, 认识). Tried through
/// `classify` and through a whole notice, where a wrong role is a false `structure/*` error.
@Suite struct RoleKeywordPrecedenceTests {
    static let headings: [(heading: String, role: SectionRole)] = [
        // Long-term items that speak of problems, feedback or progress.
        ("需要长期坚持整改的问题", .longTerm),
        ("需长期整改问题的进展情况", .longTerm),
        ("巡视反馈问题中需长期整改事项进展情况", .longTerm),
        ("需长期推进的问题整改落实情况", .longTerm),
        // Next steps that name other parts' words.
        ("下一步巩固长效机制的工作打算", .nextSteps),
        ("下一步巡视反馈问题整改工作打算", .nextSteps),
        ("今后履行主体责任的努力方向", .nextSteps),
        ("下一步持续整改的工作安排", .nextSteps),
        // Responsibility headings that say 整改情况.
        ("党委履行主体责任、组织落实整改情况", .responsibility),
        ("领导班子及主要负责人抓整改情况", .responsibility),
        // Key problems that use a word of the slogan-style responsibility headings.
        ("对照反馈问题深化认识、逐项整改情况", .keyProblems),
        ("巡视反馈意见整改部署落实情况", .keyProblems),
        // Problem areas as parts: whatever role words they hold, they name a problem.
        ("关于领导班子建设方面问题的整改落实情况", .keyProblems),
        ("在政治意识不够强，党的领导弱化方面", .keyProblems),
        ("关于主体责任落实不到位问题", .keyProblems),
        ("关于长期以来形成的作风顽疾方面", .keyProblems),
    ]

    @Test(arguments: headings)
    func classifyGivesTheRoleThePartNames(heading: String, role: SectionRole) {
        #expect(RoleClassifier().classify(heading)?.role == role)
    }

    /// The example notice with the heading of the part of that role replaced.
    static let partHeadings: [SectionRole: String] = [
        .responsibility: "## 一、党工委履行整改主体责任情况",
        .keyProblems: "## 二、巡视反馈重点问题整改落实情况",
        .longTerm: "## 三、需长期整改事项进展情况",
        .nextSteps: "## 四、下一步工作打算",
    ]

    @Test(arguments: headings)
    func aNoticeWithTheHeadingHasItsFourParts(heading: String, role: SectionRole) throws {
        let content = try Fixtures.contentNotice().source.text
        let original = try #require(Self.partHeadings[role])
        let ordinal = String(original.dropFirst(3).prefix(2))
        try #require(content.contains(original + "\n"))
        let text = content.replacingOccurrences(of: original + "\n", with: "## \(ordinal)\(heading)\n")
        let loaded = Fixtures.load(text, path: "content/notice.md")
        #expect(loaded.notice.sections.map(\.role) == SectionRole.required)
        let structure = Checker().check(loaded).filter { $0.rule.hasPrefix("structure/") }
        #expect(structure.isEmpty, "\(structure.map { "\($0.rule): \($0.message)" })")
    }
}
