import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish check [PATH…]`: the CI gate for notice structure and facts.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check notices for structure, numbering, dates, disclosure period, contacts and typography.",
        discussion: """
            Exit codes: 0 no errors (warnings allowed unless --strict), 1 findings at error level \
            (or warnings with --strict), 2 usage, I/O or configuration errors.
            """)

    @Argument(help: "Markdown files or folders (default: content/).")
    var paths: [String] = []

    @Option(help: "Output: human, json, github (workflow annotations) or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Fail on warnings too.")
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
            FileHandle.standardError.write(Data(closing.text.utf8))
            output = ""
        case .json: output = JSONDiagnostics.format(diagnostics, files: summary.files)
        case .github: output = GitHubAnnotations.format(diagnostics)
        case .sarif: output = SARIFLog.format(diagnostics)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
