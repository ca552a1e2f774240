import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// Real top-level headings (docs/authoring.md, the reference notice and both sample openings, and common
/// variants) and the role each must get.
@Suite struct RoleClassifierTests {
    static let headings: [(String, SectionRole)] = [
        ("党工委履行整改主体责任情况", .responsibility),
        ("区委及主要负责人组织落实整改情况", .responsibility),
        ("党委及主要负责人组织落实整改情况", .responsibility),
        ("巡视整改组织领导情况", .responsibility),
        ("提高政治站位,压实主体责任,扎实推进巡视整改", .responsibility),
        ("党组织主要负责人组织落实整改工作情况", .responsibility),
        ("党组织巡视整改主体责任落实情况", .responsibility),
        ("履行巡察整改主体责任情况", .responsibility),
        ("巡视反馈重点问题整改落实情况", .keyProblems),
        ("巡视反馈问题整改落实情况", .keyProblems),
        ("整改进展情况及成效", .keyProblems),
        ("巡察反馈意见整改落实情况", .keyProblems),
        ("对照反馈问题逐项整改情况", .keyProblems),
        ("需长期整改事项进展情况", .longTerm),
        ("需要长期坚持的整改事项", .longTerm),
        ("需要长期坚持和深化整改的事项进展情况", .longTerm),
        ("下一步工作打算", .nextSteps),
        ("下一步整改工作打算", .nextSteps),
        ("今后工作打算", .nextSteps),
        ("下步工作安排", .nextSteps),
    ]

    @Test(arguments: headings)
    func headingGetsItsRole(heading: String, role: SectionRole) {
        #expect(RoleClassifier().classify(heading)?.role == role)
    }

    @Test func aSloganHeadingBeforeTheProblemsIsResponsibilityByPosition() {
        let notice = Fixtures.load("""
            根据市委统一部署，市委第二巡视组于2024年3月1日至5月30日对某区开展了巡视。

            ## 一、坚持高位推动，凝聚整改合力

            （一）加强学习。正文。

            ## 二、巡视反馈问题整改落实情况

            （一）关于某某方面。正文。
            """).notice
        #expect(notice.sections.map(\.role) == [.responsibility, .keyProblems])
        #expect(notice.sections[0].roleEvidence == .position)
    }

    @Test func unnumberedParagraphsBeforeTheFirstHeadingAreAResponsibilityPartWithoutHeading() {
        let notice = Fixtures.load("""
            根据市委统一部署，市委第二巡视组于2024年3月1日至5月30日对某区开展了巡视。现将整改进展情况予以公布。

            区委高度重视巡视整改工作，成立整改工作领导小组。

            ## 一、巡视反馈问题整改落实情况

            （一）关于某某方面。正文。
            """).notice
        #expect(notice.opening.paragraphs.count == 1)
        #expect(notice.sections.count == 2)
        #expect(notice.sections[0].head == nil)
        #expect(notice.sections[0].role == .responsibility)
        #expect(notice.sections[1].role == .keyProblems)
    }

    /// `classify` looks keywords up on UTF-8 bytes when it may; the answer is Foundation's
    /// `contains`, keyword by keyword, as before.
    @Test func keywordsAreFoundAsFoundationFindsThem() {
        let oddKeywords = ["", "e\u{301}", "é", "Å", "\u{212B}", "零", "\u{F9B2}"]
        let classifier = RoleClassifier(
            groups: RoleClassifier.defaultGroups + [RoleClassifier.KeywordGroup(role: .other, keywords: oddKeywords)])
        var generator = SplitMix64(seed: 3)
        let pieces = RoleClassifier.defaultGroups.flatMap { $0.keywords + $0.endings } + ["关于", "问题"]
            + ["e", "\u{301}", "é", "Å", "A\u{30A}", "\u{F9B2}", "零", "，", "a"]
        for _ in 0..<3000 {
            var heading = ""
            for _ in 0..<Int(generator.next() % 4) {
                let piece = Array(pieces[Int(generator.next() % UInt64(pieces.count))].unicodeScalars)
                let cut = Int(generator.next() % UInt64(piece.count + 1))
                heading += String(String.UnicodeScalarView(generator.next() % 2 == 0 ? piece[...] : piece[cut...]))
            }
            // Endings and `关于*问题` patterns as the classifier documents them, keywords by Foundation.
            func holds(_ keyword: String) -> Bool {
                guard keyword.contains("*") else { return heading.contains(keyword) }
                var rest = Substring(heading)
                for piece in keyword.split(separator: "*") {
                    guard let found = rest.range(of: piece) else { return false }
                    rest = rest[found.upperBound...]
                }
                return true
            }
            var trimmed = Substring(heading).unicodeScalars
            while let last = trimmed.last, "。，,；;：: 　".unicodeScalars.contains(last) { trimmed.removeLast() }
            var expected: (SectionRole, String)? = nil
            for group in classifier.groups {
                if let ending = group.endings.first(where: String(trimmed).hasSuffix) {
                    expected = (group.role, ending)
                    break
                }
                if let keyword = group.keywords.first(where: holds) {
                    expected = (group.role, keyword)
                    break
                }
            }
            let found = classifier.classify(heading)
            #expect(found?.role == expected?.0 && found?.keyword == expected?.1, "\(heading.debugDescription)")
        }
    }
}
