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
        // The marks to report of every text first, into one buffer, so that the findings are laid
        // out once.
        let layout = TypographyRules.layout(context)
        var found: [Int] = []
        for text in layout.texts where text.found.contains(.halfWidth) {
            Self.offending(in: TypographyLayout.Piece(layout, text), into: &found)
        }
        var findings: [Finding] = []
        findings.reserveCapacity(found.count)
        for index in found {
            let mark = layout.marks[index]
            findings.append(Finding(Self.text(of: mark.scalar), at: layout.range(of: mark)))
        }
        return findings
    }

    /// What the finding for each half-width mark says, quoting it and its full-width form (`,` and
    /// `，`): made once and shared by every finding, which imported text has hundreds of per notice.
    private static let texts: [(mark: Unicode.Scalar, text: DiagnosticText)] = TypographyRules.fullWidth.map { half, full in
        let marks: [MessageArgument] = [.text(String(half)), .text(String(full))]
        return (
            half,
            DiagnosticText(
                message: Message(id: "typography.half-width", arguments: marks),
                fix: Message(id: "typography.half-width.fix", arguments: marks))
        )
    }

    private static func text(of mark: Unicode.Scalar) -> DiagnosticText {
        texts.first { $0.mark == mark }!.text
    }

    /// `, ; : ? !`
    package static func isStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "?", "!": true
        default: false
        }
    }

    /// The scalar offsets in `run`'s text of the half-width marks to report in it, read as a text
    /// of its own, in order.
    package static func offending(in run: TextRun) -> [Int] {
        var builder = TypographyLayoutBuilder(ordinals: [])
        builder.addText(asItIs: RichText(runs: [run]))
        let layout = builder.layout()
        var found: [Int] = []
        for text in layout.texts where text.found.contains(.halfWidth) {
            offending(in: TypographyLayout.Piece(layout, text), into: &found)
        }
        return found.map { layout.marks[$0].offset }
    }

    /// The positions of the half-width marks to report in `text`, appended to `found` in order.
    package static func offending<Text: TypographyMarkText>(in text: Text, into found: inout [Int]) {
        let first = found.count
        func candidate(_ position: Int) -> Bool { text.isProse(position) && !text.isInOrdinal(position) }
        func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) } ?? false }
        // Parentheses: a pair around Chinese text or beside it (`规划(2023-2025)》`), or a lone one
        // beside a Chinese character.
        var open: [Int] = []
        var lone: [Int] = []
        text.forEachMark { position, scalar in
            guard scalar.isASCII else { return }
            if scalar == "(" {
                if candidate(position) { open.append(position) }
            } else if scalar == ")" {
                guard candidate(position) else { return }
                if let start = open.popLast() {
                    if text.hasHan(between: start, and: position) || TypographyScalars.isChinese(text.previous(start))
                        || TypographyScalars.isChinese(text.next(position)) {
                        found.append(start)
                        found.append(position)
                    }
                } else {
                    lone.append(position)
                }
            } else if isStop(scalar), text.isProse(position) {
                let after = text.scalar(after: position)
                // Times, ratios and numbers: `8:30`, `1:500`, `1,000`.
                if isDigit(after), isDigit(text.scalar(before: position)) { return }
                // After Chinese text; or right before it, unless it ends an English phrase and a space
                // follows (`Hello, world! 是……`). Whether it is in an ordinal (`candidate`), which
                // costs a location, is asked last.
                if TypographyScalars.isChinese(text.previous(position)) || TypographyScalars.isChinese(after),
                    !text.isInOrdinal(position)
                {
                    found.append(position)
                }
            }
        }
        // The unpaired ones, lone closers then open ones, without an array of the two.
        func addUnpaired(_ unpaired: [Int]) {
            for position in unpaired
            where TypographyScalars.isChinese(text.previous(position)) || TypographyScalars.isChinese(text.next(position)) {
                found.append(position)
            }
        }
        if !lone.isEmpty { addUnpaired(lone) }
        if !open.isEmpty { addUnpaired(open) }
        // Sorted in place: sorting `found[first...]` copied the slice and wrote it back.
        guard found.count - first > 1 else { return }
        found.withUnsafeMutableBufferPointer { buffer in
            var tail = UnsafeMutableBufferPointer(rebasing: buffer[first...])
            tail.sort()
        }
    }
}
