import PublishCore
import PublishReading

/// Reports a 成文日期 (`written:`) after the publication date (`date:`).
///
/// A document is signed before it is published; a 成文日期 later than the 发布日期 is a typo in one
/// of the two, and the 信息公开 table would show it to everyone.
///
/// Example: `date: 2025-03-07` with `written: 2025-07-03`.
package struct WrittenAfterDateRule: Rule {
    package let descriptor = RuleDescriptor(id: "meta/written-after-date", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        let front = context.notice.frontMatter
        guard let written = front.disclosureInfo?.written, let date = front.date, written > date else { return [] }
        let range = front.ranges["written"] ?? SourceRange(at: SourceLocation(line: 1, column: 1))
        return [Finding(Message("written.after-date", written.chinese, date.chinese), at: range, fix: Message("written.after-date.fix"))]
    }
}
