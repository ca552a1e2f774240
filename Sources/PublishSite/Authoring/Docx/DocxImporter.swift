import PublishCore
import PublishReading
import Foundation

/// Turns a Word document (.docx) into a notice in the authoring format, through the same pipeline
/// as plain text (`PlainTextImporter`): the document's paragraphs become lines, and the text
/// decides the structure (ordinals, the opening and closing), since real documents use direct
/// formatting more than styles. What only the document knows is added to the lines:
///
/// - automatic numbering becomes the number it shows (`WordNumbering`), so `一、` and `（一）`
///   headings numbered by Word are headings here too;
/// - lines above the opening set like a title (centred, or larger than the body text) are where
///   the title is, however it is worded; a title of one line goes into `title:`;
/// - the 署名 and 成文日期 after the closing (an issuer line, then a date) go into `issuer:` and
///   `date:` instead of the body;
/// - tables become GFM tables; the document's keywords become `tags:`.
///
/// Page headers and footers are other parts and are never read; comments, footnotes, pictures
/// and tracked deletions are left out and counted in the report. A package that is not safe to
/// read is refused (`WordPackage`, `XMLTree`).
public struct DocxImporter: Sendable {
    public var interpreter: NoticeInterpreter
    /// The language of the comments written into the front matter.
    public var language: Language

    public init(interpreter: NoticeInterpreter = NoticeInterpreter(), language: Language = .english) {
        self.interpreter = interpreter
        self.language = language
    }

    public struct Result: Sendable {
        /// The notice in the authoring format; empty when the document was refused.
        public var markdown: String
        public var report: ImportReport
        /// Why the file was not imported; nothing should be written then.
        public var refusal: Diagnostic?
    }

    public func convert(bytes: [UInt8], path: String) -> Result {
        do {
            return try read(Data(bytes), path: path)
        } catch {
            return Result(markdown: "", report: ImportReport(), refusal: error.diagnostic(path: path))
        }
    }

    private func read(_ data: Data, path: String) throws(WordImportRefusal) -> Result {
        let package = try WordPackage(data: data)
        guard let document = try package.xml(package.mainDocument),
            document.name == "document", WordBodyReader.wordNamespaces.contains(document.namespace),
            let body = document.child("body")
        else {
            throw .notWord(Message("import.detail.not-wordprocessing"))
        }
        let styles =
            try package.relatedPart("/styles", fallback: "word/styles.xml").flatMap { path throws(WordImportRefusal) in
                try package.xml(path)
            }.map(WordStyleSheet.init) ?? WordStyleSheet()
        let numbering =
            try package.relatedPart("/numbering", fallback: "word/numbering.xml").flatMap {
                path throws(WordImportRefusal) in try package.xml(path)
            }.map(WordNumbering.init) ?? WordNumbering()
        let properties = try package.xml("docProps/core.xml")

        var reader = WordBodyReader(styles: styles, numbering: numbering)
        let blocks = reader.blocks(of: body)
        var report = ImportReport()
        report.input = Message("import.input.docx")
        report.lineUnit = .paragraph
        var (lines, pageNumbers) = Self.lines(blocks, bodySize: Self.bodyFontSize(blocks))
        let signature = Self.takeSignature(from: &lines)
        report.notes = Self.notes(reader.tally, pageNumbers: pageNumbers, package: package)
        let hints = ImportHints(
            signature: signature, oneLineTitleInFrontMatter: true, tags: Self.keywords(properties))
        let result = PlainTextImporter(interpreter: interpreter, language: language).convert(
            lines: lines, path: path, report: report, hints: hints)
        return Result(markdown: result.markdown, report: result.report, refusal: nil)
    }

    // MARK: - Lines

