/// A Mustache template read into tokens, once, when the library loads.
///
/// The reading follows swift-mustache 2 (which rendered the pages before, and which the tests still
/// compare against) step by step, so the output stays byte for byte the same: text is cut at each
/// line break; a section, inverted section, closing, comment, set-delimiter or partial tag alone on
/// its line (spaces and tabs around it) takes the whole line with it; a partial alone on its line
/// keeps the line's leading whitespace as the indentation of every line it renders. Template
/// inheritance (`{{<parent}}`, `{{$block}}`), dynamic partials (`{{>*name}}`), transforms
/// (`{{upper(name)}}`) and pragmas (`{{%…}}`) are refused where they are written.
enum TemplateToken: Equatable, Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` and `{{& name}}` (as they are).
    case value(String, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(String, inverted: Bool, [TemplateToken])
    /// `{{> name}}`; the indentation when the tag stands alone on its line.
    case partial(String, indentation: String?)
}

/// A template that does not read, and where (line and column from 1, counted in characters).
struct TemplateSyntaxError: Error, Equatable {
    enum Kind: Error, Equatable {
        case sectionCloseName
        case unfinishedName
        case sectionNotClosed
        case setDelimiter
        /// A tag publish does not render, as written.
        case unsupported(String)
    }

    var kind: Kind
    var line: Int
    var column: Int
}

struct TemplateParser {
    private let text: String
    private let characters: [Character]
    /// Where each character starts in `text` (a UTF-8 offset), and the text's length last: a run
    /// of characters is taken as one slice of the text, not put together a character at a time.
    private let starts: [Int]
    private var position = 0

    private struct State {
        /// The section being read, which only its own closing tag may end.
        var sectionName: String?
        /// Whether the reading stands at the start of a line (only whitespace read on it so far).
        var newLine = true
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
    }

    private typealias Kind = TemplateSyntaxError.Kind

    private init(_ text: String) {
        self.text = text
        var characters: [Character] = []
        var starts: [Int] = []
        var offset = 0
        for character in text {
            starts.append(offset)
            characters.append(character)
            offset += character.utf8.count
        }
        starts.append(offset)
        self.characters = characters
        self.starts = starts
    }

    /// The characters from `start` up to `end` (positions), as the text holds them: the same
    /// scalars as appending them one by one.
    private func slice(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: starts[start])..<utf8.index(utf8.startIndex, offsetBy: starts[end])])
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateToken] {
        var parser = TemplateParser(text)
        do {
            return try parser.parse(State())
        } catch {
            let (line, column) = parser.location()
            throw TemplateSyntaxError(kind: error, line: line, column: column)
        }
    }

    // MARK: - Tags

    private mutating func parse(_ initial: State) throws(Kind) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var state = initial
        var whitespaceBefore = ""
        while position < characters.count {
            if state.newLine {
                whitespaceBefore = read { $0 == " " || $0 == "\t" }
            }
            let text = readUntilTagOrLineBreak(state)
            if current.isNewline {
                tokens.append(.text(whitespaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whitespaceBefore + text))
                whitespaceBefore = ""
                state.newLine = false
            }
            if position >= characters.count { break }
            let tagStart = position - state.open.count
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName(state, tagStart: tagStart)
                if takeLineIfStandalone(state) {
                    setNewLine = true
                } else if !whitespaceBefore.isEmpty {
                    tokens.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                tokens.append(.section(name, inverted: inverted, try parse(inner)))

            case "/":
                position += 1
                let nameStart = position
                let name = try readName(state, tagStart: tagStart)
                guard name == state.sectionName else {
                    position = nameStart
                    throw .sectionCloseName
                }
                if !takeLineIfStandalone(state), !whitespaceBefore.isEmpty {
                    tokens.append(.text(whitespaceBefore))
                }
                return tokens

            case "!":
                position += 1
                try skipComment(state)
                setNewLine = takeLineIfStandalone(state)

            case "{", "&":
                if !whitespaceBefore.isEmpty {
                    tokens.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
                let braced = current == "{"
                position += 1
                let name = try readName(state, tagStart: tagStart)
                if braced {
                    guard current == "}" else { throw .unfinishedName }
                    position += 1
                }
                tokens.append(.value(name, escaped: false))

            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                if current == "*" { throw unsupported(at: tagStart, state) }
                _ = read(while: \.isWhitespace)
                let name = read { Self.partialNameCharacters.contains($0) }
                _ = read(while: \.isWhitespace)
                guard readDelimiter(state.close) else { throw .unfinishedName }
                if !whitespaceBefore.isEmpty { tokens.append(.text(whitespaceBefore)) }
                setNewLine = takeLineIfStandalone(state)
                tokens.append(.partial(name, indentation: setNewLine ? whitespaceBefore : nil))
                whitespaceBefore = ""

            case "=":
                position += 1
                state = try readDelimiters(state)
                setNewLine = takeLineIfStandalone(state)

            case "<", "$", "%":
                throw unsupported(at: tagStart, state)

            default:
                if !whitespaceBefore.isEmpty {
                    tokens.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
                tokens.append(.value(try readName(state, tagStart: tagStart), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .sectionNotClosed }
        return tokens
    }

    /// Text up to the next opening delimiter (read past it) or line break (not read).
    private mutating func readUntilTagOrLineBreak(_ state: State) -> String {
        let start = position
        let first = state.open[0]
        while position < characters.count {
            let character = characters[position]
            if character == "\n" || character == "\r\n" { break }
            if character == first, matches(state.open) {
                let text = slice(from: start, to: position)
                position += state.open.count
                return text
            }
            position += 1
        }
        return slice(from: start, to: position)
    }

    /// A tag's name and the closing delimiter after it.
    private mutating func readName(_ state: State, tagStart: Int) throws(Kind) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        guard readDelimiter(state.close) else { throw .unfinishedName }
        // Bytes: `contains` with a string argument was Foundation's search, some four thousand
        // instructions a call. A name holds only `nameCharacters` (or what is canonically
        // equivalent to one), so a `(` or `)` byte in it is a `(` or `)` character.
        if name.utf8.contains(UInt8(ascii: "(")) || name.utf8.contains(UInt8(ascii: ")")) {
            throw unsupported(at: tagStart, state)
        }
        return name
    }

    private mutating func skipComment(_ state: State) throws(Kind) {
        let start = position
        // swift-mustache's search, which starts over after a partial match.
        var matched = 0
        while position < characters.count {
            if characters[position] == state.close[matched] {
                matched += 1
                if matched == state.close.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw .unfinishedName
    }

    /// `{{=<% %>=}}`: the delimiters from here to the end of the enclosing section.
    private mutating func readDelimiters(_ state: State) throws(Kind) -> State {
        _ = read(while: \.isWhitespace)
        let open = try readUntil { $0.isWhitespace }
        _ = read(while: \.isWhitespace)
        let close = try readUntil { $0 == "=" || $0.isWhitespace }
        _ = read(while: \.isWhitespace)
        guard current == "=" else { throw .setDelimiter }
        position += 1
        guard readDelimiter(state.close), !open.isEmpty, !close.isEmpty else { throw .setDelimiter }
        var changed = state
        changed.open = Array(open)
        changed.close = Array(close)
        return changed
    }

    /// A tag alone on its line takes the rest of the line, its line break included.
    private mutating func takeLineIfStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= characters.count { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    private mutating func unsupported(at tagStart: Int, _ state: State) -> Kind {
        var end = tagStart
        while end < characters.count, !characters[end].isNewline, end - tagStart < 60 {
            if end >= tagStart + state.open.count,
                characters[end...].starts(with: state.close)
            {
                end += state.close.count
                break
            }
            end += 1
        }
        position = tagStart
        return .unsupported(String(characters[tagStart..<end]))
    }

    // MARK: - Reading

    private var current: Character {
        position < characters.count ? characters[position] : "\0"
    }

    private func matches(_ delimiter: [Character]) -> Bool {
        characters[position...].starts(with: delimiter)
    }

    private mutating func readDelimiter(_ delimiter: [Character]) -> Bool {
        guard matches(delimiter) else { return false }
        position += delimiter.count
        return true
    }

    /// Text up to a character that `ends`; with none before the end, nothing is read.
    private mutating func readUntil(_ ends: (Character) -> Bool) throws(Kind) -> String {
        let start = position
        let text = read { !ends($0) }
        guard position < characters.count else {
            position = start
            throw .setDelimiter
        }
        return text
    }

    private mutating func read(while accepts: (Character) -> Bool) -> String {
        let start = position
        while position < characters.count, accepts(characters[position]) {
            position += 1
        }
        return slice(from: start, to: position)
    }

    /// The line (line breaks before the position, plus one) and column (characters since the last
    /// `\n`, plus one) of the position, as swift-mustache reports them.
    private func location() -> (line: Int, column: Int) {
        let end = min(position, characters.count)
        let line = characters[..<end].count(where: \.isNewline) + 1
        var start = end
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return (line, end - start + 1)
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
