/// Gives a top-level heading its role by keywords, never by one exact string.
///
/// Real headings vary widely (`党工委履行整改主体责任情况`, `巡视整改组织领导情况`,
/// `整改进展情况及成效`, `需要长期坚持的整改事项`, `下一步整改工作打算`). The keyword groups are tried in
/// order, so `区委及主要负责人组织落实整改情况` is responsibility (组织落实) although it also says
/// 整改情况, and `需长期整改事项进展情况` is long-term although it says 进展情况.
public struct RoleClassifier: Sendable {
    public struct KeywordGroup: Sendable, Hashable {
        public var role: SectionRole
        public var keywords: [String]

        public init(role: SectionRole, keywords: [String]) {
            self.role = role
            self.keywords = keywords
        }
    }

    public var groups: [KeywordGroup]

    public init(groups: [KeywordGroup] = RoleClassifier.defaultGroups) {
        self.groups = groups
    }

    public static let defaultGroups: [KeywordGroup] = [
        KeywordGroup(role: .nextSteps, keywords: [
            "下一步", "下步", "下一阶段", "下阶段", "今后", "工作打算", "工作计划", "努力方向", "工作安排", "工作思路",
        ]),
        KeywordGroup(role: .longTerm, keywords: [
            "长期", "长效", "持续推进的整改", "持续整改", "需持续", "需要持续", "尚未完成", "正在推进",
        ]),
        KeywordGroup(role: .responsibility, keywords: [
            "主体责任", "整改责任", "组织领导", "组织落实", "主要负责人", "第一责任人", "领导班子", "责任落实",
            "履行", "政治责任", "责任担当", "整改工作开展情况", "整改工作部署",
        ]),
        KeywordGroup(role: .keyProblems, keywords: [
            "问题", "反馈意见", "反馈", "整改落实情况", "整改进展情况", "整改情况", "整改成效", "成效", "集中整改",
            "整改进展",
        ]),
        KeywordGroup(role: .responsibility, keywords: [
            "责任", "站位", "担当", "领导", "部署", "认识",
        ]),
    ]

    /// The role of a heading and the keyword that decided it, or nil when no keyword fits.
    public func classify(_ heading: String) -> (role: SectionRole, keyword: String)? {
        // Foundation's `contains` compares by canonical equivalence; when every scalar of the
        // heading and of a keyword stands alone, that is finding the keyword's UTF-8 bytes in the
        // heading's, which is much cheaper.
        let foundationContains: (String) -> Bool = heading.contains
        var heading = heading
        heading.makeContiguousUTF8()
        let headingStandsAlone = heading.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone)
        return heading.utf8.withContiguousStorageIfAvailable { text in
            func contains(_ keyword: String) -> Bool {
                guard headingStandsAlone, !keyword.isEmpty,
                    keyword.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone)
                else { return foundationContains(keyword) }
                var keyword = keyword
                keyword.makeContiguousUTF8()
                return keyword.utf8.withContiguousStorageIfAvailable { word in
                    UTF8Bytes.firstOffset(of: word, in: text, from: 0) != nil
                }!
            }
            for group in groups {
                if let keyword = group.keywords.first(where: contains) {
                    return (group.role, keyword)
                }
            }
            return nil
        }!
    }
}
