import PublishCore
import PublishReading

/// Where the author switched rules off with comments in the Markdown:
/// `<!-- publish-disable-next-line RULE… -->` silences the next non-blank line;
/// `<!-- publish-disable RULE… -->` … `<!-- publish-enable RULE… -->` silences the lines between.
/// Without a rule id the comment covers every rule.
public struct Suppressions: Sendable {
    /// Per line: the rule ids silenced there (`*` for all).
    private var silenced: [Int: Set<String>] = [:]
    /// Comments that named rules which do not exist.
    public private(set) var unknownRules: [(rule: String, line: Int)] = []

    /// Whether some line is silenced at all; when not, no finding needs looking up.
    public var silencesAnything: Bool { !silenced.isEmpty }

    /// The bytes every directive holds (`publish-` opens the comment's first word). No other
    /// characters normalise to these ASCII ones, so a line without these bytes holds no directive.
    private static let directiveMarker = Array("publish-".utf8)

    public init(source: SourceText, knownRules: Set<String>) {
        // Most notices have no suppression comment: one pass over the bytes tells.
        guard ByteSearch.contains(Self.directiveMarker, in: source.text) else { return }
        var open: [String: Int] = [:]  // rule → line where disabling started
        var pendingNextLine: Set<String>? = nil
        for (index, line) in source.lines.enumerated() {
            let number = index + 1
            // Trimming goes through Foundation: only lines that may hold a directive, or that end a
            // pending `disable-next-line`, pay for it.
            if ByteSearch.contains(Self.directiveMarker, in: line),
                let directive = Suppressions.directive(in: line.trimmingCharacters(in: .whitespaces))
            {
                for rule in directive.rules where rule != "*" && !knownRules.contains(rule) {
                    unknownRules.append((rule, number))
                }
                switch directive.kind {
                case "disable-next-line": pendingNextLine = (pendingNextLine ?? []).union(directive.rules)
                case "disable": for rule in directive.rules where open[rule] == nil { open[rule] = number }
                case "enable":
                    if directive.rules == ["*"] { open.removeAll() } else { directive.rules.forEach { open[$0] = nil } }
                default: break
                }
                continue
            }
            if !open.isEmpty { silenced[number, default: []].formUnion(open.keys) }
            if let pending = pendingNextLine, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                silenced[number, default: []].formUnion(pending)
                pendingNextLine = nil
            }
        }
    }

    /// Whether a finding of `rule` starting on `line` is silenced.
    public func isSilenced(rule: String, line: Int) -> Bool {
        guard let rules = silenced[line] else { return false }
        return rules.contains("*") || rules.contains(rule)
    }

    private static func directive(in line: String) -> (kind: String, rules: Set<String>)? {
        guard line.hasPrefix("<!--"), line.hasSuffix("-->") else { return nil }
        let inner = line.dropFirst(4).dropLast(3).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard let first = inner.first, first.hasPrefix("publish-") else { return nil }
        let kind = String(first.dropFirst("publish-".count))
        guard ["disable-next-line", "disable", "enable"].contains(kind) else { return nil }
        let rules = Set(inner.dropFirst().map(String.init))
        return (kind, rules.isEmpty ? ["*"] : rules)
    }
}
