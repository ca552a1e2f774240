/// The `typography/*` rules, in the order the README lists them.
enum TypographyRules {
    static let all: [any Rule] = [
        HalfWidthPunctuationRule(), MixedQuotesRule(), RepeatedPunctuationRule(), MissingFinalPunctuationRule(),
    ]

    /// Every piece of author text of the notice, one per block as the reader sees it: title lines,
    /// headings and item heads (ordinal, lead and the body of a run-in item joined, so that a mark
    /// on the seam between lead and body is seen), paragraphs, table cells. The same text as
    /// `CheckContext.texts`, with run-in heads in one piece.
    static func texts(_ context: CheckContext) -> [TypographyText] {
        // Four rules ask for the same texts: compute them once per notice.
        context.memo.value("typography.texts") { computeTexts(context) }
    }

    private static func computeTexts(_ context: CheckContext) -> [TypographyText] {
        let notice = context.notice
        var result: [RichText] = notice.titleLines
        func head(_ head: ItemHead) -> RichText {
            let ordinal = RichText(runs: head.ordinal.map { [TextRun(text: $0.text, range: $0.range)] } ?? [])
            return ordinal + head.lead + (head.body?.richText ?? RichText())
        }
        func walk(_ blocks: [NoticeBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): result.append(paragraph.richText)
                case .item(let item):
                    result.append(head(item.head))
                    walk(item.children)
                case .list(let items, _): items.forEach(walk)
                case .quote(let children, _): walk(children)
                case .table(let table): result += table.rows.flatMap { $0 }
                case .code, .html, .thematicBreak: break
                }
            }
        }
        result += notice.opening.paragraphs.map(\.richText)
        for section in notice.sections {
            if let sectionHead = section.head { result.append(head(sectionHead)) }
            walk(section.children)
        }
        result += notice.closing?.paragraphs.map(\.richText) ?? []
        let ordinals = ordinalRanges(context).sorted { $0.start < $1.start }
        return result.filter { !$0.isEmpty }.map { TypographyText($0, ordinals: ordinals) }
    }

    /// The ranges of every ordinal as written (`(一)`, `1、`, `一是`): the numbering rules report
    /// their marks.
    static func ordinalRanges(_ context: CheckContext) -> [SourceRange] {
        var ranges = context.heads.compactMap(\.head.ordinal?.range)
        for paragraph in context.paragraphs {
            ranges += paragraph.measures.map(\.ordinal.range)
        }
        return ranges
    }

    /// `,` → `，` and the like.
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]
}

/// One piece of author text, scalar by scalar, with what is prose: characters in code spans, inline
/// HTML, images, link text that is an address, URLs and e-mail addresses are not.
struct TypographyText {
    let text: RichText
    let scalars: [Unicode.Scalar]
    /// Per scalar: author prose that typography rules look at.
    let prose: [Bool]
    /// The ranges of the ordinals in this text.
    private let ordinals: [SourceRange]
    /// The scalar offset at which each run of `text` starts, for finding a run in log time: a
    /// walk over the runs for every finding cost the square of a paragraph's length.
    private let runStarts: [Int]

    nonisolated(unsafe) private static let addresses = Regex<AnyRegexOutput>(
        checked: #"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"#)

    init(_ text: RichText, ordinals: [SourceRange] = []) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var prose: [Bool] = []
        var runStarts: [Int] = []
        for run in text.runs {
            runStarts.append(scalars.count)
            let runScalars = Array(run.text.unicodeScalars)
            let isAddress = run.link != nil && runScalars.allSatisfy(\.isASCII)
            let isProse = run.kind == .text && !isAddress
            scalars += runScalars
            prose += Array(repeating: isProse, count: runScalars.count)
        }
        // Most text holds no address; the regex only runs where one may be.
        let mayHoldAddress = scalars.contains("@") || scalars.contains(":") || scalars.contains("w")
        let plain = mayHoldAddress ? String(String.UnicodeScalarView(scalars)) : ""
        for match in mayHoldAddress ? TextMatch.all(Self.addresses, in: plain) : [] {
            // An address does not take the punctuation that ends the sentence around it.
            var end = match.range.upperBound
            while end > match.range.lowerBound, ".,:;!?)'".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            for index in match.range.lowerBound..<end { prose[index] = false }
        }
        self.scalars = scalars
        self.prose = prose
        self.runStarts = runStarts
        // Only the ordinals that start inside this text matter (`ordinals` is sorted by start).
        if let whole = text.range {
            var low = 0
            var high = ordinals.count
            while low < high {
                let middle = (low + high) / 2
                if ordinals[middle].start < whole.start { low = middle + 1 } else { high = middle }
            }
            self.ordinals = Array(ordinals[low...].prefix { $0.start < whole.end })
        } else {
            self.ordinals = []
        }
    }

    /// Whether scalar `index` is part of an ordinal (`(一)`), which the numbering rules report.
    func isInOrdinal(_ index: Int) -> Bool {
        guard !ordinals.isEmpty, let location = location(at: index) else { return false }
        return ordinals.contains { $0.start <= location && location < $0.end }
    }

    var count: Int { scalars.count }

    /// Where the scalar at `offset` stands in the file: `RichText.location(at:)`, with the run
    /// found by binary search.
    func location(at offset: Int) -> SourceLocation? {
        let runs = text.runs
        guard !runs.isEmpty else { return nil }
        var low = 0
        var high = runStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        // Empty runs share a start with the next one: take the last run that holds the offset.
        let run = runs[low]
        let inRun = offset - runStarts[low]
        let length = (low + 1 < runStarts.count ? runStarts[low + 1] : scalars.count) - runStarts[low]
        guard inRun < length || (low == runs.count - 1 && inRun == length) else { return runs.last?.range.end }
        if run.range.start.line == run.range.end.line, run.kind == .text || run.kind == .code {
            return SourceLocation(line: run.range.start.line, column: run.range.start.column + inRun)
        }
        return run.range.start
    }

    /// The file range of scalars `offsets`.
    func range(_ offsets: Range<Int>) -> SourceRange {
        guard let start = location(at: offsets.lowerBound) else {
            return text.range ?? SourceRange(at: SourceLocation(line: 1, column: 1))
        }
        let end = offsets.isEmpty ? start : (location(at: offsets.upperBound - 1).map {
            SourceLocation(line: $0.line, column: $0.column + 1)
        } ?? start)
        return SourceRange(start: start, end: end)
    }

    func range(at index: Int) -> SourceRange { range(index..<(index + 1)) }

    /// The nearest scalar before `index` that is not a space, or nil.
    func previous(_ index: Int) -> Unicode.Scalar? {
        scalars[..<index].last { !TypographyText.isSpace($0) }
    }

    /// The nearest scalar after `index` that is not a space, or nil.
    func next(_ index: Int) -> Unicode.Scalar? {
        scalars[(index + 1)...].first { !TypographyText.isSpace($0) }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// Chinese text: Han characters, CJK and full-width punctuation, “”‘’…—.
    static func isChinese(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, !isSpace(scalar) else { return false }
        return CharacterClass.isCJK(scalar) || CharacterClass.isChinesePunctuation(scalar)
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether scalars `offsets` hold a Han character.
    func hasHan(_ offsets: Range<Int>) -> Bool {
        scalars[offsets].contains(where: CharacterClass.isHan)
    }
}
