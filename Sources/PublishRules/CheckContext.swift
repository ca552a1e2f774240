import Foundation
import PublishCore
import PublishReading

/// Everything a rule may look at for one notice.
public struct CheckContext: Sendable {
    // Changing what the rules look at starts a fresh memo: nothing derived from the old notice stays.
    public var notice: Notice { didSet { memo = CheckMemo() } }
    public var source: SourceText { didSet { memo = CheckMemo() } }
    public var markdown: MarkdownDocument { didSet { memo = CheckMemo() } }
    public var calendar: WorkdayCalendar { didSet { memo = CheckMemo() } }
    /// The site's pattern for a 索引号 (`indexNumberPattern:` in publish.yml).
    public var indexNumberPattern: String = PublishConfiguration.defaultIndexNumberPattern
    /// Values several rules derive from the same notice, computed once.
    private(set) var memo = CheckMemo()

    public init(notice: Notice, source: SourceText, markdown: MarkdownDocument, calendar: WorkdayCalendar = .official) {
        self.notice = notice
        self.source = source
        self.markdown = markdown
        self.calendar = calendar
    }

    /// The location where the body starts (after the front matter), for findings about the whole
    /// notice.
    public var bodyStart: SourceRange {
        let first = notice.opening.paragraphs.first?.range.start
            ?? notice.sections.first?.range.start
            ?? SourceLocation(line: 1, column: 1)
        return SourceRange(start: first, end: SourceLocation(line: first.line, column: first.column + 1))
    }

    /// Every paragraph of the notice with the rich text it holds: opening, sections (item heads and
    /// bodies included, at every depth), closing.
    public var paragraphs: [Paragraph] { memo.value(\.paragraphs) { computeParagraphs() } }

    private func computeParagraphs() -> [Paragraph] {
        var result = notice.opening.paragraphs
        // The paragraphs of `blocks` and inside them, in the order of `NoticeBlock.walk`; blocks
        // read where they are (iterating copied each block, and the walk each item again).
        func add(_ blocks: [NoticeBlock]) {
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .paragraph(let p): result.append(p)
                    case .item(let item):
                        if let body = item.head.body { result.append(body) }
                        add(item.children)
                    case .list(let items, _): for item in items { add(item) }
                    case .quote(let children, _): add(children)
                    case .table, .code, .html, .thematicBreak: break
                    }
                }
            }
        }
        notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                if let body = sections[index].head?.body { result.append(body) }
                add(sections[index].children)
            }
        }
        result += notice.closing?.paragraphs ?? []
        return result
    }

    /// The rich text of each of `paragraphs`, in the same order: joined once per notice for the
    /// rules that read paragraphs as text.
    package var paragraphTexts: [RichText] {
        memo.value(\.paragraphTexts) { paragraphs.map(\.richText) }
    }

    /// What looks like a fact in the closing but was not read as one: read once for the rules
    /// that describe it (`structure/missing-disclosure`, `contact/unlabelled`).
    package var closingLeftovers: ClosingLeftovers {
        memo.value(\.closingLeftovers) { ClosingLeftovers(notice.closing) }
    }

    /// Every item head (sections' heads included), in document order, with its depth of nesting
    /// (0 for a section).
    public var heads: [(head: ItemHead, depth: Int)] { memo.value(\.heads) { computeHeads() } }

    private func computeHeads() -> [(head: ItemHead, depth: Int)] {
        // Labelled as the result is: an unlabelled list was cast element by element.
        var result: [(head: ItemHead, depth: Int)] = []
        // The item heads of `blocks` and inside them, in the order of `NoticeBlock.walk` and at its
        // depths; blocks read where they are.
        func add(_ blocks: [NoticeBlock], depth: Int) {
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .item(let item):
                        result.append((item.head, depth))
                        add(item.children, depth: depth + 1)
                    case .list(let items, _): for item in items { add(item, depth: depth) }
                    case .quote(let children, _): add(children, depth: depth)
                    case .paragraph, .table, .code, .html, .thematicBreak: break
                    }
                }
            }
        }
        notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices {
                if let head = sections[index].head { result.append((head, 0)) }
                add(sections[index].children, depth: 1)
            }
        }
        return result
    }

    /// Every piece of author text with its source positions: title lines, item leads, paragraphs,
    /// table cells. For rules that look at characters (typography).
    public var texts: [RichText] { memo.value(\.texts) { computeTexts() } }

    private func computeTexts() -> [RichText] {
        var result = notice.titleLines
        var tables: [RichText] = []
        for section in notice.sections {
            NoticeBlock.walk(section.children) { block, _ in
                if case .table(let table) = block { tables += table.rows.flatMap { $0 } }
            }
        }
        result += heads.map { Self.text(of: $0.head) }
        result += paragraphTexts
        return result + tables
    }
}

