/// Reports a notice without a disclosure period (公开期限) in its closing.
///
/// The notice must say for how long it is open to public supervision; without it the site cannot
/// show whether the period is running, and the notice is incomplete.
///
/// Example: a closing with contacts but no `公开期限：……`.
struct MissingDisclosureRule: Rule {
    let descriptor = RuleDescriptor(
        id: "structure/missing-disclosure", severity: .error,
        summary: "No closing with a disclosure period (公开期限……至……（N个工作日）).",
        example: "a closing without `公开期限`")

    func check(_ context: CheckContext) -> [Finding] {
        guard context.notice.closing?.disclosure == nil else { return [] }
        let at = context.notice.closing?.range ?? SourceRange(at: context.source.endLocation)
        let message = context.notice.closing == nil
            ? "the notice has no closing with a disclosure period"
            : "the closing gives no disclosure period"
        return [Finding(
            message, at: SourceRange(at: at.start),
            fix: "add 公开期限：2025年3月7日至3月27日（15个工作日）。 to the closing")]
    }
}
