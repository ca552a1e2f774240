import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Rewrites a numbering mark as written into its standard form, one deviation at a time: only the
/// deviations asked for are fixed, so a site that switched one numbering rule off keeps that form.
///
/// `(一)` → `（一）`, `（一）、` → `（一）`, `㈠` → `（一）`, `⑴` → `（1）`, `⒈` → `1.`, `１.` → `1.`,
/// `1．` → `1.`, `一.` → `一、`, `一十一、` → `十一、`, and (when asked) `1、` → `1.`.
package enum OrdinalNormalizer {
    /// The mark of `ordinal` (its `text`, whitespace after it included) with `deviations` fixed.
    /// When the ordinal starts its line and the result is an Arabic `N.`, the spaces after it are
    /// dropped: `1. ` at the start of a paragraph would open a Markdown ordered list.
    static func normalized(_ ordinal: Ordinal, fixing deviations: Set<Ordinal.Deviation>, startsLine: Bool) -> String {
        var mark = Array(NumberingRules.written(ordinal).unicodeScalars)
        var trailing = Array(ordinal.text.unicodeScalars.dropFirst(mark.count))

        if deviations.contains(.lookalikeCharacter), !mark.isEmpty {
            mark.replaceSubrange(0..<1, with: ordinal.level.standardText(ordinal.value).unicodeScalars)
        }
        if deviations.contains(.halfWidthParentheses) {
            mark = mark.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 }
        }
        if deviations.contains(.markAfterParentheses), let last = mark.last,
            OrdinalParser.marksAfterParentheses.contains(last)
        {
            mark.removeLast()
        }
        if deviations.contains(.fullWidthDigits) {
            mark = mark.map { ("０"..."９").contains($0) ? Unicode.Scalar($0.value - 0xFF10 + 0x30)! : $0 }
        }
        if ordinal.level == .arabic, let last = mark.last {
            if deviations.contains(.fullWidthFullStop), last == "．" { mark[mark.count - 1] = "." }
            if deviations.contains(.dunhaoAfterArabic), last == "、" { mark[mark.count - 1] = "." }
        }
        if ordinal.level == .hanzi, deviations.contains(.fullStopAfterHanzi), let last = mark.last,
            last == "." || last == "．"
        {
            mark[mark.count - 1] = "、"
        }
        if deviations.contains(.nonstandardNumeral) {
            let isNumeral = { (scalar: Unicode.Scalar) in ChineseNumeral.characters.contains(Character(scalar)) }
            if let start = mark.firstIndex(where: isNumeral) {
                let end = mark[start...].firstIndex(where: { !isNumeral($0) }) ?? mark.count
                mark.replaceSubrange(start..<end, with: ChineseNumeral.text(ordinal.value).unicodeScalars)
            }
        }
        if startsLine, ordinal.level == .arabic, mark.last == "." {
            trailing.removeAll { $0 == " " || $0 == "\t" }
        }
        return String(String.UnicodeScalarView(mark + trailing))
    }
}
