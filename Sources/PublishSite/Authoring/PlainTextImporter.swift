import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Turns a notice published as plain text (copied from a government web page or a Word document)
/// into Markdown in the authoring format, so that rendering the result as plain text gives the
/// notice back as published: the same lines, minus the page around it.
///
/// - Text is decoded as UTF-8, else as UTF-16/32 with a byte-order mark, else as GB18030 when
///   it decodes cleanly (`SourceEncoding`); the report names the encoding. Anything else is
///   reported and not imported, since a wrong guess would write wrong characters into a public
///   notice. Text that already is a notice in the authoring format (front matter) is written as
///   it is, in UTF-8.
/// - Each non-empty line is one paragraph, with blank lines and the indentation of the copy
///   removed; Markdown characters are escaped so they stay text (`MarkdownEscaper`).
/// - Page furniture (`PageFurniture`) is left out, and the date it gives goes into front matter.
/// - The title (`TitleRecognizer`) becomes `#` lines, shown once; the issuer goes into front matter.
/// - Numbered lines with nothing after their first sentence become headings by level
///   (`HeadingRecognizer`); run-in items and measures stay paragraphs; the closing stays as written.
/// - What the text does not give (title, issuer, date) becomes a placeholder, which `check` refuses.
public struct PlainTextImporter: Sendable {
    /// Reads the result back, to report what was recognised.
    public var interpreter: NoticeInterpreter
    /// The language of the comments written into the front matter (lines left out, a date to check).
    public var language: Language

    public init(interpreter: NoticeInterpreter = NoticeInterpreter(), language: Language = .english) {
        self.interpreter = interpreter
        self.language = language
    }

    /// The result of one import.
    public struct Result: Sendable {
        /// The notice in the authoring format; empty when the input could not be decoded.
        public var markdown: String
        public var report: ImportReport
        /// Invalid UTF-8 and NUL bytes in the input: when there are any, nothing should be written.
        public var decodingProblems: [Diagnostic]
    }

    private typealias Line = ImportLine

    public func convert(bytes: [UInt8], path: String) -> Result {
        var report = ImportReport()
        guard let (text, encoding) = SourceEncoding.decode(bytes) else {
            return Result(markdown: "", report: report, decodingProblems: SourceText(bytes: bytes, path: path).diagnostics)
        }
        let source = SourceText(string: text, path: path)
        guard source.diagnostics.isEmpty else {
            return Result(markdown: "", report: report, decodingProblems: source.diagnostics)
        }
        report.input = Message("import.input.text", encoding.name)
        if Self.isAuthoringFormat(source) {
            // Already Markdown with front matter (a notice saved in another encoding): only the
            // encoding changes.
            report.keptAsWritten = true
            let markdown = source.text.hasSuffix("\n") || source.text.isEmpty ? source.text : source.text + "\n"
            describe(load(markdown, path: path).notice, in: &report)
            return Result(markdown: markdown, report: report, decodingProblems: [])
        }
        let lines = source.lines.enumerated().compactMap { index, text -> Line? in
            let trimmed = Self.trimmed(text)
            return trimmed.isEmpty ? nil : Line(number: index + 1, text: trimmed)
        }
        return convert(lines: lines, path: path, report: report, hints: ImportHints())
    }

