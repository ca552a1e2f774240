import PublishCore
import PublishReading

/// Reports an Arabic-number ordinal followed by a 顿号: `1、` for `1.`.
///
/// GB/T 15834 puts a 下脚点 (`.`) after a bare Arabic number and keeps the 顿号 for Chinese numerals
/// (`一、`); `1、` is the most frequent numbering slip in published notices. Accepted, reported as
/// style.
///
/// Example: `1、主动对接国家重大发展战略规划` (write `1.主动对接……`).
package struct DunhaoAfterArabicRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/dunhao-after-arabic", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .dunhaoAfterArabic) { ordinal in
            let w = NumberingRules.written(ordinal)
            return Message(id: "numbering.dunhao-after-arabic", arguments: [.text(w)])
        }
    }
}
