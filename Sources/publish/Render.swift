import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish render FILE`: one notice to standard output, or to a file with `-o`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one notice as plain text, HTML or JSON (to standard output), or as Word (.docx, to a file).")

    /// The page (`html`, through the templates) and every file format of the registry.
    static let formats = NoticeFormat.all.map(\.name) + ["html"]

    @Argument(help: "The notice's Markdown file.")
    var file: String

    @Option(help: ArgumentHelp("Output format: \(Render.formats.joined(separator: ", ")).", valueName: "format"))
    var format = "text"

    @Flag(help: "Text: start each paragraph with two ideographic spaces (左空二字).")
    var indent = false

    @Option(help: "Text: wrap at N display columns (a Chinese character counts 2).")
    var width: Int?

    @Option(help: "HTML: the folder of templates (default: ./Templates when present, else the built-in ones).")
    var templates: String?

    @Option(
        name: .shortAndLong,
        help: "Write to FILE (replaced atomically), not standard output. Required for docx (`-o -`: to standard output).")
    var output: String?

    func validate() throws {
        if let width, width < 8 { throw ValidationError("--width must be at least 8") }
        guard Self.formats.contains(format) else {
            throw ValidationError("--format is one of \(Self.formats.joined(separator: ", ")), not `\(format)`")
        }
        if format != "text", indent || width != nil {
            throw ValidationError("--indent and --width apply to --format text only")
        }
        // A binary file on a terminal or in a pipe by accident helps no one: ask for a file name.
        if NoticeFormat.named(format)?.isBinary == true, output == nil {
            throw ValidationError("--format \(format) writes a binary file: give -o FILE (or -o - for standard output)")
        }
        if output == "" { throw ValidationError("-o needs a file name") }
    }

    func run() throws {
        let loaded: LoadedNotice
        do {
            loaded = try NoticeLoader().load(path: file)
        } catch {
            throw CommandFailure.failed(error)
        }
        DiagnosticPrinter.standardError(RunLanguage.current).print(loaded.diagnostics, sources: [loaded.source])
        let bytes: Data
        if let file = NoticeFormat.named(format) {
            do {
                bytes = Data(try file.render(loaded.notice, for: .command(text: .init(indent: indent, width: width))))
            } catch {
                throw CommandFailure.failed(error)
            }
        } else {
            do {
                let library = try TemplateLibrary.load(folder: templates)
                bytes = Data(HTMLRenderer(templates: library).render(loaded.notice).utf8)
            } catch {
                throw CommandFailure.failed(error)
            }
        }
        if let output, output != "-" {
            do {
                try AtomicFileWriter.write([UInt8](bytes), to: output, mode: .replace)
            } catch {
                throw CommandFailure.failed(error)
            }
        } else {
            FileHandle.standardOutput.write(bytes)
        }
        if loaded.hasErrors { throw ExitCode(1) }
    }
}
