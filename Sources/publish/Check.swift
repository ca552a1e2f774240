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
        let listing: ContentListing
        do {
            configuration = try ConfigurationLoader.load(path: configOption.config)
            // The policy `build` and `serve` apply; drafts are checked like any notice.
            listing = try ContentPolicy(configuration: configuration, drafts: .published).list(paths.isEmpty ? ["content"] : paths)
        } catch let error as ConfigurationError {
            throw CommandFailure.io(error.description)
        } catch let error as ContentFiles.Error {
            throw CommandFailure.io(error.description)
        }
        // Findings are reported in path order, each file's as soon as it and those before it are
        // checked; links that were not followed (`parse/symlink`) take their place among them.
        let files = listing.files.sorted()
        var notFollowed = listing.findings.sorted()[...]
        let stream = FindingsStream(format: format)
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
            throw CommandFailure.io(error.description)
        }
        writeNotFollowed(before: nil)
        stream.finish(files: files.count) { tally in
            FindingsSummary(tally: tally, files: files.count, configuration: configuration).text
        }
        let summary = stream.tally.summary(files: files.count)
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
