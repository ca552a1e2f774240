import PublishCore
import PublishReading

/// Reports an Arabic-number ordinal followed by a full-width full stop: `1．` for `1.`.
///
/// The 下脚点 after an Arabic number is the half-width `.` (GB/T 9704 §7.3.3); the full-width `．`
/// comes from word processors and sets a wide gap after the number. Accepted, reported as style.
///
/// Example: `1．关于……` (write `1.关于……`).
package struct FullWidthFullStopRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/full-width-full-stop", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .fullWidthFullStop) { ordinal in
            let w = NumberingRules.written(ordinal)
            return Message(id: "numbering.full-width-full-stop", arguments: [.text(w)])
        }
    }
}
