import Foundation
import PublishCore
import PublishReading

/// Reports a 索引号 (`index_number:`) that does not match the site's pattern.
///
/// Government disclosure platforms file every document under an index number made of the issuing
/// body's code, the year and a serial number; a number typed with a missing digit or a full-width
/// slash no longer finds the document. The pattern is the site's (`indexNumberPattern:` in
/// publish.yml), by default a 9- or 18-character code, `/`, the year, `-` and 3 to 6 digits. A
/// number used by two notices of one site is `build/duplicate-index-number`.
///
/// Example: `index_number: 11220100MB1234567X／2025-12` (full-width slash, short serial).
package struct IndexNumberRule: Rule {
    package let descriptor = RuleDescriptor(id: "meta/index-number", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        guard let number = context.notice.frontMatter.disclosureInfo?.indexNumber else { return [] }
        let range = context.notice.frontMatter.ranges["index_number"] ?? SourceRange(at: SourceLocation(line: 1, column: 1))
        guard let pattern = try? NSRegularExpression(pattern: context.indexNumberPattern) else { return [] }
        let whole = NSRange(number.startIndex..., in: number)
        if let match = pattern.firstMatch(in: number, range: whole), match.range == whole { return [] }
        return [Finding(
            Message("index-number.mismatch", number, context.indexNumberPattern), at: range, fix: Message("index-number.fix"))]
    }
}
