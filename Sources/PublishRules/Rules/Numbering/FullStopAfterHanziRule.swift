import PublishCore
import PublishReading

/// Reports a Chinese-numeral ordinal followed by a full stop: `一.`, `一．` for `一、`.
///
/// GB/T 15834 puts a 顿号 after a bare Chinese numeral (`一、`) and keeps the 下脚点 for Arabic
/// numbers (`1.`). Accepted, reported as style.
///
/// Example: `一.党工委履行整改主体责任情况` (write `一、……`).
package struct FullStopAfterHanziRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/full-stop-after-hanzi", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .fullStopAfterHanzi) { ordinal in
            let w = NumberingRules.written(ordinal)
            return Message(id: "numbering.full-stop-after-hanzi", arguments: [.text(w)])
        }
    }
}
