import PublishCore
import PublishReading

/// Reports a postcode (`邮编`, `邮政编码`) that is not exactly six digits.
///
/// Chinese postcodes have six digits; a digit missing or added sends letters to the wrong office,
/// and the public has no way to tell which digit is wrong. Full-width digits are accepted here
/// (their width is a matter of style).
///
/// Example: `邮寄地址：吉林省长春市……（邮编：13010）`
package struct PostcodeRule: Rule {
    package let descriptor = RuleDescriptor(id: "contact/postcode", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        (context.notice.closing?.contacts ?? []).compactMap { contact in
            guard let postcode = contact.postcode, let problem = Self.problem(in: postcode.text) else { return nil }
            return Finding(problem, at: postcode.range, fix: Message("postcode.fix"))
        }
    }

    /// What is wrong with a postcode as written, or nil when it is six ASCII or full-width digits.
    package static func problem(in text: String) -> Message? {
        let digits = ContactRules.asciiDigits(text)
        if let other = digits.unicodeScalars.first(where: { !("0"..."9").contains($0) }) {
            return Message("postcode.bad-character", text, other)
        }
        let count = digits.unicodeScalars.count
        guard count != 6 else { return nil }
        return Message("postcode.length", text, count)
    }
}
