import PublishCore
import PublishReading

/// Reports an ordinal whose Chinese numeral is not written the standard way: `一十一、` for `十一、`.
///
/// Ordinals from eleven to nineteen are written `十一、` … `十九、`; `一十一` is a form of accounts
/// that reads as a slip in a notice, and a search for `十一、` does not find it. Accepted, reported
/// as style.
///
/// Example: `一十一、其他事项` (write `十一、其他事项`).
package struct NonstandardNumeralRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/nonstandard-numeral", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .nonstandardNumeral) { ordinal in
            let w = NumberingRules.written(ordinal)
            return Message(id: "numbering.nonstandard-numeral", arguments: [.text(w)])
        }
    }
}
