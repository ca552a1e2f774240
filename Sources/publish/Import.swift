import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish import FILE|-`: a notice published as plain text, turned into Markdown.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a Word document (.docx) or a notice published as text into Markdown in content/.",
        discussion: """
            Reads a Word document (.docx) or text (a web page's text; UTF-8, GB18030/GBK, or UTF-16/32 \
            with a byte-order mark), told by its content, not its name. Leaves out the page around the \
            notice (breadcrumbs, 发布时间 lines, print and close links; in Word, headers, footers, \
            comments and footnotes), turns numbered lines (typed, or Word's automatic numbering) into \
            headings, takes the title, 署名 and 成文日期 into the front matter, and writes \
            OUTPUT/SLUG.md. What was recognised and what could not be placed is reported on standard \
            error. Text that already is a notice in this format is written as it is, in UTF-8. \
            Exit codes: 0 written, 1 the input cannot be imported (an encoding it is not in, a .doc, \
            .wps or password-protected file, an unsafe package), 2 usage or I/O errors (an existing \
            file without --force included).
            """)

    @Argument(help: "The .docx or text file, or - for standard input.")
    var file: String

    @Option(help: "The slug (default: the file's name without its extension).")
    var slug: String?

    @Option(name: [.short, .long], help: "The folder to write SLUG.md into, or - for standard output.")
    var output: String = "content"

    @Flag(help: "Replace an existing file.")
    var force = false

    @OptionGroup var configOption: ConfigOption

    /// The slug to write under, from --slug or the file's name.
    var chosenSlug: String? {
        if let slug { return slug }
        guard file != "-" else { return nil }
        return ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    func validate() throws {
        guard output != "-" else {
            if let slug, Slug(slug) == nil { throw ValidationError("`\(slug)` is no slug") }
            return
        }
        guard let name = chosenSlug else {
            throw ValidationError("reading standard input: give --slug, or -o - to print")
        }
        guard Slug(name) != nil else {
            throw ValidationError(
                "`\(name)` is no slug: give --slug with ASCII letters, digits, '-', '_', '.', and '/' between parts")
        }
    }

    func run() throws {
        let configuration = try configOption.load()
        let bytes = try readInput()
        let name = file == "-" ? "<stdin>" : file
        let (markdown, importReport) = try convert(bytes, name: name, interpreter: configuration.interpreter)
        let report = importReport.text(in: RunLanguage.current)
        if output == "-" {
            FileHandle.standardError.write(Data(report.utf8))
            FileHandle.standardOutput.write(Data(markdown.utf8))
            return
        }
        let path = (output as NSString).appendingPathComponent(chosenSlug! + ".md")
        do {
            try AtomicFileWriter.write(Array(markdown.utf8), to: path, mode: force ? .replace : .create)
        } catch {
            throw error.exists ? CommandFailure.io(Message("import.exists", path)) : CommandFailure.failed(error)
        }
        FileHandle.standardError.write(Data("\(name) → \(path)\n\(report)".utf8))
    }

    /// The notice in Markdown and the report, or exit 1 after saying why the input is not imported.
    private func convert(_ bytes: [UInt8], name: String, interpreter: NoticeInterpreter) throws -> (String, ImportReport) {
        switch ImportSourceKind(bytes) {
        case .refused(let refusal):
            DiagnosticPrinter.standardError(RunLanguage.current).print([refusal.diagnostic(path: name)], sources: [])
            throw ExitCode(1)
        case .wordPackage:
            let result = DocxImporter(interpreter: interpreter, language: RunLanguage.current).convert(bytes: bytes, path: name)
            if let refusal = result.refusal {
                DiagnosticPrinter.standardError(RunLanguage.current).print([refusal], sources: [])
                throw ExitCode(1)
            }
            return (result.markdown, result.report)
        case .text:
            let result = PlainTextImporter(interpreter: interpreter, language: RunLanguage.current).convert(bytes: bytes, path: name)
            guard result.decodingProblems.isEmpty else {
                let source = SourceText(bytes: bytes, path: name)
                DiagnosticPrinter.standardError(RunLanguage.current).print(result.decodingProblems, sources: [source])
                FileHandle.standardError.write(
                    Data((RunLanguage.say("import.not-imported", name) + "\n").utf8))
                throw ExitCode(1)
            }
            return (result.markdown, result.report)
        }
    }

    private func readInput() throws -> [UInt8] {
        if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw CommandFailure.io(Message("input.no-such-file", file))
        }
        guard !isDirectory.boolValue else { throw CommandFailure.io(Message("input.is-folder", file)) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure.io(Message("input.unreadable", file))
        }
        return [UInt8](data)
    }
}
