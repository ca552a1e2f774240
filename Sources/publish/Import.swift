import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish import FILE|-`: a notice published as plain text, turned into Markdown.
struct Import: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.import.abstract"),
            discussion: RunLanguage.say("help.import.discussion"))
    }

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: localizedHelp("help.import.file"))
    var file: String

    @Option(help: localizedHelp("help.import.slug"))
    var slug: String?

    @Option(name: [.short, .long], help: localizedHelp("help.import.output"))
    var output: String = "content"

    @Flag(help: localizedHelp("help.import.force"))
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
            if let slug, Slug(slug) == nil { throw ValidationError(RunLanguage.say("usage.no-slug", slug)) }
            return
        }
        guard let name = chosenSlug else {
            throw ValidationError(RunLanguage.say("usage.import-stdin"))
        }
        guard Slug(name) != nil else {
            throw ValidationError(
                RunLanguage.say("usage.import-no-slug", name))
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
