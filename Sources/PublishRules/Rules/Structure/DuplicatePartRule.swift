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
        var seen: [SectionRole: SourceRange] = [:]
        var findings: [Finding] = []
        for part in Parts(context.notice.sections).parts where part.role != .other {
            let range = part.sections[0].headRange
            if let first = seen[part.role] {
                findings.append(Finding(
                    "a second \(part.role.partName) part", at: range,
                    notes: ["the first one starts at line \(first.start.line)"],
                    fix: "merge the two parts, or reword this heading if it is another part"))
            } else {
                seen[part.role] = range
            }
        }
        return findings
    }
}
