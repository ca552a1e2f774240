import PublishCore
import PublishReading

/// Reports a sentence mark written twice or more in a row: `。。` `，，` `！！` `？？` `、、` `；；` `：：`.
///
/// GB/T 15834 uses each of these marks once; a doubled mark is a typing slip, and doubled `！！`
/// or `？？` is out of place in an official notice. `……` and `——` are single marks written with
/// two characters and are left alone; `。。。` is reported as an ellipsis written wrong.
///
/// Example: `全面部署。。坚决认账领账`
package struct RepeatedPunctuationRule: Rule {
    package let descriptor = RuleDescriptor(id: "typography/repeated-punctuation", severity: .warning)

    /// `。 ， ！ ？ 、 ； ：`
    package static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "，", "！", "？", "、", "；", "：": true
        default: false
        }
    }

    package func check(_ context: CheckContext) -> [Finding] {
        // Few texts hold a doubled mark: those are read scalar by scalar.
        let layout = TypographyRules.layout(context)
        return layout.texts.filter { $0.found.contains(.doubled) }.flatMap { text in
            let scalars = layout.scalars(of: text)
            return Self.repeats(in: scalars, prose: layout.prose(of: text)).map { run in
                let written = String(scalars: scalars[run])
                let mark = scalars[run.lowerBound]
                let at = layout.range(in: text, (run.lowerBound + 1)..<run.upperBound)
                if mark == "。" && run.count >= 3 {
                    return Finding(
                        Message("typography.repeated.ellipsis", written), at: at, fix: Message("typography.repeated.ellipsis.fix"))
                }
                return Finding(
                    Message("typography.repeated", mark, run.count, written), at: at,
                    fix: Message("typography.repeated.fix", mark))
            }
        }
    }

    /// The runs of one repeated mark, as scalar offsets.
    package static func repeats(in scalars: [Unicode.Scalar], prose: [Bool]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            let mark = scalars[index]
            var end = index + 1
            if isMark(mark), prose[index] {
                while end < scalars.count, scalars[end] == mark, prose[end] { end += 1 }
                if end - index >= 2 { runs.append(index..<end) }
            }
            index = end
        }
        return runs
    }
}
