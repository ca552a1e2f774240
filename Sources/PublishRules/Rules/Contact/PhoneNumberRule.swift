import PublishCore
import PublishReading

/// Reports a phone number that has none of the forms a Chinese number takes, and says what is off
/// (the area code, the digits after it, the length).
///
/// A number with a digit too many or too few cannot be dialled, and the public will not know which
/// digit is wrong. Accepted: a landline with its area code (`0431-80798040`, `010-12345678`: an
/// area code of 3–4 digits starting with 0, a number of 7–8 digits, the hyphen optional, an
/// extension `-123`), a landline of 7–8 digits without area code (`80798040`: local notices give
/// them, and the area is clear from the address), a mobile number (11 digits, `13`–`19`), a short
/// service number (`12388`, `110`: 3–5 digits starting with 1), and `400`/`800` numbers (10 digits).
/// Full-width digits and the dashes `－ —` are accepted here; their width is a matter of style.
///
/// Example: `联系电话：0431-807980401` (9 digits after the area code).
package struct PhoneNumberRule: Rule {
    package let descriptor = RuleDescriptor(id: "contact/phone", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        (context.notice.closing?.contacts ?? []).compactMap { contact in
            guard contact.kind == .phone, let problem = Self.problem(in: contact.value) else { return nil }
            return Finding(
                problem, at: contact.valueRange,
                fix: Message("phone.fix"))
        }
    }

    /// What is wrong with a phone number as written, or nil when it has one of the accepted forms.
    package static func problem(in value: String) -> Message? { PhoneNumber.problem(in: value) }
}
