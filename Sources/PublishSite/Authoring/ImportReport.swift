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
        public var heading: String
        public var role: SectionRole
        /// The keyword that decided the role, if one did.
        public var keyword: String?
    }

    /// What was read: `text in GB18030 (…)`, `a Word document (.docx)`.
    public var input: String?
    /// The input already was a notice in the authoring format and was written as it is.
    public var keptAsWritten = false
    /// What the numbers in the report count: input lines, or a Word document's paragraphs.
    public var lineUnit = "line"
    /// What the source held that the notice does not take (tracked changes, comments, images…).
    public var notes: [String] = []

    public var titleLines: [String] = []
    /// Input lines of the title, and of its repetitions.
    public var titleSourceLines: [Int] = []
    public var issuer: String?
    /// Where the issuer came from (`the title`, `the signature`).
    public var issuerSource: String?
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
    public var disclosure: String?
    public var hasClosing = false

    public init() {}

    /// The lines that could not be placed.
    public var unplaced: [LeftOut] { leftOut.filter { $0.furniture == nil } }

    /// The report as lines of text.
    public var lines: [String] {
        var out: [String] = ["recognised:"]
        if let input { out.append("  input: \(input)") }
        if keptAsWritten {
            out.append("  already a notice in the authoring format (front matter): written as it is, in UTF-8")
            out += sections.map { "  section \($0.heading) → \($0.role.label)" }
            return out
        }
        if titleLines.isEmpty {
            out.append("  title: none (the text has no title line)")
        } else {
            let lineNumbers = titleSourceLines.map(String.init).joined(separator: ", ")
            out.append(
                "  title: \(titleLines.joined(separator: " / ")) (\(lineUnit)\(titleSourceLines.count > 1 ? "s" : "") \(lineNumbers))"
            )
        }
        out.append("  issuer: " + (issuer.map { "\($0) (from \(issuerSource ?? "the text"))" } ?? "none"))
        if let date {
            let source: String
            switch dateSource {
            case .publicationDetails(let line)?: source = "publication details, \(lineUnit) \(line)"
            case .title(let line)?: source = "after the title, \(lineUnit) \(line)"
            case .signature(let line)?: source = "signature, \(lineUnit) \(line)"
            case .disclosureStart?: source = "no date given: the disclosure period's first day; check it"
            case nil: source = "the text"
            }
            out.append("  date: \(date) (\(source))")
        } else {
            out.append("  date: none")
        }
        let furniture = leftOut.filter { $0.furniture != nil }
        if !furniture.isEmpty {
            out.append(
                "  left out as page furniture: "
                    + furniture.map { "\(lineUnit) \($0.line) (\($0.furniture!.description))" }.joined(separator: ", "))
        }
        if !removedPrefixes.isEmpty {
            out.append(
                "  removed as the page's category: "
                    + removedPrefixes.map { "「\($0.text)」 (\(lineUnit) \($0.line))" }.joined(separator: ", "))
        }
        out.append("  opening: " + (hasOpening ? "found" : "not found"))
        for section in sections {
            let reason =
                section.keyword.map { ", keyword 「\($0)」" } ?? (section.role == .other ? "" : ", by its position")
            out.append("  section \(section.heading) → \(section.role.label)\(reason)")
        }
        let levels = Ordinal.Level.allCases.compactMap { level in
            headings[level].map { "\($0) × \(level.standardText(1))" }
        }
        if !levels.isEmpty { out.append("  headings: " + levels.joined(separator: ", ")) }
        out.append(
            "  closing: " + (hasClosing ? "found" : "not found")
                + (disclosure.map { ", disclosure period \($0)" } ?? (hasClosing ? ", no disclosure period" : "")))

        var problems: [String] = []
        for line in unplaced {
            problems.append(
                "  \(lineUnit) \(line.line): \(line.text) (left out of the body; kept as a comment in the front matter)")
        }
        if titleLines.isEmpty { problems.append("  no title: fill in `title:` in the front matter") }
        if issuer == nil { problems.append("  no issuer: fill in `issuer:` in the front matter") }
        if date == nil { problems.append("  no publication date: fill in `date:` in the front matter") }
        for section in sections where section.role == .other {
            problems.append("  no role recognised for section \(section.heading)")
        }
        if !hasOpening { problems.append("  no opening paragraph recognised") }
        if !hasClosing { problems.append("  no closing recognised (欢迎……监督, 公开期限, 联系电话)") }
        if !problems.isEmpty { out += ["could not place:"] + problems }
        if !notes.isEmpty { out += ["notes:"] + notes.map { "  " + $0 } }
        return out
    }
}

extension PageFurniture.Kind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .breadcrumb: "breadcrumb"
        case .publicationDetails: "publication details"
        case .pageTools: "page tools"
        case .articleNavigation: "article links"
        case .dateLine: "date line"
        }
    }
}

package extension SectionRole {
    /// How the report names a role.
    var label: String {
        switch self {
        case .responsibility: "responsibility (整改主体责任)"
        case .keyProblems: "key problems (反馈问题整改)"
        case .longTerm: "long-term items (需长期整改事项)"
        case .nextSteps: "next steps (下一步工作打算)"
        case .other: "no recognised role"
        }
    }
}
