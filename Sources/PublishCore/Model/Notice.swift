/// One notice: front matter, title, opening, sections and closing, every node with its source range.
public struct Notice: Hashable, Sendable, Codable {
    /// The file as the user named it.
    public var path: String
    public var frontMatter: FrontMatter
    /// The title lines written in the body as `#` headings (issuer line, then `关于……的通报`); empty
    /// when the body has none.
    public var titleLines: [RichText]
    public var opening: Opening
    public var sections: [Section]
    public var closing: Closing?

    package init(path: String, frontMatter: FrontMatter, titleLines: [RichText], opening: Opening, sections: [Section], closing: Closing? = nil) {
        self.path = path
        self.frontMatter = frontMatter
        self.titleLines = titleLines
        self.opening = opening
        self.sections = sections
        self.closing = closing
    }

    /// The title to show: the body's title lines joined, else the front matter's `title`.
    public var title: String? {
        if !titleLines.isEmpty {
            // A title shown twice (as web copies do) is one title.
            var lines: [String] = []
            for line in titleLines.map(\.plain) where lines.last != line { lines.append(line) }
            return lines.joined()
        }
        return frontMatter.title
    }
}
