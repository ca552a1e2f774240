import PublishCore
import PublishReading

/// Reports a paragraph, a run-in item or a measure (`一是……`) that does not end with
/// sentence-final punctuation (`。！？；…` or a closing `”）》`).
///
/// A body paragraph is made of sentences, and the last one ends with `。`; a missing stop is a
/// sign of text cut off or pasted in pieces. Headings and heading lines take no punctuation
/// (GB/T 9704 practice), so they are left alone, as are title lines, table cells, list items, and
/// the signature and date lines at the end of the closing (short lines without `。`), and closing
/// paragraphs that end in a contact field (`电子信箱：zgb@example.cn`). A paragraph
/// that ends with `：` introduces what follows and is accepted; so is a measure that ends with `，`
/// or `、` before the next measure of the same sentence (`一是……，二是……。`).
///
/// Example: `一是对接“一带一路”规划……提高货运量` followed by `二是……`.
package struct MissingFinalPunctuationRule: Rule {
    package let descriptor = RuleDescriptor(id: "typography/missing-final-punctuation", severity: .warning)

    /// A mark a sentence may end with (closing quotes and brackets follow the stop inside them).
    package static func isFinal(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case "。", "！", "？", "；", "…", "”", "’", "）", "」", "』", "》", "〕", "】", "!", "?", ";", ")", "：", ":": true
        default: false
        }
    }

    /// What may stand between two measures of one sentence.
    package static func isBetweenMeasures(_ mark: Unicode.Scalar) -> Bool {
        mark == "，" || mark == "," || mark == "、"
    }

    package func check(_ context: CheckContext) -> [Finding] { check(context, walkingTheBody: false) }

    /// The findings; those of the opening and the sections as the typography layout found them as
    /// it laid out their paragraphs (`TypographyLayout.unfinishedParagraphs`), or, with
    /// `walkingTheBody`, from a walk of the body of its own (the general path the layout's
    /// findings are held to).
    package func check(_ context: CheckContext, walkingTheBody: Bool) -> [Finding] {
        var findings: [Finding] = []
        func check(_ paragraph: Paragraph, item: Ordinal?) {
            Self.problems(in: paragraph, item: item, into: &findings)
        }
        // Paragraphs of lists are left alone (list items end as the author likes); quotes are read.
        // Blocks are read where they are: iterating the array copied each.
        func walk(_ blocks: [NoticeBlock]) {
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .paragraph(let paragraph): check(paragraph, item: nil)
                    case .item(let item):
                        if item.head.form == .runIn, let body = item.head.body { check(body, item: item.head.ordinal) }
                        walk(item.children)
                    case .quote(let children, _): walk(children)
                    case .list, .table, .code, .html, .thematicBreak: break
                    }
                }
            }
        }
        if walkingTheBody {
            context.notice.opening.paragraphs.withUnsafeBufferPointer { paragraphs in
                for index in paragraphs.indices { check(paragraphs[index], item: nil) }
            }
            context.notice.sections.withUnsafeBufferPointer { sections in
                for index in sections.indices {
                    if let head = sections[index].head, head.form == .runIn, let body = head.body {
                        check(body, item: head.ordinal)
                    }
                    walk(sections[index].children)
                }
            }
        } else {
            findings = TypographyRules.layout(context).unfinishedParagraphs
        }
        if let closing = context.notice.closing {
            // The signature and date lines at the end: short, without `。`.
            var paragraphs = closing.paragraphs[...]
            while let last = paragraphs.last, Self.isSignatureLine(last.plain) { paragraphs = paragraphs.dropLast() }
            // Contact fields stand as lines of their own without final punctuation
            // (`电子信箱：zgb@example.cn`): a paragraph that ends in a field is no cut sentence.
            for paragraph in paragraphs where !closing.contacts.contains(where: { $0.range.end >= paragraph.range.end }) {
                check(paragraph, item: nil)
            }
        }
        return findings
    }

    /// An ordinal as written, without the space after it.
    package static func withoutTrailingSpace(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, TypographyScalars.isSpace(last) { scalars.removeLast() }
        return String(scalars: scalars)
    }

    package static func isSignatureLine(_ text: String) -> Bool {
        !KeywordText(text).contains("。") && text.unicodeScalars.count <= 40
    }

    /// The findings for one paragraph: each measure that ends without a stop, and the paragraph's
    /// end. `item` is the ordinal of the run-in item whose body the paragraph is.
    package static func problems(in paragraph: Paragraph, item: Ordinal?) -> [Finding] {
        var findings: [Finding] = []
        problems(in: paragraph, item: item, into: &findings)
        return findings
    }

    /// The findings for one paragraph (`problems(in:item:)`), appended to `findings`: no array per
    /// paragraph, and the segments read where they are.
    package static func problems(in paragraph: Paragraph, item: Ordinal?, into findings: inout [Finding]) {
        paragraph.segments.withUnsafeBufferPointer { segments in
            for index in segments.indices {
                let isLast = index == segments.count - 1
                // A text segment is only read when it is the last one (not copied otherwise).
                if case .measure(let measure) = segments[index] {
                    // Most measures end with a stop: tell so from the pieces, without joining them.
                    guard mayLackFinal(measure.lead, measure.body, beforeMeasure: !isLast) else { continue }
                    // `lead + body`, joined without the copies of `RichText.+`.
                    var joiner = RichTextJoiner(measure.lead)
                    joiner.append(measure.body)
                    if let finding = problem(
                        in: joiner.richText, what: Message("typography.final.measure", withoutTrailingSpace(measure.ordinal.text)),
                        beforeMeasure: !isLast)
                    {
                        findings.append(finding)
                    }
                    continue
                }
                guard isLast, case .text(let text) = segments[index] else { continue }
                if let finding = problem(
                    in: text,
                    what: item.map { Message("typography.final.item", withoutTrailingSpace($0.text)) }
                        ?? Message("typography.final.paragraph"),
                    beforeMeasure: false)
                {
                    findings.append(finding)
                }
            }
        }
    }

    /// Whether `problem(in:)` may find something in `pieces` joined: false when the last mark of
    /// their text is a final one (or one that may stand between measures, `beforeMeasure`) or
    /// not in text. The mark and the kind of its run are the same whether or not the pieces are
    /// joined (joining merges runs of one kind and keeps every scalar).
    package static func mayLackFinal(_ lead: RichText, _ body: RichText, beforeMeasure: Bool) -> Bool {
        // The last mark that is not a space, in the body or else in the lead, and its run's kind.
        guard let (mark, kind) = lastWritten(body) ?? lastWritten(lead), kind == .text else { return false }
        return !(isFinal(mark) || (beforeMeasure && isBetweenMeasures(mark)))
    }

    /// The last scalar of `text` that is not a space, and the kind of its run (the last run with
    /// more than spaces); nil when it is all spaces. Read back from the runs' UTF-8 bytes, in place.
    package static func lastWritten(_ text: RichText) -> (mark: Unicode.Scalar, kind: TextRun.Kind)? {
        text.runs.withUnsafeBufferPointer { runs in
            var index = runs.count
            while index > 0 {
                index -= 1
                if let mark = lastWritten(runs[index].text) { return (mark, runs[index].kind) }
            }
            return nil
        }
    }

    /// The last scalar of `text` that is not a space (`TypographyScalars.isSpace`), or nil.
    package static func lastWritten(_ text: String) -> Unicode.Scalar? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Unicode.Scalar? in
            var end = bytes.count
            while end > 0 {
                var start = end - 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                let scalar = UTF8Bytes.decode(bytes, at: start).scalar
                if !TypographyScalars.isSpace(scalar) { return scalar }
                end = start
            }
            return nil
        }
        if let found { return found }
        return text.unicodeScalars.last { !TypographyScalars.isSpace($0) }
    }

    /// A finding when `text` does not end with a final mark. `what` names the text in the
    /// message (a message argument, so that each language names it its own way); it is only made
    /// for a finding.
    package static func problem(in rich: RichText, what: @autoclosure () -> Message, beforeMeasure: Bool) -> Finding? {
        // Most texts end with a final mark: told from the bytes of the last run with more than
        // spaces, before anything is located.
        guard let (last, kind) = lastWritten(rich), kind == .text, !isFinal(last), !(beforeMeasure && isBetweenMeasures(last))
        else { return nil }
        // Only the end of the text matters: walk back to the last run that holds more than spaces
        // (the run of the last mark), and in it back to the mark, instead of laying out the text.
        let runs = rich.runs
        guard let lastRun = runs.lastIndex(where: { !$0.text.unicodeScalars.allSatisfy(TypographyScalars.isSpace) }) else {
            return nil
        }
        // Text that ends in code, HTML or an image is not prose this rule can judge.
        guard runs[lastRun].kind == .text else { return nil }
        let runScalars = runs[lastRun].text.unicodeScalars
        let markIndex = runScalars.lastIndex { !TypographyScalars.isSpace($0) }!
        let mark = runScalars[markIndex]
        if isFinal(mark) { return nil }
        if beforeMeasure && isBetweenMeasures(mark) { return nil }
        // The mark and up to five scalars before it, which may lie in earlier runs.
        var ending = Array(runScalars[...markIndex].suffix(6))
        var run = lastRun
        while ending.count < 6, run > 0 {
            run -= 1
            ending.insert(contentsOf: runs[run].text.unicodeScalars.suffix(6 - ending.count), at: 0)
        }
        let at = range(ofScalar: runScalars.distance(from: runScalars.startIndex, to: markIndex), in: runs[lastRun])
        if mark == "." {
            // `.` after a letter or digit ends an English sentence or an address; after Chinese it is a
            // stop typed in the wrong width.
            guard ending.count > 1, TypographyScalars.isChinese(ending[ending.count - 2]) else { return nil }
            return Finding(
                Message("typography.final.half-width-stop", what()), at: at, fix: Message("typography.final.half-width-stop.fix"))
        }
        return Finding(
            Message("typography.final.missing", what()), at: at,
            notes: [Message("typography.final.ends-with", String(scalars: ending))],
            fix: Message("typography.final.missing.fix"))
    }

    /// Where scalar `offset` of `run` stands in the file, one column wide (as
    /// `TypographyText.range(at:)` places it).
    package static func range(ofScalar offset: Int, in run: TextRun) -> SourceRange {
        let start =
            run.range.start.line == run.range.end.line && (run.kind == .text || run.kind == .code)
            ? SourceLocation(line: run.range.start.line, column: run.range.start.column + offset)
            : run.range.start
        return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1))
    }
}
