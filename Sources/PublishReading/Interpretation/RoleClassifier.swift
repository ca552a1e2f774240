import PublishCore

/// Gives a top-level heading its role by keywords, never by one exact string.
///
/// Real headings vary widely (`党工委履行整改主体责任情况`, `巡视整改组织领导情况`,
/// `整改进展情况及成效`, `需要长期坚持的整改事项`, `下一步整改工作打算`). The keyword groups are tried in
/// order, so `区委及主要负责人组织落实整改情况` is responsibility (组织落实) although it also says
/// 整改情况, and `需长期整改事项进展情况` is long-term although it says 进展情况.
public struct RoleClassifier: Sendable {
    public struct KeywordGroup: Sendable, Hashable {
        public var role: SectionRole
        /// Words the heading holds; `关于*问题` holds its pieces in this order.
        public var keywords: [String]
        /// Endings that give the role whatever the heading says before them (`……方面`: a
        /// problem area, though it may name 领导 or 责任).
        public var endings: [String]

        public init(role: SectionRole, keywords: [String], endings: [String] = []) {
            self.role = role
            self.keywords = keywords
            self.endings = endings
        }
    }

    public var groups: [KeywordGroup] {
        didSet { compiled = groups.map(CompiledGroup.init) }
    }

    /// `groups` with each word's UTF-8 worked out once (`CompiledGroup`), parallel to it.
    private var compiled: [CompiledGroup]

    public init(groups: [KeywordGroup] = RoleClassifier.defaultGroups) {
        self.groups = groups
        self.compiled = groups.map(CompiledGroup.init)
    }

    /// A part named after a problem area (`一、在政治意识不够强，党的领导弱化方面`,
    /// `关于主体责任落实不到位问题`) reports on feedback problems, whatever words of other roles it
    /// holds.
    public static let problemArea = KeywordGroup(
        role: .keyProblems, keywords: ["关于*方面", "关于*问题"],
        endings: ["方面", "方面的问题", "方面问题", "方面的整改情况"])

    /// Whether a heading names a problem area (`……方面`, `关于……问题`).
    public static func namesProblemArea(_ heading: String) -> Bool {
        problemAreaClassifier.classify(heading) != nil
    }

    private static let problemAreaClassifier = RoleClassifier(groups: [problemArea])

    public static let defaultGroups: [KeywordGroup] = [
        problemArea,
        KeywordGroup(role: .nextSteps, keywords: [
            "下一步", "下步", "下一阶段", "下阶段", "今后", "工作打算", "工作计划", "努力方向", "工作安排", "工作思路", "打算",
        ]),
        KeywordGroup(role: .longTerm, keywords: [
            "长期", "长效", "持续推进的整改", "持续整改", "需持续", "需要持续", "尚未完成", "正在推进", "持续深化",
        ]),
        KeywordGroup(role: .responsibility, keywords: [
            "主体责任", "整改责任", "组织领导", "组织落实", "主要负责人", "第一责任人", "领导班子", "责任落实",
            "履行", "政治责任", "责任担当", "整改工作开展情况", "整改工作部署", "重大政治任务", "扛牢",
        ]),
        KeywordGroup(role: .keyProblems, keywords: [
            "问题", "反馈意见", "反馈", "整改落实情况", "整改进展情况", "整改情况", "整改成效", "成效", "集中整改",
            "整改进展", "逐项整改", "落地见效",
        ]),
        KeywordGroup(role: .responsibility, keywords: [
            "责任", "站位", "担当", "领导", "部署", "认识",
        ]),
    ]

