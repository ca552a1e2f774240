import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish fmt [PATH…]`: punctuation width and numbering marks normalised in place.
struct Fmt: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.fmt.abstract"),
            discussion: RunLanguage.say("help.fmt.discussion"))
    }

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: localizedHelp("help.fmt.paths"))
    var paths: [String] = []

    @Flag(help: localizedHelp("help.fmt.check"))
    var check = false

    @Flag(help: localizedHelp("help.fmt.arabicPeriod"))
    var arabicPeriod = false

    @OptionGroup var configOption: ConfigOption

    func run() throws {
        let configuration: PublishConfiguration
        let files: [String]
        do {
            configuration = try ConfigurationLoader.load(path: configOption.config)
            files = try ContentPolicy(configuration: configuration).list(paths.isEmpty ? ["content"] : paths).files
        } catch let error as ConfigurationError {
            throw CommandFailure.failed(error)
        } catch let error as ContentFiles.Error {
            throw CommandFailure.failed(error)
        }
        let formatter = NoticeFormatter(configuration: configuration, arabicPeriod: arabicPeriod)
        var changed = 0
        var refused = 0
        var unreadable: [String] = []
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: file)
            else {
                FileHandle.standardError.write(Data((MessageLine.error(Message("fmt.not-a-file"), file: file, in: RunLanguage.current) + "\n").utf8))
                unreadable.append(file)
                continue
            }
            let bytes = [UInt8](data)
            let result = formatter.format(bytes: bytes, path: file)
            if !result.refusal.isEmpty {
                DiagnosticPrinter.standardError(RunLanguage.current).print(result.refusal, sources: [SourceText(bytes: bytes, path: file)])
                FileHandle.standardError.write(Data((RunLanguage.say("fmt.not-formatted", file) + "\n").utf8))
                refused += 1
                continue
            }
            if !result.remaining.isEmpty {
                // Findings fmt would fix but whose place it could not trust: the author fixes these.
                let source = SourceText(bytes: result.bytes, path: file)
                DiagnosticPrinter.standardError(RunLanguage.current).print(result.remaining, sources: [source])
            }
            guard result.changed else { continue }
            changed += 1
            let count = result.edits.count
            if check {
                FileHandle.standardOutput.write(Data("\(file)\n".utf8))
                continue
            }
            do {
                try AtomicFileWriter.write(result.bytes, to: file, mode: .replace)
            } catch {
                throw CommandFailure.failed(error)
            }
            FileHandle.standardError.write(Data((RunLanguage.say("fmt.formatted", file, count) + "\n").utf8))
        }
        let summary = RunLanguage.say(check ? "fmt.would-change" : "fmt.changed", changed, files.count)
        FileHandle.standardError.write(Data("\(summary)\n".utf8))
        if !unreadable.isEmpty {
            throw CommandFailure.io(Message("fmt.unreadable", unreadable.count, files.count))
        }
        if refused > 0 || (check && changed > 0) { throw ExitCode(1) }
    }
}
