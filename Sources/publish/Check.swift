import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish check [PATH…]`: the CI gate for notice structure and facts.
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.check.abstract"),
            discussion: RunLanguage.say("help.check.discussion"))
    }

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: localizedHelp("help.check.paths"))
    var paths: [String] = []

    @Option(help: localizedHelp("help.check.format"))
    var format: DiagnosticFormat = .human

    @Flag(help: localizedHelp("help.check.strict"))
    var strict = false

    @OptionGroup var configOption: ConfigOption

    func run() throws {
        let configuration: PublishConfiguration
        let set: NoticeSet
        let listing: ContentListing
        do {
            configuration = try ConfigurationLoader.load(path: configOption.config)
            // The policy `build` and `serve` apply; drafts are checked like any notice.
            listing = try ContentPolicy(configuration: configuration, drafts: .published).list(paths.isEmpty ? ["content"] : paths)
            set = try NoticeSet.load(files: listing.files, configuration: configuration)
        } catch let error as ConfigurationError {
            throw CommandFailure.failed(error)
        } catch let error as ContentFiles.Error {
            throw CommandFailure.failed(error)
        } catch let error as NoticeLoader.ReadError {
            throw CommandFailure.failed(error)
        }
        // Links that were not followed are findings like any other (`parse/symlink`).
        let diagnostics = (set.diagnostics + listing.findings).sorted()
        let summary = CheckSummary(files: set.entries.count, diagnostics: diagnostics)
        let output: String
        switch format {
        case .human:
            DiagnosticPrinter.standardError(RunLanguage.current).print(diagnostics, sources: set.sources)
            let closing = FindingsSummary(diagnostics: diagnostics, files: summary.files, configuration: configuration)
            FileHandle.standardError.write(Data(closing.text(in: RunLanguage.current).utf8))
            output = ""
        case .json: output = JSONDiagnostics.format(diagnostics, files: summary.files, language: RunLanguage.current)
        case .github: output = GitHubAnnotations.format(diagnostics, language: RunLanguage.current)
        case .sarif: output = SARIFLog.format(diagnostics, language: RunLanguage.current)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
