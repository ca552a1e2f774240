import PublishCore
import PublishReading

/// Reports the half-width marks `, ; : ? ! ( )` in Chinese text: next to a Chinese character, or
/// parentheses that enclose Chinese text or stand beside it.
///
/// GB/T 15834 sets Chinese text with full-width punctuation (`，；：？！（）`); half-width marks come
/// from text pasted from web pages or typed with the input method in English mode, and look
/// cramped in print. Left alone: times and ratios (`8:30`, `1:500`), numbers (`1,000`), phone
/// numbers, e-mail addresses and URLs, code spans, English phrases (`a, b`), and the parentheses of
/// ordinals such as `(一)`, which `numbering/*` reports.
///
/// Example: `根据省委统一部署,2023年9月12日至11月20日` (the `,`), `(15个工作日)`.
package struct HalfWidthPunctuationRule: Rule {
    package let descriptor = RuleDescriptor(id: "typography/half-width-punctuation", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] {
        // The offsets of every text first, into one buffer, so that the findings are laid out once.
        let texts = TypographyRules.texts(context)
        var offsets: [Int] = []
        var ends: [Int] = []
        ends.reserveCapacity(texts.count)
        for text in texts {
            Self.offending(in: text, into: &offsets)
            ends.append(offsets.count)
        }
        // Each finding made in its place.
        return [Finding](unsafeUninitializedCapacity: offsets.count) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            for (text, end) in zip(texts, ends) {
                for index in offsets[start..<end] {
                    let marks = Self.quotedMarks(text.scalars[index])
                    (base + count).initialize(
                        to: Finding(
                            Message(id: "typography.half-width", arguments: marks), at: text.range(at: index),
                            fix: Message(id: "typography.half-width.fix", arguments: marks)))
                    count += 1
                }
                start = end
            }
        }
    }

    /// Each half-width mark with the two marks its message and fix quote (`,` and `，`): made once
    /// and shared by every finding, which imported text has hundreds of per notice.
    private static let quotedMarkPairs: [(mark: Unicode.Scalar, arguments: [MessageArgument])] =
        TypographyRules.fullWidth.map { half, full in (half, [.text(String(half)), .text(String(full))]) }

    private static func quotedMarks(_ mark: Unicode.Scalar) -> [MessageArgument] {
        quotedMarkPairs.first { $0.mark == mark }!.arguments
    }

    /// `, ; : ? !`
    package static func isStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "?", "!": true
        default: false
        }
    }

    /// The offsets of the half-width marks to report in one piece of text, in order.
    package static func offending(in text: TypographyText) -> [Int] {
        var found: [Int] = []
        offending(in: text, into: &found)
        return found
    }

    /// `offending(in:)` appended to `found`.
    package static func offending(in text: TypographyText, into found: inout [Int]) {
        guard text.marks.contains(.halfWidth) else { return }
        let first = found.count
        let scalars = text.scalars
        func candidate(_ index: Int) -> Bool { text.prose[index] && !text.isInOrdinal(index) }
        // Parentheses: a pair around Chinese text or beside it (`规划(2023-2025)》`), or a lone one
        // beside a Chinese character.
        var open: [Int] = []
        var lone: [Int] = []
        // One pass: the marks are ASCII, so every other scalar costs one comparison.
        for index in scalars.indices where scalars[index].isASCII {
            let scalar = scalars[index]
            if scalar == "(" {
                if candidate(index) { open.append(index) }
            } else if scalar == ")" {
                guard candidate(index) else { continue }
                if let start = open.popLast() {
                    if text.hasHan((start + 1)..<index) || TypographyText.isChinese(text.previous(start))
                        || TypographyText.isChinese(text.next(index)) {
                        found.append(start)
                        found.append(index)
                    }
                } else {
                    lone.append(index)
                }
            } else if isStop(scalar), candidate(index) {
                let before = index > 0 ? scalars[index - 1] : nil
                let after = index + 1 < scalars.count ? scalars[index + 1] : nil
                // Times, ratios and numbers: `8:30`, `1:500`, `1,000`.
                if let before, let after, ("0"..."9").contains(before), ("0"..."9").contains(after) { continue }
                // After Chinese text; or right before it, unless it ends an English phrase and a space
                // follows (`Hello, world! 是……`).
                if TypographyText.isChinese(text.previous(index)) || TypographyText.isChinese(after) {
                    found.append(index)
                }
            }
        }
        for unpaired in [lone, open] {
            for index in unpaired
            where TypographyText.isChinese(text.previous(index)) || TypographyText.isChinese(text.next(index)) {
                found.append(index)
            }
        }
        found[first...].sort()
    }
}
