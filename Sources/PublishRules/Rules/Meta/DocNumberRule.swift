import PublishCore
import PublishReading

/// Reports a 文号 (`doc_number:`) not written as GB/T 9704 has it: the issuing body's code, the year
/// in hexagonal brackets 〔〕, the serial number and 号, with no leading zeros and no 第.
///
/// The 文号 is how a document is cited; written with square or round brackets, a padded serial
/// or 第…号 it differs from the one on the signed document.
///
/// Example: `doc_number: 某巡办[2025]03号`.
package struct DocNumberRule: Rule {
    package let descriptor = RuleDescriptor(id: "meta/doc-number", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        guard let number = context.notice.frontMatter.disclosureInfo?.docNumber else { return [] }
        let range = context.notice.frontMatter.ranges["doc_number"] ?? SourceRange(at: SourceLocation(line: 1, column: 1))
        if let problem = Self.problem(in: number) {
            return [Finding(Message("doc-number.problem", number, problem), at: range, fix: Message("doc-number.fix"))]
        }
        return []
    }

    /// What is wrong with a 文号, or nil when it has the standard form.
    static func problem(in number: String) -> Message? {
        let scalars = Array(number.unicodeScalars)
        guard let open = scalars.firstIndex(of: "〔"), let close = scalars.firstIndex(of: "〕"), open < close else {
            return Message("doc-number.no-brackets")
        }
        let code = scalars[..<open], year = scalars[(open + 1)..<close], rest = scalars[(close + 1)...]
        if code.isEmpty { return Message("doc-number.no-code") }
        guard year.count == 4, year.allSatisfy({ ("0"..."9").contains($0) }) else { return Message("doc-number.no-year") }
        guard rest.last == "号" else { return Message("doc-number.no-hao") }
        let serial = rest.dropLast()
        if serial.first == "第" { return Message("doc-number.di") }
        guard !serial.isEmpty, serial.allSatisfy({ ("0"..."9").contains($0) }) else { return Message("doc-number.no-serial") }
        if serial.first == "0" { return Message("doc-number.leading-zero") }
        return nil
    }
}
