import PublishCore

/// Inline content of a Markdown block, as libcmark-gfm parsed it.
///
/// Text-bearing cases carry the range they occupy in the file. libcmark-gfm does not report
/// reliable inline positions, so the parser locates each literal in the block's source lines.
///
/// Not `indirect`: the nested cases hold arrays, already references; boxing every case cost an
/// allocation per inline.
public enum MarkdownInline: Hashable, Sendable {
    case text(String, SourceRange)
    case code(String, SourceRange)
    /// Inline raw HTML, kept as written; renderers never emit it as markup.
    case html(String, SourceRange)
    case softBreak(SourceLocation)
    case lineBreak(SourceLocation)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(destination: String, title: String, children: [MarkdownInline])
    case image(source: String, title: String, children: [MarkdownInline])
}
