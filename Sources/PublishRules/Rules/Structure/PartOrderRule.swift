import PublishCore
import PublishReading

/// Reports a required part that comes before a part it should follow.
///
/// The order is fixed: responsibility, key problems, long-term items, next steps. Readers and
/// superior bodies compare notices part by part.
///
/// Example: `三、下一步工作打算` before `四、需长期整改事项进展情况`.
package struct PartOrderRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/part-order", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        var latest: (rank: Int, role: SectionRole)? = nil
        var findings: [Finding] = []
        for part in Parts(context.notice.sections).parts {
            guard let rank = SectionRole.required.firstIndex(of: part.role) else { continue }
            if let previous = latest, rank < previous.rank {
                findings.append(Finding(
                    Message("structure.part-order", part.role.partName, previous.role.partName),
                    at: part.sections[0].headRange,
                    notes: [Message("structure.part-order.note")],
                    fix: Message("structure.part-order.fix", previous.role.partName)))
            } else {
                latest = (rank, part.role)
            }
        }
        return findings
    }
}
