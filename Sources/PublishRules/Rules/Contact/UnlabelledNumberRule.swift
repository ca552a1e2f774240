import PublishCore
import PublishReading

/// Reports a phone-like number in the closing that no contact field holds.
///
/// Contacts are read from their labels (`联系电话：`, `举报电话：`, `传真：`, `拨打`); a number without one
/// is not published as a contact (no link on the site, no check of its digits), and is often a
/// label lost in copying. The finding quotes the number and says how to label it.
///
/// Example: `如有意见，也可通过0431-80798040反映。`
package struct UnlabelledNumberRule: Rule {
    package let descriptor = RuleDescriptor(id: "contact/unlabelled", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        context.closingLeftovers.numbers.map { number in
            Finding(
                Message("contact.unlabelled", number.text),
                at: number.range,
                notes: [Message("contact.unlabelled.note")],
                fix: Message("contact.unlabelled.fix"))
        }
    }
}
