import PublishCore
import PublishReading
import PublishRules

/// One tag of a Mustache template and where it stands (line and column, counted in characters
/// from 1), as far as publish needs to know it: to refuse a template that names a partial no
/// template provides, and for the tests that resolve every tag against real view models.
///
/// Rendering shows a missing value or partial as nothing, so a mistyped name would only show as a
/// gap in the page.
public struct MustacheTag: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{{name}}`: the value, escaped.
        case variable
        /// `{{{name}}}` or `{{& name}}`: the value as it is.
        case unescaped
        /// `{{#name}}`: shown when the value is true, non-empty or present; a list repeats it.
        case section
        /// `{{^name}}`: shown when the value is false, empty or missing.
        case inverted
        /// `{{/name}}`: the end of a section.
        case close
        /// `{{> name}}`: another template, rendered in place.
        case partial
        /// `{{! … }}`.
        case comment
        /// Anything else (`{{$block}}`, `{{<parent}}`, `{{% … }}`, `{{= … =}}`): set-delimiter
        /// tags, and the tags the template compiler refuses.
        case other
    }

    public var kind: Kind
    /// The name as written, without the sigil and surrounding spaces (`.` for the current value).
    public var name: String
    public var line: Int
    public var column: Int

    public init(kind: Kind, name: String, line: Int, column: Int) {
        self.kind = kind
        self.name = name
        self.line = line
        self.column = column
    }

    /// The tags of `template` in order. Text that only looks like a tag (an opening `{{` that is
    /// never closed) ends the scan: the parser reports it as a syntax error anyway.
    public static func scan(_ template: String) -> [MustacheTag] {
        let scalars = Array(template.unicodeScalars)
        var open = Array("{{".unicodeScalars)
        var close = Array("}}".unicodeScalars)
        var tags: [MustacheTag] = []
        var index = 0
        var line = 1
        var column = 1

        func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
            guard !needle.isEmpty, scalars.count >= needle.count else { return nil }
            var position = start
            while position + needle.count <= scalars.count {
                if scalars[position] == needle[0], Array(scalars[position..<position + needle.count]) == needle { return position }
                position += 1
            }
            return nil
        }
        // Moves the position to `target`, counting lines and columns on the way.
        func advance(to target: Int) {
            while index < target {
                if scalars[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }

        while let start = find(open, from: index) {
            advance(to: start)
            let tagLine = line
            let tagColumn = column
            var contentStart = start + open.count
            var closing = close
            var kind: Kind?
            // `{{{name}}}` with the default delimiters.
            if open == Array("{{".unicodeScalars), contentStart < scalars.count, scalars[contentStart] == "{" {
                kind = .unescaped
                contentStart += 1
                closing = Array("}".unicodeScalars) + close
            }
            guard let end = find(closing, from: contentStart) else { break }
            var content = String(String.UnicodeScalarView(scalars[contentStart..<end]))
            advance(to: end + closing.count)
            if kind == nil {
                content = content.trimmingSpaces()
                let sigil = content.unicodeScalars.first
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "!": kind = .comment
                case "&": kind = .unescaped
                case "=", "$", "<", "%": kind = .other
                default: kind = .variable
                }
                if kind != .variable, !content.isEmpty { content.removeFirst() }
                if sigil == "=" {
                    // `{{=<% %>=}}` changes the delimiters for the rest of the template.
                    if content.hasSuffix("=") { content.removeLast() }
                    let parts = content.split(separator: " ", omittingEmptySubsequences: true)
                    if parts.count == 2 {
                        open = Array(parts[0].unicodeScalars)
                        close = Array(parts[1].unicodeScalars)
                    }
                }
            }
            tags.append(MustacheTag(kind: kind ?? .variable, name: content.trimmingSpaces(), line: tagLine, column: tagColumn))
        }
        return tags
    }
}

package extension String {
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
