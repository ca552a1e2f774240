import Yams
import PublishCore

/// Splits a file into YAML front matter and Markdown body, and reads the front matter with Yams.
///
/// Front matter starts with a `---` line as the file's first line and ends with the next `---` or
/// `...` line. Every problem is a diagnostic at its line in the whole file.
public enum FrontMatterParser {
    public struct Result: Sendable {
        public var frontMatter: FrontMatter
        /// How many lines the front matter takes, delimiters included: the body starts after them.
        public var lineCount: Int
        public var diagnostics: [Diagnostic]
    }

    /// Front matter larger than this is refused: it is metadata, and a YAML alias bomb needs room.
    package static let maximumBytes = 64 * 1024

    public static func parse(_ source: SourceText) -> Result {
        parse(source, composing: .firstWithoutResolving)
    }

    /// How the YAML is composed: `parse(_:)` composes without the resolver's regular expressions
    /// first (`YAMLComposition`); tests compose with Yams' default resolver throughout to hold it to that.
    package static func parse(_ source: SourceText, composing composition: YAMLComposition) -> Result {
        let lines = source.lines
        let delimiters: (opens: Bool, closing: Int?) = source.withLineBytes { bytes in
            guard isDelimiter(bytes.line(1), orDots: false, { lines[0] }) else { return (false, nil) }
            return (true, (1..<lines.count).first { index in isDelimiter(bytes.line(index + 1), orDots: true, { lines[index] }) })
        }
        guard delimiters.opens else {
            return Result(frontMatter: FrontMatter(), lineCount: 0, diagnostics: [])
        }
        guard let closing = delimiters.closing else {
            let diagnostic = Diagnostic(
                rule: PipelineRule.unterminated.id, severity: .error,
                message: Message("frontmatter.unterminated"),
                file: source.path, range: lineRange(1, in: source),
                fix: Message("frontmatter.unterminated.fix"))
            return Result(frontMatter: FrontMatter(), lineCount: 0, diagnostics: [diagnostic])
        }
        let yamlLines = source.lines[1..<closing]
        // The lines between the delimiters joined with `\n` are the text from the first one's start
        // to the last one's end: one copy instead of a join.
        let yaml = closing > 1 ? String(source.text[yamlLines.first!.startIndex..<yamlLines.last!.endIndex]) : ""
        var reader = Reader(source: source, composition: composition)
        if yaml.utf8.count > maximumBytes {
            reader.report(PipelineRule.tooLarge.id, at: lineRange(2, in: source),
                          Message("frontmatter.too-large", maximumBytes / 1024))
        } else if let found = YAMLAliasScan.firstAnchorOrAlias(in: yamlLines) {
            // Line 1 of the file is the opening `---`: the YAML's first line is line 2.
            let start = SourceLocation(line: found.line + 2, column: found.column)
            reader.report(
                PipelineRule.type.id, at: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1)),
                Message(found.isAnchor ? "frontmatter.anchor" : "frontmatter.alias"),
                fix: Message("frontmatter.anchor.fix"))
        } else if composition == .firstWithoutResolving, let plain = PlainFrontMatter.read(yamlLines),
            let read = reader.reading(plain: plain)
        {
            reader = read
        } else {
            reader.read(yaml: yaml)
        }
        return Result(frontMatter: reader.frontMatter, lineCount: closing + 1, diagnostics: reader.diagnostics)
    }

    /// Whether `bytes` (a line) is `---`, or with `orDots` also `...`, once trailing spaces and
    /// tabs are trimmed (`trimmingTrailingWhitespace()`). Read on the bytes when all after the
    /// three marks is ASCII; otherwise (a combining mark may join a mark or a space into one
    /// character) on the line's characters, as `line()` gives it.
    package static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, orDots: Bool, _ line: () -> Substring) -> Bool {
        // Trimming only shortens the end: a delimiter line starts with its three marks.
        guard bytes.count >= 3 else { return false }
        let mark = bytes[0]
        guard mark == UInt8(ascii: "-") || (orDots && mark == UInt8(ascii: ".")), bytes[1] == mark, bytes[2] == mark
        else { return false }
        var onlyBlanks = true
        for byte in bytes[3...] {
            if byte >= 0x80 {
                let trimmed = line().trimmingTrailingWhitespace()
                return trimmed == "---" || (orDots && trimmed == "...")
            }
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { onlyBlanks = false }
        }
        return onlyBlanks
    }

    package static func lineRange(_ line: Int, in source: SourceText) -> SourceRange {
        SourceRange(start: SourceLocation(line: line, column: 1),
                    end: SourceLocation(line: line, column: source.line(line).unicodeScalars.count + 1))
    }
}