    /// The pipeline every source goes through once it is lines: page furniture, title, signature,
    /// headings, front matter.
    func convert(lines: [ImportLine], path: String, report: ImportReport, hints: ImportHints) -> Result {
        var report = report
        var lines = lines

        // Page furniture, wherever it stands.
        var pageDate: (CalendarDate, ImportReport.DateSource)?
        lines.removeAll { line in
            guard line.markdown == nil, let furniture = PageFurniture.recognise(line.text) else { return false }
            report.leftOut.append(.init(line: line.number, text: line.text, furniture: furniture.kind))
            if pageDate == nil, let date = furniture.date { pageDate = (date, .publicationDetails(line: line.number)) }
            return true
        }

        // The short lines above the notice: a date under the title, the title, and the rest.
        let bodyStart = lines.firstIndex { $0.markdown != nil || Self.isBodyLine($0.text) } ?? lines.endIndex
        var head: [Line] = []
        for line in lines[..<bodyStart] {
            if let furniture = PageFurniture.recognise(line.text, dateLineAllowed: true) {
                report.leftOut.append(.init(line: line.number, text: line.text, furniture: furniture.kind))
                if pageDate == nil, let date = furniture.date { pageDate = (date, .title(line: line.number)) }
                continue
            }
            var (text, date) = PageFurniture.splitDateSuffix(line.text)
            if pageDate == nil, let date { pageDate = (date, .title(line: line.number)) }
            if let (prefix, rest) = PageFurniture.splitCategoryPrefix(text) {
                report.removedPrefixes.append(.init(line: line.number, text: prefix, furniture: nil))
                text = rest
            }
            var kept = line
            kept.text = text
            head.append(kept)
        }
        let body = Array(lines[bodyStart...])
        let title = Self.title(in: head)
        for (index, line) in head.enumerated() {
            if title?.usedLines.contains(index) == true {
                report.titleSourceLines.append(line.number)
            } else {
                report.leftOut.append(.init(line: line.number, text: line.text, furniture: nil))
            }
        }
        report.leftOut.sort { $0.line < $1.line }
        report.titleLines = title?.lines ?? []
        if let issuer = title?.issuer {
            report.issuer = issuer
            report.issuerSource = Message("import.from-title")
        }

        // A signature and date at the end: `中共某某委员会` / `2024年7月26日`.
        if let signature = hints.signature {
            // The 署名 names the issuer, whatever the title starts with.
            if let issuer = signature.issuer {
                report.issuer = issuer
                report.issuerSource = Message("import.from-signature")
            }
            if pageDate == nil, let date = signature.date { pageDate = (date, .signature(line: signature.line)) }
        } else if body.count >= 2, let last = body.last,
            PageFurniture.recognise(last.text, dateLineAllowed: true)?.kind == .dateLine
        {
            if pageDate == nil, let date = PageFurniture.date(in: last.text) {
                pageDate = (date, .signature(line: last.number))
            }
            let signature = body[body.count - 2].text
            if report.issuer == nil, TitleRecognizer.isIssuerLine(signature),
                !Self.isBodyLine(signature)
            {
                report.issuer = signature
                report.issuerSource = Message("import.from-signature")
            }
        }

        let titleInFrontMatter = hints.oneLineTitleInFrontMatter && report.titleLines.count == 1
        let bodyMarkdown = markdown(title: titleInFrontMatter ? [] : report.titleLines, body: body, report: &report)
        if let (date, source) = pageDate {
            report.date = date
            report.dateSource = source
        } else if let start = load(bodyMarkdown, path: path).notice.closing?.disclosure?.period?.start.date,
            start.isValid
        {
            report.date = start
            report.dateSource = .disclosureStart
        }

        var frontMatter = FrontMatterWriter()
        if report.titleLines.isEmpty {
            frontMatter.entries.append(.init(key: "title", value: Placeholder.text("标题（原文没有标题行）")))
        } else if titleInFrontMatter {
            frontMatter.entries.append(.init(key: "title", value: report.titleLines[0]))
        }
        frontMatter.entries.append(.init(key: "issuer", value: report.issuer ?? Placeholder.text("发文机关")))
        let dateComment =
            report.dateSource == .disclosureStart ? Message("import.comment.disclosure-start").text(in: language) : nil
        frontMatter.entries.append(
            .init(
                key: "date", value: report.date?.description ?? Placeholder.text("发布日期，写作YYYY-MM-DD"),
                comment: dateComment))
        if !hints.tags.isEmpty {
            frontMatter.entries.append(.init(key: "tags", value: FrontMatterWriter.sequence(hints.tags), isLiteral: true))
        }
        frontMatter.trailingComments = report.unplaced.map {
            Message(
                report.lineUnit == .paragraph ? "import.comment.paragraph-left-out" : "import.comment.line-left-out",
                $0.line, $0.text
            ).text(in: language)
        }

        let markdown = frontMatter.text + "\n" + bodyMarkdown
        describe(load(markdown, path: path).notice, in: &report)
        return Result(markdown: markdown, report: report, decodingProblems: [])
    }

    // MARK: - Writing the body

