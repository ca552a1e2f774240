import PublishCore
import PublishReading

/// The `structure/*` rules (docs/rules.md lists every rule).
package enum StructureRules {
    package static let all: [any Rule] = [
        MissingOpeningRule(), MissingPartRule(), PartOrderRule(), DuplicatePartRule(), UnknownSectionRule(), RoleByPositionRule(),
        UntitledPartRule(), EmptySectionRule(), MissingDisclosureRule(),
    ]
}

package extension SectionRole {
    /// How the docs and messages name the part.
    var partName: Message {
        switch self {
        case .responsibility: Message("part-name.responsibility")
        case .keyProblems: Message("part-name.key-problems")
        case .longTerm: Message("part-name.long-term")
        case .nextSteps: Message("part-name.next-steps")
        case .other: Message("part-name.other")
        }
    }

    /// A heading that would be recognised, for fix hints.
    var exampleHeading: String {
        switch self {
        case .responsibility: "一、履行整改主体责任情况"
        case .keyProblems: "二、巡视反馈问题整改落实情况"
        case .longTerm: "三、需长期整改事项进展情况"
        case .nextSteps: "四、下一步工作打算"
        case .other: ""
        }
    }
}

package extension Section {
    /// Where to point a finding about the section: its heading's text (after any `##`), or its
    /// first block.
    var headRange: SourceRange { head?.textRange ?? range }
}

package extension ItemHead {
    /// The heading as written, from its ordinal (or its first character) to its end, without the
    /// Markdown `##` before it.
    var textRange: SourceRange {
        let start = ordinal?.range.start ?? lead.range?.start ?? range.start
        return SourceRange(start: start, end: range.end)
    }
}

/// The sections with adjacent sections of one role merged into one part (docs/authoring.md, Authoring
/// format: a role may span adjacent top-level sections).
package struct Parts {
    package struct Part {
        var role: SectionRole
        var sections: [Section]
    }

    package var parts: [Part] = []

    package init(_ sections: [Section]) {
        for section in sections {
            if let last = parts.last, last.role == section.role {
                parts[parts.count - 1].sections.append(section)
            } else {
                parts.append(Part(role: section.role, sections: [section]))
            }
        }
    }
}