// MARK: - Reading the YAML

private struct Reader {
    package let source: SourceText
    package let composition: YAMLComposition
    package var frontMatter = FrontMatter()
    package var diagnostics: [Diagnostic] = []

    package init(source: SourceText, composition: YAMLComposition) {
        self.source = source
        self.composition = composition
    }

    package mutating func report(_ rule: String, severity: Severity = .error, at range: SourceRange, _ message: Message,
                         fix: Message? = nil) {
        diagnostics.append(Diagnostic(rule: rule, severity: severity, message: message, file: source.path,
                                      range: range, fix: fix))
    }

    /// YAML marks count from the line after the opening `---`.
    package func range(of node: Node) -> SourceRange {
        guard let mark = node.mark else { return FrontMatterParser.lineRange(1, in: source) }
        let start = SourceLocation(line: mark.line + 1, column: mark.column)
        let length = node.scalar.map { $0.string.utf8ScalarCount } ?? 1
        return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + max(length, 1)))
    }

    /// The reader after reading `plain` as Yams would compose it, or nil when anything is to be
    /// reported: the findings' ranges come from the nodes' marks, which only Yams makes, so such
    /// front matter is read from the YAML instead.
    func reading(plain: PlainFrontMatter) -> Reader? {
        var reader = self
        for entry in plain.entries {
            reader.frontMatter.ranges[entry.key] = entry.valueRange
            let value: Node
            switch entry.value {
            case .scalar(let text):
                value = Reader.plainNode(text)
            case .sequence(let items):
                value = .sequence(Node.Sequence(items.map(Reader.plainNode), Reader.implicitTag(), .flow))
            }
            reader.read(key: entry.key, value: value, keyRange: entry.keyRange)
            if !reader.diagnostics.isEmpty { return nil }
        }
        return reader
    }

    /// A plain scalar as Yams composes it with `Resolver.basic`: implicit tag, plain style.
    private static func plainNode(_ text: String) -> Node {
        .scalar(Node.Scalar(text, implicitTag(), .plain))
    }

    /// The tag Yams gives an untagged node when composing with `Resolver.basic` (a new one each
    /// time, as Yams makes it: resolving a tag changes it in place). Its constructor is one without
    /// tables: reading constructs nothing with a node's constructor, and `Constructor.default`
    /// costs half a million instructions to make, once a run, for front matter Yams never reads.
    private static func implicitTag() -> Tag {
        Tag(.implicit, .basic, YAMLComposition.plainConstructor)
    }

    package mutating func read(yaml: String) {
        let root: Node?
        do {
            root = try composition.compose(yaml)
        } catch let error as YamlError {
            reportYAML(error)
            return
        } catch {
            report(PipelineRule.yamlSyntax.id, at: FrontMatterParser.lineRange(2, in: source), Message("frontmatter.yaml", String(describing: error)))
            return
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            report(PipelineRule.type.id, at: range(of: root), Message("frontmatter.not-mapping"),
                   fix: Message("frontmatter.not-mapping.fix"))
            return
        }
        var seen: [String: SourceRange] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report(PipelineRule.type.id, at: range(of: keyNode), Message("frontmatter.key-not-word"))
                continue
            }
            let keyRange = range(of: keyNode)
            if let earlier = seen[key] {
                diagnostics.append(Diagnostic(
                    rule: PipelineRule.duplicateKey.id, severity: .error, message: Message("frontmatter.duplicate-key", key),
                    file: source.path, range: keyRange, notes: [Message("frontmatter.duplicate-key.first", earlier.start.line)],
                    fix: Message("frontmatter.duplicate-key.fix", key)))
                continue
            }
            seen[key] = keyRange
            frontMatter.ranges[key] = range(of: value)
            read(key: key, value: value, keyRange: keyRange)
        }
    }

    private mutating func read(key: String, value: Node, keyRange: SourceRange) {
        switch key {
        case "title": frontMatter.title = text(value, key: key)
        case "issuer": frontMatter.issuer = text(value, key: key)
        case "slug": frontMatter.slug = text(value, key: key)
        case "date": frontMatter.date = date(value, key: key)
        case "written": info(\.written, date(value, key: key))
        case "index_number": info(\.indexNumber, text(value, key: key))
        case "publisher": info(\.publisher, text(value, key: key))
        case "doc_number": info(\.docNumber, text(value, key: key))
        case "category": info(\.category, text(value, key: key))
        case "draft":
            if case .scalar(let scalar) = value, let flag = Bool.construct(from: scalar) {
                frontMatter.draft = flag
            } else {
                report(PipelineRule.type.id, at: range(of: value), Message("frontmatter.draft"))
            }
        case "tags":
            switch value {
            case .sequence(let sequence):
                for element in sequence {
                    if let tag = text(element, key: "tags") { frontMatter.tags.append(tag) }
                }
            case .scalar:
                if let tag = text(value, key: key) { frontMatter.tags = [tag] }
            default:
                report(PipelineRule.type.id, at: range(of: value), Message("frontmatter.tags"),
                       fix: Message("frontmatter.tags.fix"))
            }
        default:
            report(PipelineRule.unknownKey.id, severity: .warning, at: keyRange,
                   Message("frontmatter.unknown-key", key),
                   fix: Message("frontmatter.unknown-key.fix", FrontMatter.knownKeys))
        }
    }

    /// Sets one field of the 信息公开 block (nil, when the value was refused, leaves it absent).
    private mutating func info<Value>(_ field: WritableKeyPath<DisclosureInfo, Value?>, _ value: Value?) {
        guard let value else { return }
        var info = frontMatter.disclosureInfo ?? DisclosureInfo()
        info[keyPath: field] = value
        frontMatter.disclosureInfo = info
    }

    /// A date written YYYY-MM-DD (`date`, `written`); anything else is a `meta/date` finding.
    private mutating func date(_ value: Node, key: String) -> CalendarDate? {
        guard let raw = text(value, key: key) else { return nil }
        let written = FrontMatterScalar.isoDate(raw)
        if let date = written, date.isValid {
            return date
        } else if let date = written {
            report(PipelineRule.date.id, at: range(of: value), Message("frontmatter.date-not-real", raw, date.year, date.month, date.day),
                   fix: Message("frontmatter.date-not-real.fix"))
        } else {
            report(PipelineRule.date.id, at: range(of: value), Message("frontmatter.key-date-format", key, raw),
                   fix: Message("frontmatter.key-date-format.fix", key))
        }
        return nil
    }

    /// A scalar as text; mappings, lists, aliases and null are reported, and so are numbers,
    /// booleans and explicitly tagged values: `title: 2025` or `issuer: yes` is a slip, not a
    /// title, and a YAML reader elsewhere would not see text there. The date is read from any
    /// scalar: `meta/date` reports what it cannot read.
    private mutating func text(_ node: Node, key: String) -> String? {
        switch node {
        case .scalar(let scalar):
            if FrontMatterScalar.isNull(scalar) {
                report(PipelineRule.type.id, at: range(of: node), Message("frontmatter.no-value", key))
                return nil
            }
            // Only asked for the keys it is reported on: a date's resolving takes the resolver's
            // regular expressions.
            if key != "date", key != "written", let kind = Reader.nonTextKind(of: scalar) {
                report(PipelineRule.type.id, at: range(of: node), Message("frontmatter.not-text", key, scalar.string, kind),
                       fix: Message("frontmatter.not-text.fix", key, scalar.string))
                return nil
            }
            return FrontMatterScalar.trimmed(scalar.string)
        case .alias:
            report(PipelineRule.type.id, at: range(of: node), Message("frontmatter.alias-value", key))
            return nil
        default:
            report(PipelineRule.type.id, at: range(of: node), Message("frontmatter.not-scalar", key))
            return nil
        }
    }

    /// What a scalar is when it is not text: a plain `2025`, `3.5`, `true`, or a value with an
    /// explicit tag other than `!!str` (`!!binary …`, `!custom …`). Call it before anything
    /// resolves the scalar's tag: Yams resolves a tag in place, and then an explicit tag and an
    /// implicit one look alike.
    package static func nonTextKind(of scalar: Node.Scalar) -> Message? {
        let written = scalar.tag.rawValue
        if !written.isEmpty && written != "!" {
            return written == Tag.Name.str.rawValue ? nil : Message("frontmatter.kind.tagged", written)
        }
        guard written.isEmpty, scalar.style == .plain else { return nil }
        // The resolver's bool, int and float patterns match ASCII only (before, at most, a line
        // terminator that ends the value): a value with any other character is text, known
        // without the seven regular expressions the resolver would try on it.
        guard scalar.string.unicodeScalars.allSatisfy(Reader.mayResolveToNonText) else { return nil }
        // The bool, int and float patterns all start with one of a few characters: any other first
        // character is text without compiling and running the resolver's regular expressions.
        guard let first = scalar.string.utf8.first, FrontMatterScalar.mayStartNonText(first) else { return nil }
        switch Resolver.default.resolveTag(of: Node.scalar(scalar)) {
        case .int, .float: return Message("frontmatter.kind.number")
        case .bool: return Message("frontmatter.kind.boolean")
        default: return nil
        }
    }

    /// Whether a scalar may stand in a value the resolver reads as a bool or a number: ASCII, or a
    /// line terminator, which ICU's `$` may match before.
    private static func mayResolveToNonText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private mutating func reportYAML(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            let start = SourceLocation(line: mark.line + 1, column: mark.column)
            report(PipelineRule.yamlSyntax.id, at: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + 1)),
                   Message("frontmatter.yaml", problem))
        case .duplicatedKeysInMapping(let duplicates, _):
            for key in duplicates {
                // Point at the second line that starts with the key.
                let lines = source.lines.indices.dropFirst().filter { source.lines[$0].hasPrefix("\(key):") }
                let line = (lines.count > 1 ? lines[1] : lines.first ?? 1) + 1
                diagnostics.append(Diagnostic(
                    rule: PipelineRule.duplicateKey.id, severity: .error, message: Message("frontmatter.duplicate-key", key),
                    file: source.path, range: FrontMatterParser.lineRange(line, in: source),
                    notes: lines.first.map { [Message("frontmatter.duplicate-key.first", $0 + 1)] } ?? [],
                    fix: Message("frontmatter.duplicate-key.fix", key)))
            }
        default:
            report(PipelineRule.yamlSyntax.id, at: FrontMatterParser.lineRange(2, in: source), Message("frontmatter.yaml", String(describing: error)))
        }
    }
}

package extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let scalar = self[index(before: end)].unicodeScalars.first,
            scalar == " " || scalar == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}

// MARK: - Anchors and aliases

/// Finds the first YAML anchor (`&a`) or alias (`*a`) in front matter without composing it.
///
/// Yams expands aliases while it composes and hashes every mapping key: ten lines of nested
/// aliases (a "billion laughs") used as a key take hours. Front matter has no use for either, so
/// they are refused before Yams sees the text. The scan is a small YAML tokenizer that knows where
/// a node can start (a line's start, after `- `, `? `, `: `, `[`, `{`, `,`, a tag) — the only
/// places where `&` and `*` are indicators — and skips quoted scalars, comments and block scalars.
/// `A & B` or `a*b` inside a plain scalar is text and passes. Where it is unsure (a plain scalar
/// continued on a line that starts with `*`) it reports: a refused value is a clear message, a
/// missed alias a hang.
package enum YAMLAliasScan {
    package struct Found: Equatable {
        /// Index into the scanned lines (0-based).
        var line: Int
        /// 1-based column in Unicode scalars.
        var column: Int
        var isAnchor: Bool
    }

    package static func firstAnchorOrAlias<Lines: Collection>(in lines: Lines) -> Found? where Lines.Element == Substring {
        var quote: UInt8?
        var blockScalarParentIndent: Int?
        var flowDepth = 0
        // Bytes, not scalars: every character the scan looks for is ASCII, and the bytes of any
        // other character are all 0x80 or more, so they read as the "other" character they are,
        // one byte at a time. Only the column of a find is counted in scalars.
        for (lineIndex, line) in lines.enumerated() {
            let found = withBytes(of: line) { s -> Found? in
                let indent = s.prefix { $0 == UInt8(ascii: " ") }.count
                if let parent = blockScalarParentIndent {
                    if s.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) || indent > parent { return nil }
                    blockScalarParentIndent = nil
                }
                var atNodeStart = true
                var i = 0
                func isBlank(_ index: Int) -> Bool {
                    index >= s.count || s[index] == UInt8(ascii: " ") || s[index] == UInt8(ascii: "\t")
                }
                scan: while i < s.count {
                    let c = s[i]
                    if let open = quote {
                        if open == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
                            i += 2
                            continue
                        }
                        if c == open {
                            if open == UInt8(ascii: "'") && i + 1 < s.count && s[i + 1] == UInt8(ascii: "'") {
                                i += 2
                                continue
                            }
                            quote = nil
                            atNodeStart = false
                        }
                        i += 1
                        continue
                    }
                    if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") {
                        i += 1
                        continue
                    }
                    if c == UInt8(ascii: "#") && (i == 0 || isBlank(i - 1)) { break scan }
                    if atNodeStart {
                        switch c {
                        case UInt8(ascii: "&"), UInt8(ascii: "*"):
                            let column = UTF8Bytes.scalarCount(UnsafeBufferPointer(rebasing: s[..<i])) + 1
                            return Found(line: lineIndex, column: column, isAnchor: c == UInt8(ascii: "&"))
                        case UInt8(ascii: "!"):
                            while i < s.count && !isBlank(i) { i += 1 }
                            continue
                        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                            if !isBlank(i + 1) && !(flowDepth > 0 && c == UInt8(ascii: ":")) { atNodeStart = false }
                        case UInt8(ascii: "["), UInt8(ascii: "{"):
                            flowDepth += 1
                        case UInt8(ascii: "]"), UInt8(ascii: "}"):
                            flowDepth = max(0, flowDepth - 1)
                            atNodeStart = false
                        case UInt8(ascii: ","):
                            break
                        case UInt8(ascii: "\""), UInt8(ascii: "'"):
                            quote = c
                        case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
                            blockScalarParentIndent = indent
                            break scan
                        default:
                            atNodeStart = false
                        }
                    } else if c == UInt8(ascii: ":") && (isBlank(i + 1) || (flowDepth > 0 && endsFlowEntry(s[i + 1]))) {
                        atNodeStart = true
                    } else if flowDepth > 0 {
                        switch c {
                        case UInt8(ascii: ","): atNodeStart = true
                        case UInt8(ascii: "["), UInt8(ascii: "{"):
                            flowDepth += 1
                            atNodeStart = true
                        case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth -= 1
                        default: break
                        }
                    }
                    i += 1
                }
                return nil
            }
            if let found { return found }
        }
        return nil
    }

    private static func endsFlowEntry(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }

    private static func withBytes<Result>(of line: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = line.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(line.utf8).withUnsafeBufferPointer(body)
    }
}
