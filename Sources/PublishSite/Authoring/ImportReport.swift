import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// What `publish import` recognised in a pasted notice and what it could not place, for the author
/// to read before editing the result (`import` prints it on standard error).
public struct ImportReport: Sendable, Equatable {
    /// Where the publication date came from.
    public enum DateSource: Sendable, Equatable {
        /// A `发布时间:…` line of the web page (input line).
        case publicationDetails(line: Int)
        /// A date after the title (`……的通报(2024-07-26)`) or on a line of its own under it.
        case title(line: Int)
        /// The date line under the signature at the end.
        case signature(line: Int)
        /// No date was given; the disclosure period's first day stands in for it.
        case disclosureStart
    }

    /// A line of the input left out of the body.
    public struct LeftOut: Sendable, Equatable {
        public var line: Int
        public var text: String
        /// The kind of page furniture, or nil for a line that could not be placed.
        public var furniture: PageFurniture.Kind?
    }

    /// A top-level section as `check` will see it.
    public struct SectionSummary: Sendable, Equatable {
        /// The heading's ordinal and words; nil for a part without a heading.
        public var heading: String?
        public var role: SectionRole
        /// The keyword that decided the role, if one did.
        public var keyword: String?
    }

    /// What the numbers in the report count.
    public enum LineUnit: Sendable, Equatable {
        /// Lines of a text file.
        case line
        /// Paragraphs of a Word document.
        case paragraph
    }

    /// What was read: `text in GB18030 (…)`, `a Word document (.docx)`.
    public var input: Message?
    /// The input already was a notice in the authoring format and was written as it is.
    public var keptAsWritten = false
    /// What the numbers in the report count: input lines, or a Word document's paragraphs.
    public var lineUnit = LineUnit.line
    /// What the source held that the notice does not take (tracked changes, comments, images…).
    public var notes: [Message] = []

    public var titleLines: [String] = []
    /// Input lines of the title, and of its repetitions.
    public var titleSourceLines: [Int] = []
    public var issuer: String?
    /// Where the issuer came from (`the title`, `the signature`).
    public var issuerSource: Message?
    public var date: CalendarDate?
    public var dateSource: DateSource?
    /// Page furniture and unplaced lines, in input order.
    public var leftOut: [LeftOut] = []
    /// Category prefixes of the web page removed from a title line (`上级巡视：`, `【巡视整改】`).
    public var removedPrefixes: [LeftOut] = []
    /// How many headings of each numbering level were made.
    public var headings: [Ordinal.Level: Int] = [:]
    public var sections: [SectionSummary] = []
    public var hasOpening = false
    /// The disclosure period as written (`2025年3月7日至3月27日`), when the closing gives one.
    public var disclosure: Message?
    public var hasClosing = false

    public init() {}

    /// The lines that could not be placed.
    public var unplaced: [LeftOut] { leftOut.filter { $0.furniture == nil } }

    /// The report in `language`, as `import` prints it: one line each, ending in a line break.
    public func text(in language: Language) -> String {
        lines(in: language).joined(separator: "\n") + "\n"
    }