    private func markdown(title: [String], body: [Line], report: inout ImportReport) -> String {
        var blocks = title.map { "# " + MarkdownEscaper.heading($0) }
        // Problem areas numbered `一、二、` again inside a part go one level down, as the
        // interpreter reads them (`NestedRun`), and so does everything under them.
        var run = NestedRun(roles: interpreter.roles)
        var inRestart = false
        for (index, line) in body.enumerated() {
            let next = body.dropFirst(index + 1).first?.text
            if let table = line.markdown {
                blocks.append(table.hasSuffix("\n") ? String(table.dropLast()) : table)
            } else if var depth = HeadingRecognizer.depth(of: line.text, before: next) {
                if let ordinal = OrdinalParser.parse(line.text), ordinal.level == .hanzi {
                    let heading = String(String.UnicodeScalarView(line.text.unicodeScalars.dropFirst(ordinal.length)))
                    inRestart = run.isNested(value: ordinal.value, heading: heading, mayNest: true)
                }
                if inRestart { depth = min(depth + 1, 6) }
                blocks.append(String(repeating: "#", count: depth) + " " + MarkdownEscaper.heading(line.text))
                if let level = OrdinalParser.parse(line.text)?.level { report.headings[level, default: 0] += 1 }
            } else {
                blocks.append(MarkdownEscaper.paragraph(line.text))
            }
        }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    private func load(_ markdown: String, path: String) -> LoadedNotice {
        NoticeLoader(interpreter: interpreter).load(bytes: Array(markdown.utf8), path: path)
    }

    private func describe(_ notice: Notice, in report: inout ImportReport) {
        report.hasOpening = !notice.opening.paragraphs.isEmpty
        report.sections = notice.sections.map { section in
            let keyword: String? = if case .keyword(let word) = section.roleEvidence { word } else { nil }
            let heading = section.head.map { ($0.ordinal?.text ?? "") + $0.lead.plain }
            return .init(heading: heading, role: section.role, keyword: keyword)
        }
        report.hasClosing = notice.closing != nil
        if let disclosure = notice.closing?.disclosure {
            let period = disclosure.period
            switch disclosure.wording {
            case .labelled, .invitation:
                report.disclosure = period.map { Message("import.disclosure.period", $0.start.text, $0.end.text) }
            case .endOnly:
                report.disclosure = period.map { Message("import.disclosure.until", $0.end.text) }
            case .relative:
                let days = disclosure.statedWorkdays.map { Message("import.disclosure.workdays-from-publication", $0) }
                    ?? Message("import.disclosure.from-publication")
                report.disclosure = period.map {
                    Message("import.disclosure.with-period", days, $0.start.date.chinese, $0.end.date.chinese)
                } ?? days
            }
        }
    }

    // MARK: - Lines

    /// The title among the short lines above the notice. Lines set like a title (a Word
    /// document's centred or large lines) are where it is looked for when there are any; when
    /// their wording is not a title's (no 通报, 报告 … at the end), they are the title all the same.
    private static func title(in head: [Line]) -> TitleRecognizer.Title? {
        let formatted = head.indices.filter { head[$0].looksLikeTitle }
        guard !formatted.isEmpty else { return TitleRecognizer.recognise(head.map(\.text)) }
        let texts = formatted.map { head[$0].text }
        if let found = TitleRecognizer.recognise(texts) {
            return .init(lines: found.lines, issuer: found.issuer, usedLines: Set(found.usedLines.map { formatted[$0] }))
        }
        var lines = [texts.joined()]
        if texts.count > 1, TitleRecognizer.isIssuerLine(texts[0]), texts[1].hasPrefix("关于") {
            lines = [texts[0], texts.dropFirst().joined()]
        }
        return .init(lines: lines, issuer: TitleRecognizer.issuer(of: lines), usedLines: Set(formatted))
    }

    /// Whether `source` already is a notice in the authoring format: it opens with front matter.
    private static func isAuthoringFormat(_ source: SourceText) -> Bool {
        guard source.lines.first.map({ trimmed($0) == "---" }) == true else { return false }
        return FrontMatterParser.parse(source).lineCount > 0
    }

    /// Where the notice itself starts: a sentence, a numbered line, or a line too long for a title.
    private static func isBodyLine(_ text: String) -> Bool {
        text.unicodeScalars.contains { "。！？".unicodeScalars.contains($0) }
            || OrdinalParser.parse(text) != nil || text.unicodeScalars.count > 80
    }

    /// Without the indentation and trailing blanks of a web or Word copy (`　　`, no-break and
    /// zero-width spaces included).
    static func trimmed(_ line: Substring) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
