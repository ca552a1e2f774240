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
            return Finding(problem, at: postcode.range, fix: "check the postcode: it has six digits, such as `130102`")
        }
    }

    /// What is wrong with a postcode as written, or nil when it is six ASCII or full-width digits.
    package static func problem(in text: String) -> String? {
        let digits = ContactRules.asciiDigits(text)
        if let other = digits.unicodeScalars.first(where: { !("0"..."9").contains($0) }) {
            return "the postcode `\(text)` contains `\(other)`; a postcode has six digits"
        }
        let count = digits.unicodeScalars.count
        guard count != 6 else { return nil }
        return "the postcode `\(text)` has \(count) digit\(count == 1 ? "" : "s"); a postcode has 6"
    }
}
