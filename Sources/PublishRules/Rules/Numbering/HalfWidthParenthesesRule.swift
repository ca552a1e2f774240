import PublishCore
import PublishReading

/// Reports a bracketed ordinal written with half-width parentheses: `(一)`, `(1)`.
///
/// Chinese text takes full-width parentheses `（）` (GB/T 15834); half-width ones come from web copies
/// and English keyboards, and look cramped beside full-width characters. Accepted, reported as style.
///
/// Example: `(一)提高思想认识,强化政治担当。` (write `（一）……`).
package struct HalfWidthParenthesesRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/half-width-parentheses", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .halfWidthParentheses) { ordinal in
            let w = NumberingRules.written(ordinal)
            return Message(id: "numbering.half-width-parentheses", arguments: [.text(w)])
        }
    }
}
