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
        let listing: ContentListing
        do {
            configuration = try ConfigurationLoader.load(path: configOption.config)
            // The policy `build` and `serve` apply; drafts are checked like any notice.
            listing = try ContentPolicy(configuration: configuration, drafts: .published).list(paths.isEmpty ? ["content"] : paths)
        } catch let error as ConfigurationError {
            throw CommandFailure.failed(error)
        } catch let error as ContentFiles.Error {
            throw CommandFailure.failed(error)
        }
        // Findings are reported in path order, each file's as soon as it and those before it are
        // checked; links that were not followed (`parse/symlink`) take their place among them.
        let files = listing.files.sorted()
        var notFollowed = listing.findings.sorted()[...]
        let stream = FindingsStream(format: format, language: RunLanguage.current)
        let formatter = stream.formatter
        func writeNotFollowed(before path: String?) {
            let count = notFollowed.prefix { finding in path.map { finding.file < $0 } ?? true }.count
            guard count > 0 else { return }
            stream.write(Array(notFollowed.prefix(count)))
            notFollowed = notFollowed.dropFirst(count)
        }
        var index = 0
        do {
            try NoticeSet.check(files: files, configuration: configuration) { entry in
                formatter(entry.diagnostics, entry.source)
            } each: { piece in
                writeNotFollowed(before: files[index])
                stream.write(piece)
                index += 1
            }
        } catch {
            // The files before it were reported; the document written stays whole.
            stream.finish(files: index) { _ in "" }
            throw CommandFailure.failed(error)
        }
        writeNotFollowed(before: nil)
        stream.finish(files: files.count) { tally in
            FindingsSummary(tally: tally, files: files.count, configuration: configuration).text(in: RunLanguage.current)
        }
        let summary = stream.tally.summary(files: files.count)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