extension CheckContext {
    /// The texts of `texts`, in its order, that hold every one of `marks` (each the UTF-8 bytes of
    /// one scalar). A mark of one scalar lies inside one run, and joining keeps every run's bytes,
    /// so the pieces of a text tell whether it holds the marks: only the texts that do are joined.
    package func texts(holding marks: [[UInt8]]) -> [RichText] {
        if let texts = memo.texts {
            return texts.filter { text in marks.allSatisfy { mark in text.runs.contains { ByteSearch.contains(mark, in: $0.text) } } }
        }
        // Whether the pieces of a text hold every mark: `pieces` calls `visit` with the text of
        // each piece until it answers true, and tells whether it did. As for a joined text, each
        // mark is looked for in turn, and a text without the first is passed over after one pass.
        func holdsAll(_ pieces: (_ visit: (String) -> Bool) -> Bool) -> Bool {
            marks.allSatisfy { mark in pieces { ByteSearch.contains(mark, in: $0) } }
        }
        // Each run read in place: iterating the array copied every run (three strings).
        func any(_ text: RichText, _ visit: (String) -> Bool) -> Bool {
            text.runs.withUnsafeBufferPointer { runs in runs.indices.contains { visit(runs[$0].text) } }
        }
        var result: [RichText] = []
        var tables: [RichText] = []
        for line in notice.titleLines where holdsAll({ any(line, $0) }) { result.append(line) }
        // The tables at every depth, in the order of `NoticeBlock.walk`, read where they are.
        func addTables(_ blocks: [NoticeBlock]) {
            blocks.withUnsafeBufferPointer { blocks in
                for index in blocks.indices {
                    switch blocks[index] {
                    case .table(let table):
                        for row in table.rows { for cell in row where holdsAll({ any(cell, $0) }) { tables.append(cell) } }
                    case .item(let item): addTables(item.children)
                    case .list(let items, _): for item in items { addTables(item) }
                    case .quote(let children, _): addTables(children)
                    case .paragraph, .code, .html, .thematicBreak: break
                    }
                }
            }
        }
        notice.sections.withUnsafeBufferPointer { sections in
            for index in sections.indices { addTables(sections[index].children) }
        }
        // Heads, paragraphs and segments read in place, not copied one by one.
        heads.withUnsafeBufferPointer { heads in
            for index in heads.indices {
                let holds = holdsAll { visit in
                    (heads[index].head.ordinal.map { visit($0.text) } ?? visit("")) || any(heads[index].head.lead, visit)
                }
                if holds { result.append(Self.text(of: heads[index].head)) }
            }
        }
        paragraphs.withUnsafeBufferPointer { paragraphs in
            for index in paragraphs.indices {
                let holds = holdsAll { visit in
                    paragraphs[index].segments.withUnsafeBufferPointer { segments in
                        segments.indices.contains { segment in
                            switch segments[segment] {
                            case .text(let text): any(text, visit)
                            case .measure(let measure):
                                visit(measure.ordinal.text) || any(measure.lead, visit) || any(measure.body, visit)
                            }
                        }
                    }
                }
                if holds { result.append(paragraphs[index].richText) }
            }
        }
        return result + tables
    }

    /// A head's ordinal and lead as one text, as `texts` holds it.
    private static func text(of head: ItemHead) -> RichText {
        // `RichTextJoiner` joins as `RichText.+` and `Paragraph.richText` do, without their copies.
        var joiner = RichTextJoiner()
        joiner.append(RichText(runs: head.ordinal.map { [TextRun(text: $0.text, range: $0.range)] } ?? []))
        joiner.append(head.lead)
        return joiner.richText
    }
}

/// Values derived from one notice that several rules share, computed on first use: one typed slot
/// per value (no dictionary, no casts). Rules of one notice run one after another, but the lock
/// keeps it safe if that changes.
package final class CheckMemo: @unchecked Sendable {
    private let lock = NSLock()
    package var paragraphs: [Paragraph]?
    package var paragraphTexts: [RichText]?
    package var heads: [(head: ItemHead, depth: Int)]?
    package var texts: [RichText]?
    /// `NumberingRules.ordinals`.
    package var ordinals: [Ordinal]?
    /// `NumberingRules.parents`.
    package var numberingParents: [NumberingRules.Parent]?
    /// `TypographyRules.layout`.
    package var typographyLayout: TypographyLayout?
    package var closingLeftovers: ClosingLeftovers?
    /// `DisclosureRules.count`: the last period counted and its count.
    package private(set) var workdayCount: (start: CalendarDate, end: CalendarDate, count: WorkdayCount)? {
        get { lock.withLock { storedWorkdayCount } }
        set { lock.withLock { storedWorkdayCount = newValue } }
    }
    private var storedWorkdayCount: (start: CalendarDate, end: CalendarDate, count: WorkdayCount)?

    package func remember(workdayCount: (start: CalendarDate, end: CalendarDate, count: WorkdayCount)) {
        self.workdayCount = workdayCount
    }

    package func value<T>(_ slot: ReferenceWritableKeyPath<CheckMemo, T?>, compute: () -> T) -> T {
        lock.lock()
        if let cached = self[keyPath: slot] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let computed = compute()
        lock.withLock { self[keyPath: slot] = computed }
        return computed
    }
}
