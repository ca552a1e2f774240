import PublishCore
import PublishReading

/// Reports a gap, a repeated number or a start other than one in the numbering at any level.
///
/// Every level counts from one under its parent: `一、` (top-level sections), `（一）`, `1.`, `（1）`,
/// `①`, and `一是` measure runs. Readers and superior bodies cite items by number
/// (「第二部分第（三）项」); a gap makes them look for a missing item, a repeat makes two items share
/// one name. A measure run may also restart at `一是` after an unnumbered lead paragraph (a
/// sub-part with no heading), or go on from the last measure; measures split inside one paragraph
/// count in the run.
///
/// Example: `一、` `二、` `四、` (expected `三、`); `（一）` `（一）`; a run `一是` `三是`.
package struct NumberingSequenceRule: Rule {
    package let descriptor = RuleDescriptor(id: "numbering/sequence", severity: .error)

    package func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []

        // Top-level sections: sections with no heading and unnumbered headings take no number.
        let sectionOrdinals = context.notice.sections.compactMap(\.head?.ordinal).filter { $0.level == .hanzi }
        findings += sequence(sectionOrdinals)

        // Sections read where they are: iterating the array copied each.
        context.notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                children(body: sections[index].head?.body, sections[index].children, checkItems: true, into: &findings)
            }
        }
        return findings
    }

    /// Findings under one parent (a section or an item), and under its items at every depth.
    /// `checkItems` is false under an item that is itself out of level: children such as a `3.`
    /// after an inverted `（一）` nest under it as a consequence of the inversion, which is what
    /// `numbering/level-inverted` reports.
    package func children(body: Paragraph?, _ blocks: [NoticeBlock], checkItems: Bool) -> [Finding] {
        var findings: [Finding] = []
        children(body: body, blocks, checkItems: checkItems, into: &findings)
        return findings
    }

    /// `children(body:_:checkItems:)`, appended to `findings`: the blocks read where they are, once
    /// each, the measures counted as the paragraphs come (no list of them), and no array of
    /// findings per parent. The findings come in another order than the parent's measures, then
    /// its items, then each item's children (`Checker` puts them in report order: each is at the
    /// ordinal it reports, and no two at one).
    private func children(body: Paragraph?, _ blocks: [NoticeBlock], checkItems: Bool, into findings: inout [Finding]) {
        blocks.withUnsafeBufferPointer { blocks in
            // The paragraphs directly under the parent, the heading's run-in body first; in the same
            // pass, the level of the first numbered child item (the level its siblings are expected
            // to share), the ordinals of that level, which are counted at the end, and each item's
            // children: an item is in level when it is unnumbered or has the level of the first
            // numbered item, which is known by the time a numbered item comes.
            var run = MeasureRun()
            if let body { run.count(body, by: self, into: &findings) }
            var level: Ordinal.Level? = nil
            // The numbered items of that level, as their block's index and their number, on the
            // stack: no list of ordinals made (and each copied into it) per parent.
            withUnsafeTemporaryAllocation(of: (block: Int, value: Int).self, capacity: blocks.count) { numbered in
                var count = 0
                for index in blocks.indices {
                    switch blocks[index] {
                    case .paragraph(let paragraph): run.count(paragraph, by: self, into: &findings)
                    case .item(let item):
                        var inLevel = true
                        if let number = blocks[index].itemNumber {
                            if level == nil { level = number.level }
                            inLevel = number.level == level
                            if checkItems, inLevel {
                                numbered.initializeElement(at: count, to: (index, number.value))
                                count += 1
                            }
                        }
                        children(body: item.head.body, item.children, checkItems: inLevel, into: &findings)
                    case .list, .quote, .code, .table, .html, .thematicBreak: break
                    }
                }
                if checkItems, level != nil {
                    sequence(of: UnsafeBufferPointer(rebasing: numbered[..<count]), in: blocks, into: &findings)
                }
                // Pairs of integers are trivial: the buffer needs no deinitializing.
            }
        }
    }

    /// `sequence(_:)` of the ordinals of the items at `numbered` (each its block's index in
    /// `blocks` and its number), appended to `findings`: the numbers compared, and an item's
    /// ordinal taken out of its block only for a finding.
    private func sequence(
        of numbered: UnsafeBufferPointer<(block: Int, value: Int)>, in blocks: UnsafeBufferPointer<NoticeBlock>,
        into findings: inout [Finding]
    ) {
        func ordinal(at index: Int) -> Ordinal { blocks[numbered[index].block].item!.head.ordinal! }
        // The previous item's place in `numbered` and the number it counts as.
        var previous: (index: Int, value: Int)? = nil
        for index in numbered.indices {
            let value = numbered[index].value
            let expected = (previous?.value ?? 0) + 1
            var counted = value
            if value != expected {
                let slip = index + 1 < numbered.count && numbered[index + 1].value == expected + 1
                let previousOrdinal = previous.map { previous in
                    var ordinal = ordinal(at: previous.index)
                    ordinal.value = previous.value
                    return ordinal
                }
                findings.append(finding(ordinal(at: index), expected: [expected], previous: previousOrdinal, slip: slip))
                if slip { counted = expected }
            }
            previous = (index, counted)
        }
    }

    /// Findings for siblings of one level, which must run 1, 2, 3 … After a wrong number the count
    /// goes on from it (`一、二、四、五、` is one gap), unless the next number shows it was a slip
    /// (`（一）（一）（三）` is one repeat).
    package func sequence(_ ordinals: [Ordinal]) -> [Finding] {
        var findings: [Finding] = []
        var previous: Ordinal? = nil
        for (index, ordinal) in ordinals.enumerated() {
            let expected = (previous?.value ?? 0) + 1
            var counted = ordinal
            if ordinal.value != expected {
                let slip = index + 1 < ordinals.count && ordinals[index + 1].value == expected + 1
                findings.append(finding(ordinal, expected: [expected], previous: previous, slip: slip))
                if slip { counted.value = expected }
            }
            previous = counted
        }
        return findings
    }

    /// Findings for the measures of one parent's paragraphs. A paragraph that does not start with a
    /// measure ends the run: the next measure may start a new run at `一是` or go on from the last.
    package func measures(_ paragraphs: [Paragraph]) -> [Finding] {
        var findings: [Finding] = []
        var run = MeasureRun()
        for paragraph in paragraphs { run.count(paragraph, by: self, into: &findings) }
        return findings
    }

    /// The count of the measures of one parent's paragraphs, paragraph after paragraph
    /// (`measures(_:)`).
    private struct MeasureRun {
        /// The last measure counted: the paragraph it stands in and its segment's index there, and
        /// its number. Its ordinal is taken out only for a finding: copying it (and the measure
        /// it was bound with) for every measure cost more than the count.
        var previous: (paragraph: Paragraph, segment: Int, value: Int)? = nil
        var runOpen = false

        /// The ordinal of the measure `previous` points at.
        var previousOrdinal: Ordinal? {
            guard let previous, case .measure(let measure) = previous.paragraph.segments[previous.segment] else { return nil }
            return measure.ordinal
        }

        /// Counts the measures of `paragraph`, the next paragraph of the parent, appending the
        /// findings of `rule` to `findings`.
        mutating func count(_ paragraph: Paragraph, by rule: NumberingSequenceRule, into findings: inout [Finding]) {
            paragraph.segments.withUnsafeBufferPointer { segments in
                guard !segments.isEmpty else { return }
                // The first segment looked at where it stands (`segments.first` copied it).
                if case .measure = segments[0] {} else { runOpen = false }
                for index in segments.indices {
                    guard let value = segments[index].measureNumber else { continue }
                    // The next number of the run, or one when a new run may start; the list of
                    // them is made only for a finding.
                    let next = (previous?.value).map { $0 + 1 } ?? 1
                    let mayRestart = previous != nil && !runOpen
                    if value != next && !(mayRestart && value == 1), case .measure(let measure) = segments[index] {
                        let expected = mayRestart ? [next, 1] : [next]
                        findings.append(rule.finding(measure.ordinal, expected: expected, previous: previousOrdinal, slip: false))
                    }
                    previous = (paragraph, index, value)
                    runOpen = true
                }
            }
        }
    }

    /// The finding for `ordinal` where one of `expected` (the first preferred) should stand; `slip`
    /// when the numbers after it go on as if it were right.
    package func finding(_ ordinal: Ordinal, expected: [Int], previous: Ordinal?, slip: Bool) -> Finding {
        let level = ordinal.level
        let found = NumberingRules.written(ordinal)
        // One or two numbers (`「三、」 or 「一、」`).
        let wanted =
            expected.count > 1
            ? Message("numbering.sequence.either", level.standardText(expected[0]), level.standardText(expected[1]))
            : Message("numbering.quoted", level.standardText(expected[0]))
        let first = expected[0]
        let what: Message
        var notes: [Message] = []
        if let previous {
            let previousText = NumberingRules.written(previous)
            if ordinal.value == previous.value {
                what = Message("numbering.sequence.duplicate")
                notes.append(Message("numbering.sequence.already-used", previousText, previous.range.start.line))
            } else if ordinal.value > first {
                what = Message("numbering.sequence.gap")
                let missing =
                    (first..<ordinal.value).prefix(5).map { "「\(level.standardText($0))」" }.joined()
                    + (ordinal.value - first > 5 ? "…" : "")
                notes.append(Message("numbering.sequence.missing", previousText, previous.range.start.line, missing))
            } else {
                what = Message("numbering.sequence.back")
                notes.append(Message("numbering.sequence.before", previousText, previous.range.start.line))
            }
        } else {
            what = Message("numbering.sequence.not-one")
        }
        let fix: Message
        if expected.count > 1 {
            fix = Message(
                "numbering.sequence.fix-run-or-new", level.standardText(expected[0]), level.standardText(expected[1]))
        } else if slip {
            fix = Message("numbering.sequence.fix", level.standardText(first))
        } else {
            fix = Message("numbering.sequence.fix-renumber", level.standardText(first))
        }
        return Finding(Message("numbering.sequence", what, wanted, found), at: ordinal.range, notes: notes, fix: fix)
    }
}

extension Paragraph.Segment {
    /// The number of a measure's ordinal, nil for text: read where the segment stands, the
    /// measure not copied out of it.
    fileprivate var measureNumber: Int? {
        if case .measure(let measure) = self { measure.ordinal.value } else { nil }
    }
}

extension NoticeBlock {
    /// The level and number of an item's ordinal, nil for an unnumbered item or another block:
    /// read where the block stands, the ordinal not copied out of it.
    fileprivate var itemNumber: (level: Ordinal.Level, value: Int)? {
        guard case .item(let item) = self, let ordinal = item.head.ordinal else { return nil }
        return (ordinal.level, ordinal.value)
    }
}
