import PublishCore
import PublishReading
/// Why a file is not imported as a Word document. `publish import` prints it as a finding at 1:1 of
/// the file, writes nothing and exits 1.
public struct WordImportRefusal: Error, Sendable, Equatable {
    /// Stable id, `import/…`: the README's import section lists them.
    public var rule: String
    public var message: String
    public var fix: String?

    public init(rule: String, message: String, fix: String? = nil) {
        self.rule = rule
        self.message = message
        self.fix = fix
    }

    /// The refusal as a finding about `path`.
    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(
            rule: rule, severity: .error, message: message, file: path,
            range: SourceRange(at: SourceLocation(line: 1, column: 1)), notes: ["nothing was written"], fix: fix)
    }

    static let saveAsDocx =
        "open it in Word or WPS and save it as a Word document (另存为 → Word 文档 (*.docx)), then import that file"

    // MARK: - The refusals

    /// An OLE compound file: a Word 97–2003 `.doc`, a WPS `.wps`, or a password-protected `.docx`
    /// (Office wraps encrypted packages in one).
    static let compoundFile = WordImportRefusal(
        rule: "import/not-docx",
        message:
            "the file is a Word 97–2003 (.doc) or WPS (.wps) document, or a password-protected Word document; publish reads .docx only",
        fix: "remove the password if there is one (文件 → 信息 → 保护文档 → 用密码进行加密: empty), and "
            + saveAsDocx)
    static let richText = WordImportRefusal(
        rule: "import/not-docx", message: "the file is RTF (rich text), not a Word document (.docx)", fix: saveAsDocx)
    static let openDocument = WordImportRefusal(
        rule: "import/not-docx", message: "the file is an OpenDocument text (.odt), not a Word document (.docx)",
        fix: saveAsDocx)
    static func notWord(_ detail: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/not-docx", message: "the file is not a Word document (.docx): \(detail)", fix: saveAsDocx)
    }
    static func unsafePath(_ path: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/unsafe-package",
            message:
                "the package holds an entry whose path leads outside it (`\(path)`); such files are made to attack, not by Word",
            fix: "import the document only if you trust where it came from, after saving it again from Word or WPS")
    }
    static func tooLarge(_ detail: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/unsafe-package",
            message:
                "the package is larger unpacked than a notice can be (\(detail)): a ZIP bomb, or a document full of media",
            fix: "save the notice's text alone as a new Word document (no pictures or embedded files) and import that")
    }
    static func unsafeXML(_ part: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/unsafe-xml",
            message:
                "`\(part)` declares a document type or entities (<!DOCTYPE …>); Word never writes one, and they can read files or exhaust memory",
            fix: "save the document again from Word or WPS and import that")
    }
    static func malformedXML(_ part: String, _ detail: String) -> WordImportRefusal {
        WordImportRefusal(
            rule: "import/malformed-docx", message: "`\(part)` is not well-formed XML (\(detail))",
            fix: "open the document in Word or WPS (it repairs what it can), save it again and import that")
    }
}
