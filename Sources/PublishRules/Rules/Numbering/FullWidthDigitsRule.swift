import PublishCore
import PublishReading

/// Reports an ordinal written with full-width digits: `１.`, `（１）` for `1.`, `（1）`.
///
/// Numbers in Chinese text are half-width Arabic digits (GB/T 15835); full-width digits come from
/// input methods in full-width mode. Accepted, reported as style.
///
/// Example: `１.关于……` (write `1.关于……`).
package struct FullWidthDigitsRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/full-width-digits", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .fullWidthDigits) { ordinal in
            let w = NumberingRules.written(ordinal)
            return Message(id: "numbering.full-width-digits", arguments: [.text(w)])
        }
    }
}
