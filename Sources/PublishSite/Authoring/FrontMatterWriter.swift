import Yams
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Writes the YAML front matter of a new or imported notice: `key: value` lines in a fixed order,
/// each value plain where YAML reads it back unchanged and double-quoted otherwise, with optional
/// comments for the author.
///
/// Plain values keep the file as clerks expect to see it (`title: 中共……的通报`); a title with
/// `: ` or ` #` in it, or one that starts with `[`, would be read as something else, so it is
/// quoted. Every value is checked by reading it back with Yams.
public struct FrontMatterWriter: Sendable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: String
        /// Written after the value as `# …`.
        public var comment: String?
        /// `value` is YAML already (a flow sequence from `sequence(_:)`), written as it is.
        public var isLiteral: Bool

        public init(key: String, value: String, comment: String? = nil, isLiteral: Bool = false) {
            self.key = key
            self.value = value
            self.comment = comment
            self.isLiteral = isLiteral
        }
    }

    public var entries: [Entry] = []
    /// Lines written as `# …` comments before the closing `---`.
    public var trailingComments: [String] = []

    public init(entries: [Entry] = [], trailingComments: [String] = []) {
        self.entries = entries
        self.trailingComments = trailingComments
    }

    /// The block from the opening `---` to the closing `---` line, with its final newline.
    public var text: String {
        var lines = ["---"]
        for entry in entries {
            var line = "\(entry.key): \(entry.isLiteral ? entry.value : Self.scalar(entry.value))"
            if let comment = entry.comment { line += "  # " + Self.oneLine(comment) }
            lines.append(line)
        }
        lines += trailingComments.map { "# " + Self.oneLine($0) }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` as a YAML scalar that reads back as exactly `value`.
    public static func scalar(_ value: String) -> String {
        if !value.isEmpty, !value.contains("\n"), !value.hasPrefix(" "), !value.hasSuffix(" "),
            Self.readsBackPlain(value)
        {
            return value
        }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// `values` as a YAML flow sequence (`[巡视整改, 长春新区]`), each item a scalar that reads back
    /// as itself.
    public static func sequence(_ values: [String]) -> String {
        "[" + values.map { value in
            let plain = scalar(value)
            // Inside `[…]` a comma or bracket would end the item.
            return plain.hasPrefix("\"") || !value.contains(where: { ",[]{}".contains($0) }) ? plain : "\"\(value)\""
        }.joined(separator: ", ") + "]"
    }

    /// Whether `key: value` reads back (the way `FrontMatterParser` reads it) as the text `value`.
    private static func readsBackPlain(_ value: String) -> Bool {
        guard let node = try? Yams.compose(yaml: "k: \(value)"), case .mapping(let mapping) = node,
            mapping.count == 1, let read = mapping.first?.value, case .scalar(let scalar) = read
        else { return false }
        guard scalar.style == .plain, read.null == nil, scalar.string == value else { return false }
        // A date is written plain; anything else must read as text, not as a number or a yes/no
        // (`FrontMatterParser` reports those as the wrong type).
        if CalendarDate(iso: value) != nil { return true }
        return (try? Yams.load(yaml: value)) as? String == value
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