    /// The size most of the text is set in (half-points): the body's, against which a title is large.
    static func bodyFontSize(_ blocks: [WordBodyReader.Block]) -> Int? {
        var characters: [Int: Int] = [:]
        for case .paragraph(let paragraph) in blocks {
            guard let size = paragraph.fontSize else { continue }
            characters[size, default: 0] += paragraph.lines.reduce(0) { $0 + $1.count }
        }
        return characters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The blocks as import lines: a paragraph's text broken at its line breaks (a title's joined
    /// again: Word breaks a long title by hand), a table as one line of Markdown. Paragraphs that
    /// are only a page number (`— 3 —`, `第3页`) are left out and returned.
    static func lines(_ blocks: [WordBodyReader.Block], bodySize: Int?) -> ([ImportLine], [Int]) {
        var lines: [ImportLine] = []
        var pageNumbers: [Int] = []
        var carried: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(var paragraph):
                if !carried.isEmpty {
                    // A deleted paragraph mark (a tracked change, accepted): one paragraph.
                    paragraph.lines[0] = carried.removeLast() + paragraph.lines[0]
                    paragraph.lines = carried + paragraph.lines
                    carried = []
                }
                if paragraph.joinsNext {
                    carried = paragraph.lines
                    continue
                }
                let size = paragraph.fontSize ?? 0
                let large = bodySize.map { size * 5 >= $0 * 6 } ?? false
                let looksLikeTitle = paragraph.alignment == "center" || large
                // A title broken by hand is one line again; a centred paragraph of sentences is not a title.
                let joined = looksLikeTitle && !paragraph.lines.contains { $0.contains("。") }
                let texts = joined ? [paragraph.lines.joined()] : paragraph.lines
                for text in texts {
                    let trimmed = PlainTextImporter.trimmed(Substring(text))
                    guard !trimmed.isEmpty else { continue }
                    if isPageNumber(trimmed) {
                        pageNumbers.append(paragraph.number)
                        continue
                    }
                    // An item of a bullet list: Word's bullets, or `- ` as `publish render` writes them.
                    if paragraph.bulleted || trimmed.hasPrefix("- ") {
                        let item = paragraph.bulleted ? trimmed : PlainTextImporter.trimmed(trimmed.dropFirst(2))
                        if !item.isEmpty {
                            lines.append(
                                ImportLine(
                                    number: paragraph.number, text: item,
                                    markdown: "- " + MarkdownEscaper.paragraph(item)))
                        }
                        continue
                    }
                    lines.append(ImportLine(number: paragraph.number, text: trimmed, looksLikeTitle: looksLikeTitle))
                }
            case .table(let table):
                guard let markdown = WordTableMarkdown.markdown(table) else { continue }
                let words = table.rows.flatMap { $0.map(\.text) }.filter { !$0.isEmpty }.joined(separator: " ")
                lines.append(ImportLine(number: table.number, text: words, markdown: markdown))
            }
        }
        return (lines, pageNumbers)
    }

    /// `— 3 —`, `- 3 -`, `第3页`, `第 3 页 共 9 页`: a page number typed into the body.
    static func isPageNumber(_ text: String) -> Bool {
        text.wholeMatch(of: /[—–\-－]+\s*\d{1,4}\s*[—–\-－]+/) != nil
            || text.wholeMatch(of: /第\s*\d{1,4}\s*页(\s*[,，\/]?\s*共\s*\d{1,4}\s*页)?/) != nil
    }

    /// The 署名 and 成文日期 at the end of the document — the last line a date on its own, the line
    /// before it, if it names an organisation, the issuer — taken out of `lines`.
    static func takeSignature(from lines: inout [ImportLine]) -> (issuer: String?, date: CalendarDate?, line: Int)? {
        guard lines.count >= 2, let last = lines.last, last.markdown == nil,
            let date = PageFurniture.recognise(last.text, dateLineAllowed: true)?.kind == .dateLine
                ? PageFurniture.date(in: last.text) : ChineseDate.value(of: last.text)
        else { return nil }
        lines.removeLast()
        var issuer: String?
        if let before = lines.last, before.markdown == nil, ClosingInterpreter.isSignatureLine(before.text),
            !ClosingInterpreter.isClosing(before.text), OrdinalParser.parse(before.text) == nil,
            PageFurniture.recognise(before.text, dateLineAllowed: true) == nil
        {
            issuer = before.text
            lines.removeLast()
        }
        return (issuer, date, last.number)
    }

    /// The keywords of the document's properties (文件 → 属性 → 关键词), as tags: separated by
    /// commas, semicolons, 、 or spaces (LibreOffice joins them with spaces when it saves).
    static func keywords(_ properties: XMLTree.Element?) -> [String] {
        guard let keywords = properties?.child("keywords")?.text else { return [] }
        var seen = Set<String>()
        return keywords.split(whereSeparator: { ",;，；、".contains($0) || $0.isWhitespace }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    // MARK: - Report

    static func notes(_ tally: WordBodyReader.Tally, pageNumbers: [Int], package: WordPackage) -> [Message] {
        var notes: [Message] = []
        if tally.insertions + tally.deletions > 0 {
            notes.append(Message("import.note.tracked-changes", tally.insertions, tally.deletions))
        }
        if tally.comments > 0 { notes.append(Message("import.note.comments", tally.comments)) }
        if tally.footnotes + tally.endnotes > 0 {
            notes.append(Message("import.note.footnotes", tally.footnotes + tally.endnotes))
        }
        if tally.pictures > 0 { notes.append(Message("import.note.pictures", tally.pictures)) }
        if tally.objects + tally.embeddedDocuments > 0 {
            notes.append(Message("import.note.objects", tally.objects + tally.embeddedDocuments))
        }
        if tally.formulas > 0 { notes.append(Message("import.note.formulas", tally.formulas)) }
        if tally.textBoxes > 0 { notes.append(Message("import.note.text-boxes", tally.textBoxes)) }
        if tally.hiddenRuns > 0 { notes.append(Message("import.note.hidden-runs", tally.hiddenRuns)) }
        if !tally.symbols.isEmpty { notes.append(Message("import.note.symbols", tally.symbols)) }
        if !pageNumbers.isEmpty { notes.append(Message("import.note.page-numbers", pageNumbers)) }
        let headersAndFooters = package.relationshipCount("/header") + package.relationshipCount("/footer")
        if headersAndFooters > 0 { notes.append(Message("import.note.headers-footers", headersAndFooters)) }
        return notes
    }
}

/// A date written in Chinese numerals, as 成文日期 were before GB/T 9704-2012: `二〇二四年七月二十六日`.
enum ChineseDate {
    static func value(of text: String) -> CalendarDate? {
        guard let match = text.wholeMatch(of: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/) else {
            return nil
        }
        var year = 0
        for character in match.output.1 {
            guard let digit = ChineseNumeral.digits[character] else { return nil }
            year = year * 10 + digit
        }
        guard let month = ChineseNumeral.value(of: match.output.2), let day = ChineseNumeral.value(of: match.output.3)
        else {
            return nil
        }
        let date = CalendarDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }
}