    private static func withoutFinalPunctuation(_ heading: String) -> String {
        var scalars = Substring(heading).unicodeScalars
        while let last = scalars.last, "。，,；;：: 　".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// The two parts a heading joins (`需长期整改的事项及下一步工作打算`: long-term items and next
    /// steps), in the order of the parts, or nil when it names one part.
    public func joinedRoles(_ heading: String) -> (first: SectionRole, second: SectionRole)? {
        // A character that is a joiner is that one scalar: without any of them, nothing splits.
        guard heading.unicodeScalars.contains(where: Self.isJoiner) else { return nil }
        let pieces = Self.joinedPieces(heading)
        guard pieces.count >= 2 else { return nil }
        let found = pieces.compactMap { classify($0)?.role }.filter { SectionRole.required.contains($0) }
        let order = found.compactMap { SectionRole.required.firstIndex(of: $0) }
        guard let low = order.min(), let high = order.max(), low < high else { return nil }
        return (SectionRole.required[low], SectionRole.required[high])
    }

    /// The parts of `heading` between its joiners, those of two characters or more:
    /// `joinedPiecesByCharacter(_:)`, on the scalars when every scalar is a character of its own
    /// (`PatternSubject.scalarStandsAlone`), without making and hashing a `Character` for each.
    package static func joinedPieces(_ heading: String) -> [String] {
        guard heading.utf8.withContiguousStorageIfAvailable(PatternSubject.standsAlone) == true else {
            return joinedPiecesByCharacter(heading)
        }
        return heading.unicodeScalars.split(whereSeparator: isJoiner).map(String.init).filter { $0.unicodeScalars.count >= 2 }
    }

    /// `joinedPieces(_:)` read by characters: what the scalars' shortcut is held to.
    package static func joinedPiecesByCharacter(_ heading: String) -> [String] {
        heading.split(whereSeparator: joiners.contains).map(String.init).filter { $0.count >= 2 }
    }

    /// Whether the scalar is one of `joiners`, compared without a string of them to walk.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "及", "和", "与", "暨", "并": true
        default: false
        }
    }

    /// The words that join the names of two parts in one heading (`……及下一步工作打算`).
    private static let joiners: Set<Character> = ["及", "和", "与", "暨", "并"]

    /// The role of a heading and the keyword that decided it, or nil when no keyword fits.
    public func classify(_ heading: String) -> (role: SectionRole, keyword: String)? {
        // Found as Foundation's `contains` finds them, on the bytes when that is the same.
        let text = KeywordText(heading)
        // `关于*问题`: the pieces in this order, anything between them.
        func matches(_ keyword: String) -> Bool {
            guard keyword.utf8.contains(UInt8(ascii: "*")) else { return text.contains(keyword) }
            return text.containsInOrder(keyword.split(separator: "*"))
        }
        // The heading without its last scalars: when the heading's scalars all stand alone, so do
        // the trimmed one's, not read again to find so.
        let trimmedHeading = Self.withoutFinalPunctuation(heading)
        let trimmed = text.standsAlone ? KeywordText(standingAlone: trimmedHeading) : KeywordText(trimmedHeading)
        // On the bytes, a word with a scalar the heading lacks is not looked for (`ScalarMask`;
        // the trimmed heading's scalars are some of the heading's).
        let mask = text.standsAlone ? ScalarMask(text.text) : nil
        // By index: no group or word is copied to be looked at.
        for groupIndex in groups.indices {
            let endings = compiled[groupIndex].endings
            for index in endings.indices {
                // On the bytes when both stand alone: `KeywordText.hasSuffix` without checking the
                // ending again.
                let found = if trimmed.standsAlone, let bytes = endings[index] {
                    mask.map { $0.covers(compiled[groupIndex].endingMasks[index]) } != false && trimmed.hasSuffix(bytes: bytes)
                } else {
                    trimmed.hasSuffix(groups[groupIndex].endings[index])
                }
                if found { return (groups[groupIndex].role, groups[groupIndex].endings[index]) }
            }
            let keywords = compiled[groupIndex].keywords
            for index in keywords.indices {
                let found = if text.standsAlone, let pieces = keywords[index] {
                    mask.map { $0.covers(compiled[groupIndex].keywordMasks[index]) } != false && text.containsInOrder(bytes: pieces)
                } else {
                    matches(groups[groupIndex].keywords[index])
                }
                if found { return (groups[groupIndex].role, groups[groupIndex].keywords[index]) }
            }
        }
        return nil
    }

    /// A group's words as UTF-8, for the headings whose every scalar stands alone
    /// (`KeywordText`): nil for a word with a scalar that does not.
    private struct CompiledGroup: Sendable {
        /// Each keyword's pieces (`关于*问题` has two, as `classify` splits it; any other one).
        var keywords: [[[UInt8]]?]
        var endings: [[UInt8]?]
        /// The scalars of each keyword's pieces and of each ending (`ScalarMask`).
        var keywordMasks: [ScalarMask]
        var endingMasks: [ScalarMask]

        init(_ group: KeywordGroup) {
            func standsAlone(_ word: some StringProtocol) -> Bool {
                word.unicodeScalars.allSatisfy(PatternSubject.scalarStandsAlone)
            }
            keywords = group.keywords.map { keyword in
                let pieces = keyword.utf8.contains(UInt8(ascii: "*")) ? keyword.split(separator: "*") : [Substring(keyword)]
                return pieces.allSatisfy(standsAlone) ? pieces.map { Array($0.utf8) } : nil
            }
            endings = group.endings.map { standsAlone($0) ? Array($0.utf8) : nil }
            keywordMasks = group.keywords.map { keyword in
                ScalarMask(bits: keyword.split(separator: "*").reduce(0) { $0 | ScalarMask($1).bits })
            }
            endingMasks = group.endings.map { ScalarMask($0) }
        }
    }
}
