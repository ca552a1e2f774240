import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish render FILE`: one notice to standard output, or to a file with `-o`.
struct Render: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.render.abstract"))
    }

    @OptionGroup var languageOption: LanguageOption

    /// The page (`html`, through the templates) and every file format of the registry.
    static let formats = NoticeFormat.all.map(\.name) + ["html"]

    @Argument(help: localizedHelp("help.render.file"))
    var file: String

    @Option(help: ArgumentHelp(RunLanguage.say("help.render.format", Render.formats), valueName: "format"))
    var format = "text"

    @Flag(help: localizedHelp("help.render.indent"))
    var indent = false

    @Option(help: localizedHelp("help.render.width"))
    var width: Int?

    @Option(help: localizedHelp("help.render.templates"))
    var templates: String?

    @Option(
        name: .shortAndLong,
        help: localizedHelp("help.render.output"))
    var output: String?

    func validate() throws {
        if let width, width < 8 { throw ValidationError(RunLanguage.say("usage.width")) }
        guard Self.formats.contains(format) else {
            throw ValidationError(RunLanguage.say("usage.render-format", Self.formats, format))
        }
        if format != "text", indent || width != nil {
            throw ValidationError(RunLanguage.say("usage.text-only"))
        }
        // A binary file on a terminal or in a pipe by accident helps no one: ask for a file name.
        if NoticeFormat.named(format)?.isBinary == true, output == nil {
            throw ValidationError(RunLanguage.say("usage.binary", format))
        }
        if output == "" { throw ValidationError(RunLanguage.say("usage.output-name")) }
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
                bytes = Data(HTMLRenderer(templates: library).renderUTF8(loaded.notice))
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
