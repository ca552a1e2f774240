import PublishCore
import PublishReading

/// Reports punctuation after a bracketed or circled ordinal: `（一）、`, `（1）.`, `①、`.
///
/// The brackets already set the number off, so GB/T 15834 puts no 点号 after a bracketed ordinal;
/// `（一）、` is a common slip. Accepted, reported as style.
///
/// Example: `（一）、提高思想认识` (write `（一）提高思想认识`).
package struct MarkAfterParenthesesRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/mark-after-parentheses", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .markAfterParentheses) { ordinal in
            let w = NumberingRules.written(ordinal)
            let mark = String(w.unicodeScalars.last.map(Character.init) ?? "、")
            return Message("numbering.mark-after-parentheses", w, mark)
        }
    }
}
