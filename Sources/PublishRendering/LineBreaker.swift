import PublishCore
import PublishReading
import PublishRules

/// Wraps a line of Chinese text at a display width, following the Chinese line-breaking rules of
/// GB/T 15834 (避头尾): no line starts with `，。、；：？！）》”` and the like, no line ends with
/// `（《“`, `——` and `……` stay whole, and numbers, times, phone numbers, e-mail addresses and URLs
/// are never split.
public struct LineBreaker: Sendable {
    /// Display columns per line; a CJK character takes 2.
    public var width: Int

    public init(width: Int) {
        self.width = max(width, 4)
    }

    package static let noStart: Set<Unicode.Scalar> = Set("，。、；：？！）》」』”’〕】〉…—～·%‰,.;:?!)]}".unicodeScalars)
    package static let noEnd: Set<Unicode.Scalar> = Set("（《「『“‘〔【〈([{".unicodeScalars)

    /// The lines of `text` (which holds no newline). `indent` is put before the first line and
    /// counts towards its width; later lines start flush left (回行顶格).
    public func wrap(_ text: String, indent: String = "") -> [String] {
        var lines: [[Token]] = [[]]
        var used = LineBreaker.width(indent)
        func lineWidth(_ tokens: [Token]) -> Int { tokens.reduce(0) { $0 + $1.width } }
        for token in LineBreaker.tokens(text) {
            guard used + token.width > width, !lines[lines.count - 1].isEmpty else {
                if token.width > width {
                    // Longer than a line on its own (a long URL): split it hard.
                    for scalar in token.scalars {
                        let w = CharacterClass.displayWidth(scalar)
                        if used + w > width, !lines[lines.count - 1].isEmpty {
                            lines.append([])
                            used = 0
                        }
                        lines[lines.count - 1].append(Token(scalars: [scalar]))
                        used += w
                    }
                } else {
                    lines[lines.count - 1].append(token)
                    used += token.width
                }
                continue
            }
            if token.isSpace { continue }  // a space at a break disappears
            // Break before `token`; move the break back while the new line would start with a
            // closing mark or the old one end with an opening mark (推出).
            var current = lines[lines.count - 1]
            var carried: [Token] = [token]
            while current.count > 1,
                LineBreaker.noStart.contains(carried[0].scalars[0])
                    || LineBreaker.noEnd.contains(current[current.count - 1].scalars.last!)
            {
                carried.insert(current.removeLast(), at: 0)
            }
            if lineWidth(carried) > width || current.isEmpty
                || (current.count <= 1 && LineBreaker.noStart.contains(carried[0].scalars[0])) {
                // Nothing can move down: a closing mark hangs past the width (标点悬挂); anything
                // else breaks where the width says.
                if token.scalars.count == 1, LineBreaker.noStart.contains(token.scalars[0]) {
                    lines[lines.count - 1].append(token)
                    used += token.width
                    continue
                }
                current = lines[lines.count - 1]
                carried = [token]
            }
            while let last = current.last, last.isSpace { current.removeLast() }
            lines[lines.count - 1] = current
            lines.append(carried)
            used = lineWidth(carried)
        }
        return lines.enumerated().map { index, line in
            (index == 0 ? indent : "") + line.map(\.text).joined().trimmingTrailingSpaces()
        }
    }

    package static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + CharacterClass.displayWidth($1) }
    }

    // MARK: - Tokens

    package struct Token {
        var scalars: [Unicode.Scalar]
        var text: String { String(String.UnicodeScalarView(scalars)) }
        var width: Int { scalars.reduce(0) { $0 + CharacterClass.displayWidth($1) } }
        var isSpace: Bool { scalars.allSatisfy { $0 == " " } }
    }

    /// Unbreakable pieces: a run of non-space ASCII (a number, a time, an e-mail address, a URL),
    /// a run of `—` or `…`, a run of spaces, or one other character.
    package static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        for scalar in text.unicodeScalars {
            if let last = tokens.last, continues(last, with: scalar) {
                tokens[tokens.count - 1].scalars.append(scalar)
            } else {
                tokens.append(Token(scalars: [scalar]))
            }
        }
        return tokens
    }

    private static func continues(_ token: Token, with next: Unicode.Scalar) -> Bool {
        let previous = token.scalars[token.scalars.count - 1]
        if (previous == "—" && next == "—") || (previous == "…" && next == "…") || (previous == " " && next == " ") {
            return true
        }
        // ASCII words glue together; punctuation alone (the `:` of a web copy's `电话:`) starts none.
        func isWordPart(_ s: Unicode.Scalar) -> Bool { s.isASCII && s.value > 0x20 && s.value < 0x7F && !"([{".unicodeScalars.contains(s) }
        let hasWord = token.scalars.contains { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return hasWord && isWordPart(previous) && isWordPart(next) && !",;?!)]}".unicodeScalars.contains(previous)
    }
}

package extension String {
    package func trimmingTrailingSpaces() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
