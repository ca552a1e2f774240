import PublishCore
import PublishReading

/// Reports quotation marks that are not the “ ” and ‘ ’ of Chinese text: straight `"…"` or `'…'`
/// around Chinese text, straight quotes or corner quotes `「」` in a notice that uses “ ”, and a “
/// that is never closed (or a ” that closes nothing).
///
/// GB/T 15834 quotes horizontal Chinese text with “ ” (‘ ’ inside); `「」` belong to vertical text,
/// and straight quotes come from an input method in English mode. A notice that mixes them looks
/// careless, and an unclosed “ leaves the reader unsure where a slogan ends.
///
/// Example: `践行"立行立改"的总体要求`, `“两个维护` with no `”`.
package struct MixedQuotesRule: Rule {
    package let descriptor = RuleDescriptor(id: "typography/mixed-quotes", severity: .warning)

    package func check(_ context: CheckContext) -> [Finding] { check(context, checkingPairsFirst: true) }

    /// `checkingPairsFirst` false reads every text that holds a quote even when it holds only “ ”
    /// in pairs (the general path the shortcut is held to).
    package func check(_ context: CheckContext, checkingPairsFirst: Bool) -> [Finding] {
        let layout = TypographyRules.layout(context)
        let usesCurly = layout.texts.contains { text in
            text.found.contains(.curly)
                && layout.marks[text.marks].contains { $0.isProse && ($0.scalar == "“" || $0.scalar == "”") }
        }
        var findings: [Finding] = []
        for text in layout.texts where text.found.contains(.quote) {
            // Most texts quote with “ ” in pairs and nothing else: nothing to report there.
            if checkingPairsFirst, Self.quotesOnlyInCurlyPairs(layout, text) { continue }
            Self.problems(in: TypographyLayout.Piece(layout, text), usesCurly: usesCurly, into: &findings)
        }
        return findings
    }

    /// Whether the only quotes of `text`'s prose are “ and ”, each ” closing a “ before it and
    /// every “ closed: then `problems` finds nothing in it (no straight or corner quote, nothing
    /// left open or closing nothing).
    package static func quotesOnlyInCurlyPairs(_ layout: TypographyLayout, _ text: TypographyLayout.Text) -> Bool {
        layout.marks.withUnsafeBufferPointer { marks in
            var open = 0
            for index in text.marks where marks[index].isProse {
                switch marks[index].scalar {
                case "“": open += 1
                case "”":
                    guard open > 0 else { return false }
                    open -= 1
                case "\"", "'", "「", "」", "『", "』": return false
                default: continue
                }
            }
            return open == 0
        }
    }

    /// The curly quote a corner quote stands for: `「` → `“`.
    package static func curly(forCorner scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "「": "“"
        case "」": "”"
        case "『": "‘"
        case "』": "’"
        default: nil
        }
    }

    /// The quotes to report in `text`, appended to `findings`.
    package static func problems<Text: TypographyMarkText>(in text: Text, usesCurly: Bool, into findings: inout [Finding]) {
        // One pass collects every quote of the prose; the findings follow in the order of the
        // checks below (straight double, straight single, corner, curly).
        var doubles: [Int] = []
        var singles: [Int] = []
        var corners: [(position: Int, scalar: Unicode.Scalar)] = []
        var opened: [Int] = []
        var unopened: [Int] = []
        text.forEachMark { position, scalar in
            // Han characters and kana, most of Chinese text, are no quotes (as in `TypographyMarks`).
            let value = scalar.value
            if value >= 0x3040 && value < 0xFF00 { return }
            switch scalar {
            case "\"", "'", "「", "」", "『", "』", "“", "”": guard text.isProse(position) else { return }
            default: return
            }
            switch scalar {
            case "\"": doubles.append(position)
            case "'":
                // An apostrophe between letters is left alone.
                if !(TypographyScalars.isLatinLetter(text.scalar(before: position))
                    && TypographyScalars.isLatinLetter(text.scalar(after: position))) {
                    singles.append(position)
                }
            case "「", "」", "『", "』": corners.append((position, scalar))
            case "“": opened.append(position)
            case "”": if opened.popLast() == nil { unopened.append(position) }
            default: break
            }
        }
        guard !doubles.isEmpty || !singles.isEmpty || !opened.isEmpty || !unopened.isEmpty
            || (usesCurly && !corners.isEmpty)
        else { return }

        // Straight double quotes, paired in order.
        var index = 0
        while index < doubles.count {
            let open = doubles[index]
            if index + 1 < doubles.count {
                let close = doubles[index + 1]
                let aroundChinese = text.hasHan(between: open, and: close)
                if aroundChinese || usesCurly {
                    let reason = Message(aroundChinese ? "typography.quotes.around-chinese" : "typography.quotes.in-curly-notice")
                    findings.append(Finding(
                        Message("typography.quotes.straight", "\"", reason, "“"), at: text.range(at: open),
                        fix: Message("typography.quotes.replace", "\"", "“")))
                    findings.append(Finding(
                        Message("typography.quotes.straight", "\"", reason, "”"), at: text.range(at: close),
                        fix: Message("typography.quotes.replace", "\"", "”")))
                }
                index += 2
            } else {
                if TypographyScalars.isChinese(text.previous(open)) || TypographyScalars.isChinese(text.next(open)) || usesCurly {
                    findings.append(Finding(
                        Message("typography.quotes.unpaired", "\""), at: text.range(at: open),
                        fix: Message("typography.quotes.unpaired.fix", "“", "”")))
                }
                index += 1
            }
        }

        // Straight single quotes around Chinese text.
        index = 0
        while index + 1 < singles.count {
            let open = singles[index]
            let close = singles[index + 1]
            if text.hasHan(between: open, and: close) {
                let reason = Message("typography.quotes.around-chinese")
                findings.append(Finding(
                    Message("typography.quotes.straight", "'", reason, "‘"), at: text.range(at: open),
                    fix: Message("typography.quotes.replace", "'", "‘")))
                findings.append(Finding(
                    Message("typography.quotes.straight", "'", reason, "’"), at: text.range(at: close),
                    fix: Message("typography.quotes.replace", "'", "’")))
            }
            index += 2
        }

        // Corner quotes beside “ ”.
        if usesCurly {
            for (index, corner) in corners {
                guard let curly = curly(forCorner: corner) else { continue }
                findings.append(Finding(
                    Message("typography.quotes.corner", corner, curly), at: text.range(at: index),
                    fix: Message("typography.quotes.replace", corner, curly)))
            }
        }

        // “ without ” and ” without “.
        for index in unopened {
            findings.append(Finding(
                Message("typography.quotes.unopened", "”", "“"), at: text.range(at: index),
                fix: Message("typography.quotes.unopened.fix", "“")))
        }
        for index in opened {
            findings.append(Finding(
                Message("typography.quotes.unclosed", "“"), at: text.range(at: index),
                fix: Message("typography.quotes.unclosed.fix", "”")))
        }
    }
}
