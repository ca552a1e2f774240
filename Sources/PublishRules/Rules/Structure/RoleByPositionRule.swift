import PublishCore
import PublishReading

/// Notes a part whose heading names no role, read as the part its position leaves open.
///
/// Slogan headings (`坚持高位推动，一体推进整改`) name no part, yet a notice with four parts in the
/// usual order leaves no doubt which one they are. The note says how the part was read, so that an
/// author whose slogan stands for another part can reword it or teach the site a keyword.
///
/// Example: `## 三、坚持久久为功` between the key problems and `## 四、下一步工作打算`.
package struct RoleByPositionRule: Rule {
    package let descriptor = RuleDescriptor(id: "structure/role-by-position", severity: .note)

    package func check(_ context: CheckContext) -> [Finding] {
        context.notice.sections.compactMap { section in
            guard section.roleEvidence == .position, let head = section.head else { return nil }
            return Finding(
                Message("structure.role-by-position", head.lead.plain, section.role.partName),
                at: head.textRange,
                fix: Message("structure.role-by-position.fix"))
        }
    }
}
