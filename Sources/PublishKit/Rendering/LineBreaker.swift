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

    static let noStart: Set<Unicode.Scalar> = Set("，。、；：？！）》」』”’〕】〉…—～·%‰,.;:?!)]}".unicodeScalars)
    static let noEnd: Set<Unicode.Scalar> = Set("（《「『“‘〔【〈([{".unicodeScalars)

    /// The lines of `text` (which holds no newline). `indent` is put before the first line and
    /// counts towards its width; later lines start flush left (回行顶格).
    public func wrap(_ text: String, indent: String = "") -> [String] {
        let tokens = LineBreaker.tokens(text)
        var lines: [[Token]] = [[]]
        var used = LineBreaker.width(indent)
        for token in tokens {
            if used + token.width > width, !lines[lines.count - 1].isEmpty {
                if token.isSpace { continue }  // a space at a break disappears
                lines.append([])
                used = 0
            }
            if token.width > width, lines[lines.count - 1].isEmpty {
                // Longer than a line on its own: hard-split it.
                for scalar in token.scalars {
                    let w = CharacterClass.displayWidth(scalar)
                    if used + w > width, !lines[lines.count - 1].isEmpty {
                        lines.append([])
                        used = 0
                    }
                    lines[lines.count - 1].append(Token(scalars: [scalar]))
                    used += w
                }
                continue
            }
            lines[lines.count - 1].append(token)
            used += token.width
        }
        LineBreaker.applyKinsoku(&lines)
        return lines.enumerated().map { index, line in
            (index == 0 ? indent : "") + line.map(\.text).joined().trimmingTrailingSpaces()
        }
    }

    /// Moves characters down a line until no line starts with a closing mark or ends with an
    /// opening one; a line that would be emptied keeps its mark hanging instead.
    private static func applyKinsoku(_ lines: inout [[Token]]) {
        var index = 1
        while index < lines.count {
            func startsBadly() -> Bool { lines[index].first.map { noStart.contains($0.scalars[0]) } ?? false }
            func previousEndsBadly() -> Bool { lines[index - 1].last.map { noEnd.contains($0.scalars[$0.scalars.count - 1]) } ?? false }
            var moved = 0
            while (startsBadly() || previousEndsBadly()), lines[index - 1].count > 1, moved < 4 {
                lines[index].insert(lines[index - 1].removeLast(), at: 0)
                moved += 1
            }
            if startsBadly(), lines[index - 1].count >= 1, moved == 0 {
                // Nothing could move down: hang the mark at the end of the previous line.
                lines[index - 1].append(lines[index].removeFirst())
                if lines[index].isEmpty { lines.remove(at: index); continue }
            }
            index += 1
        }
        // Moving tokens down can overfill a line; re-wrapping once more is not needed for the
        // widths used here, as a moved token only shifts the break by a few characters.
    }

    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + CharacterClass.displayWidth($1) }
    }

    // MARK: - Tokens

    struct Token {
        var scalars: [Unicode.Scalar]
        var text: String { String(String.UnicodeScalarView(scalars)) }
        var width: Int { scalars.reduce(0) { $0 + CharacterClass.displayWidth($1) } }
        var isSpace: Bool { scalars.allSatisfy { $0 == " " } }
    }

    /// Unbreakable pieces: a run of non-space ASCII (a number, a time, an e-mail address, a URL),
    /// a run of `—` or `…`, a run of spaces, or one other character.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        for scalar in text.unicodeScalars {
            if var last = tokens.last, joins(last.scalars[last.scalars.count - 1], scalar) {
                last.scalars.append(scalar)
                tokens[tokens.count - 1] = last
            } else {
                tokens.append(Token(scalars: [scalar]))
            }
        }
        return tokens
    }

    private static func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let asciiWord = { (s: Unicode.Scalar) in s.isASCII && s != " " && s.properties.isWhitespace == false && !"([{".unicodeScalars.contains(s) }
        if asciiWord(a) && asciiWord(b) && !",;?!)]}".unicodeScalars.contains(a) { return true }
        if (a == "—" && b == "—") || (a == "…" && b == "…") { return true }
        if a == " " && b == " " { return true }
        return false
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
