import PublishCore
import PublishReading

/// Reports a required part that appears a second time after another part came between.
///
/// Adjacent sections of one role are one part (real notices split responsibility into 主要负责人
/// and 党组织 sections); a role that comes back later is a mistake or a mislabelled heading.
///
/// Example: 一、responsibility, 二、key problems, 三、responsibility again.
package struct DuplicatePartRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/duplicate-part", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        // The first range of each role seen, in a list: a notice has a handful of parts, and a
        // dictionary cost more to grow than the list costs to search.
        var seen: [(role: SectionRole, range: SourceRange)] = []
        var findings: [Finding] = []
        for part in Parts(context.notice.sections).parts where part.role != .other {
            let range = part.sections[0].headRange
            if let first = seen.first(where: { $0.role == part.role })?.range {
                findings.append(Finding(
                    Message("structure.duplicate-part", part.role.partName), at: range,
                    notes: [Message("structure.duplicate-part.first", first.start.line)],
                    fix: Message("structure.duplicate-part.fix")))
            } else {
                seen.append((part.role, range))
            }
        }
        return findings
    }
}
