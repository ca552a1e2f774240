import ArgumentParser
import Foundation
import PublishKit

/// `publish render FILE`: one notice to standard output.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one notice to standard output as plain text, HTML or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, html, json
    }

    @Argument(help: "The notice's Markdown file.")
    var file: String

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Flag(help: "Text: start each paragraph with two ideographic spaces (左空二字).")
    var indent = false

    @Option(help: "Text: wrap at N display columns (a Chinese character counts 2).")
    var width: Int?

    @Option(help: "HTML: the folder of templates (default: ./Templates when present, else the built-in ones).")
    var templates: String?

    func validate() throws {
        if let width, width < 8 { throw ValidationError("--width must be at least 8") }
        if format != .text, indent || width != nil {
            throw ValidationError("--indent and --width apply to --format text only")
        }
    }

    func run() throws {
        let loaded: LoadedNotice
        do {
            loaded = try NoticeLoader().load(path: file)
        } catch {
            throw CommandFailure.io(error.description)
        }
        DiagnosticPrinter.standardError.print(loaded.diagnostics, sources: [loaded.source])
        let output: String
        switch format {
        case .text:
            output = PlainTextRenderer(options: .init(indent: indent, width: width)).render(loaded.notice)
        case .json:
            output = JSONRenderer().render(loaded.notice) + "\n"
        case .html:
            do {
                let library = try TemplateLibrary.load(folder: templates)
                output = HTMLRenderer(templates: library).render(loaded.notice)
            } catch {
                throw CommandFailure.io(error.description)
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if loaded.hasErrors { throw ExitCode(1) }
    }
}
