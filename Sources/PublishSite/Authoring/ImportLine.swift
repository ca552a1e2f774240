import PublishCore
import PublishReading
/// One line of what `publish import` reads, as the shared pipeline of `PlainTextImporter` sees it:
/// a line of a text file, or a paragraph of a Word document turned into text.
struct ImportLine: Sendable, Equatable {
    /// The line's number in the text, or the paragraph's number in the Word document.
    var number: Int
    /// The text, trimmed.
    var text: String
    /// Markdown to write as it stands instead of `text` (a table); `text` then holds its words,
    /// for the decisions made over neighbouring lines.
    var markdown: String?
    /// Set the way titles are (centred or large), in a Word document.
    var looksLikeTitle = false
}

/// What a source other than plain text tells the import pipeline beyond its lines.
struct ImportHints: Sendable {
    /// The 署名 and 成文日期 found after the closing and taken out of the lines.
    var signature: (issuer: String?, date: CalendarDate?, line: Int)?
    /// Put a title of one line into the front matter's `title:` rather than a `#` line: a Word
    /// document shows its title as formatting, not as a line of the body.
    var oneLineTitleInFrontMatter = false
    /// Tags for the front matter (the document's keywords).
    var tags: [String] = []
}
