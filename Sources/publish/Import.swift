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
        abstract: "Turn a notice published as plain text into Markdown in content/.",
        discussion: """
            Reads UTF-8 text (a web page's text or a Word document saved as plain text), leaves out \
            the page around the notice (breadcrumbs, 发布时间 lines, print and close links), turns \
            numbered lines into headings and writes OUTPUT/SLUG.md. Rendering the result as text \
            gives the notice back as published. What was recognised and what could not be placed \
            is reported on standard error. Exit codes: 0 written, 1 the input is not UTF-8, 2 usage \
            or I/O errors (an existing file without --force included).
            """)

    @Argument(help: "The text file, or - for standard input.")
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
        let result = PlainTextImporter(interpreter: configuration.interpreter).convert(bytes: bytes, path: name)
        guard result.decodingProblems.isEmpty else {
            let source = SourceText(bytes: bytes, path: name)
            DiagnosticPrinter.standardError.print(result.decodingProblems, sources: [source])
            FileHandle.standardError.write(Data("\(name): not imported; save the text as UTF-8 and try again\n".utf8))
            throw ExitCode(1)
        }
        let report = result.report.lines.joined(separator: "\n") + "\n"
        if output == "-" {
            FileHandle.standardError.write(Data(report.utf8))
            FileHandle.standardOutput.write(Data(result.markdown.utf8))
            return
        }
        let path = (output as NSString).appendingPathComponent(chosenSlug! + ".md")
        do {
            try AtomicFileWriter.write(Array(result.markdown.utf8), to: path, mode: force ? .replace : .create)
        } catch {
            throw CommandFailure.io(
                error.exists ? "\(path) exists already; give --force to replace it" : error.description)
        }
        FileHandle.standardError.write(Data("\(name) → \(path)\n\(report)".utf8))
    }

    private func readInput() throws -> [UInt8] {
        if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw CommandFailure.io("\(file): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure.io("\(file): is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure.io("\(file): cannot be read")
        }
        return [UInt8](data)
    }
}
