import PublishCore
import PublishReading
/// Why a file is not imported as a Word document. `publish import` prints it as a finding at 1:1 of
/// the file, writes nothing and exits 1.
public struct WordImportRefusal: Error, Sendable, Equatable {
    /// Stable id, `import/…`: the README's import section lists them.
    public var rule: String
    public var message: Message
    public var fix: Message?

    public init(rule: String, message: Message, fix: Message? = nil) {
        self.rule = rule
        self.message = message
        self.fix = fix
    }

    /// The refusal as a finding about `path`.
    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(
            rule: rule, severity: .error, message: message, file: path,
            range: SourceRange(at: SourceLocation(line: 1, column: 1)), notes: [Message("import.nothing-written")], fix: fix)
    }

    static let saveAsDocx = Message("import.save-as-docx")

    // MARK: - The refusals

    /// An OLE compound file: a Word 97–2003 `.doc`, a WPS `.wps`, or a password-protected `.docx`
    /// (Office wraps encrypted packages in one).
    static let compoundFile = WordImportRefusal(
        rule: "import/not-docx",
        message: Message("import.compound-file"),
        fix: Message("import.compound-file.fix", saveAsDocx))
    static let richText = WordImportRefusal(
        rule: "import/not-docx", message: Message("import.rtf"), fix: saveAsDocx)
    static let openDocument = WordImportRefusal(
        rule: "import/not-docx", message: Message("import.odt"),
        fix: saveAsDocx)
    static func notWord(_ detail: Message) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/not-docx", message: Message("import.not-word", detail), fix: saveAsDocx)
    }
    static func unsafePath(_ path: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/unsafe-package",
            message: Message("import.unsafe-path", path),
            fix: Message("import.unsafe-path.fix"))
    }
    static func tooLarge(_ detail: Message) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/unsafe-package",
            message: Message("import.too-large", detail),
            fix: Message("import.too-large.fix"))
    }
    static func unsafeXML(_ part: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/unsafe-xml",
            message: Message("import.unsafe-xml", part),
            fix: Message("import.unsafe-xml.fix"))
    }
    static func malformedXML(_ part: String, _ detail: Message) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/malformed-docx", message: Message("import.malformed-xml", part, detail),
            fix: Message("import.malformed-xml.fix"))
    }
}