    /// The report as lines of text in `language`.
    public func lines(in language: Language) -> [String] {
        func say(_ id: String, _ arguments: MessageArgumentConvertible...) -> String {
            Message(id: id, arguments: arguments.map(\.messageArgument)).text(in: language)
        }
        func item(_ id: String, _ arguments: MessageArgumentConvertible...) -> String {
            "  " + Message(id: id, arguments: arguments.map(\.messageArgument)).text(in: language)
        }
        /// `line 3`, `paragraph 3`.
        func at(_ number: Int) -> Message {
            Message(lineUnit == .paragraph ? "import.at-paragraph" : "import.at-line", number)
        }
        func heading(_ section: SectionSummary) -> MessageArgument {
            section.heading.map { .text($0) } ?? .message(Message("import.no-heading"))
        }
        var out: [String] = [say("import.recognised")]
        if let input { out.append(item("import.input", input)) }
        if keptAsWritten {
            out.append(item("import.kept-as-written"))
            out += sections.map { item("import.section", heading($0), $0.role.label) }
            return out
        }
        if titleLines.isEmpty {
            out.append(item("import.title.none"))
        } else {
            let several = titleSourceLines.count > 1
            let id =
                lineUnit == .paragraph
                ? (several ? "import.at-paragraphs" : "import.at-paragraph") : (several ? "import.at-lines" : "import.at-line")
            let lines = Message(id, titleSourceLines)
            out.append(item("import.title", titleLines.joined(separator: " / "), lines))
        }
        if let issuer {
            out.append(item("import.issuer", issuer, issuerSource ?? Message("import.from-text")))
        } else {
            out.append(item("import.issuer.none"))
        }
        if let date {
            let source: Message
            switch dateSource {
            case .publicationDetails(let line)?: source = Message("import.date.publication-details", at(line))
            case .title(let line)?: source = Message("import.date.after-title", at(line))
            case .signature(let line)?: source = Message("import.date.signature", at(line))
            case .disclosureStart?: source = Message("import.date.disclosure-start")
            case nil: source = Message("import.from-text")
            }
            out.append(item("import.date", "\(date)", source))
        } else {
            out.append(item("import.date.none"))
        }
        let furniture = leftOut.filter { $0.furniture != nil }
        if !furniture.isEmpty {
            out.append(item("import.furniture", furniture.map { Message("import.furniture.item", at($0.line), $0.furniture!.name) }))
        }
        if !removedPrefixes.isEmpty {
            out.append(item("import.removed-prefixes", removedPrefixes.map { Message("import.removed-prefixes.item", $0.text, at($0.line)) }))
        }
        out.append(item(hasOpening ? "import.opening.found" : "import.opening.not-found"))
        for section in sections {
            if let keyword = section.keyword {
                out.append(item("import.section.keyword", heading(section), section.role.label, keyword))
            } else if section.role == .other {
                out.append(item("import.section", heading(section), section.role.label))
            } else {
                out.append(item("import.section.position", heading(section), section.role.label))
            }
        }
        let levels = Ordinal.Level.allCases.compactMap { level in
            headings[level].map { Message("import.headings.item", $0, level.standardText(1)) }
        }
        if !levels.isEmpty { out.append(item("import.headings", levels)) }
        switch (hasClosing, disclosure) {
        case (true, let disclosure?): out.append(item("import.closing.found-with-disclosure", disclosure))
        case (true, nil): out.append(item("import.closing.found-without-disclosure"))
        case (false, let disclosure?): out.append(item("import.closing.not-found-with-disclosure", disclosure))
        case (false, nil): out.append(item("import.closing.not-found"))
        }

        var problems: [String] = []
        for line in unplaced {
            problems.append(item("import.problem.unplaced", at(line.line), line.text))
        }
        if titleLines.isEmpty { problems.append(item("import.problem.no-title")) }
        if issuer == nil { problems.append(item("import.problem.no-issuer")) }
        if date == nil { problems.append(item("import.problem.no-date")) }
        for section in sections where section.role == .other {
            problems.append(item("import.problem.no-role", heading(section)))
        }
        if !hasOpening { problems.append(item("import.problem.no-opening")) }
        if !hasClosing { problems.append(item("import.problem.no-closing")) }
        if !problems.isEmpty { out += [say("import.could-not-place")] + problems }
        if !notes.isEmpty { out += [say("import.notes")] + notes.map { "  " + $0.text(in: language) } }
        return out
    }
}

extension PageFurniture.Kind {
    /// How the report names the kind.
    public var name: Message {
        switch self {
        case .breadcrumb: Message("import.furniture.breadcrumb")
        case .publicationDetails: Message("import.furniture.publication-details")
        case .pageTools: Message("import.furniture.page-tools")
        case .articleNavigation: Message("import.furniture.article-links")
        case .dateLine: Message("import.furniture.date-line")
        }
    }
}

package extension SectionRole {
    /// How the report names a role.
    var label: Message {
        switch self {
        case .responsibility: Message("import.role.responsibility")
        case .keyProblems: Message("import.role.key-problems")
        case .longTerm: Message("import.role.long-term")
        case .nextSteps: Message("import.role.next-steps")
        case .other: Message("import.role.other")
        }
    }
}
