import PublishCore
import PublishReading

/// Reports an ordinal written as one look-alike character: `㈠`, `⑴`, `⒈` for `（一）`, `（1）`, `1.`.
///
/// Input methods offer these single characters for numbered lists; they look like the standard forms
/// but are other characters, render inconsistently across fonts, and are not found by a search
/// for `（一）`. Accepted, reported as style.
///
/// Example: `㈠提高思想认识` (write `（一）提高思想认识`).
package struct LookalikeOrdinalRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/lookalike-ordinal", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        NumberingRules.style(context, .lookalikeCharacter) { ordinal in
            let w = NumberingRules.written(ordinal)
            let code = String(w.unicodeScalars.first!.value, radix: 16, uppercase: true)
            let standard = NumberingRules.standard(ordinal)
            return Message("numbering.lookalike-ordinal", w, code, standard)
        }
    }
}
