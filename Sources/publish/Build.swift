import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish build`: the public site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every notice and build the public site (HTML, plain text, JSON, feed, sitemap).",
        discussion: """
            With any error in the content nothing is written and the exit code is 1. The site is built \
            in a staging folder beside the output and swapped in at the end, so a failed or interrupted \
            build leaves the previous site as it was. Exit 2: usage, I/O, configuration or template errors.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(help: "The folder to write the site into (replaced as a whole).")
    var output = "site"

    @Option(help: "The site's absolute URL, for the feed and sitemap (default: baseURL in publish.yml).")
    var baseURL: String?

    @Option(help: "The day disclosure statuses are computed for, YYYY-MM-DD (default: today in the site's time zone).")
    var now: String?

    @Flag(help: "Include notices marked `draft: true`.")
    var drafts = false

    @Flag(help: "Do not reuse unchanged notices of the previous build (.<output>.cache beside the output).")
    var noCache = false

    @Flag(help: .hidden)
    var serial = false

    func validate() throws {
        if let now, CalendarDate(iso: now)?.isValid != true {
            throw ValidationError("--now must be a date written YYYY-MM-DD, not `\(now)`")
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL")
        }
    }

    func run() throws {
        let configuration = try project.configuration.load()
        // Over a file size limit (`ulimit -f`) a write then fails with an error the build reports,
        // instead of the signal killing the build half-way.
        signal(SIGXFSZ, SIG_IGN)
        let today = now.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today(in: configuration.timeZone)
        let options = SiteOptions(
            content: project.content, output: output, templates: project.templates, baseURL: baseURL, now: today,
            includeDrafts: drafts, configuration: configuration,
            projectRoot: FileManager.default.currentDirectoryPath, useCache: !noCache, parallel: !serial)
        do {
            // Each failed notice's findings as soon as it and those before it are done, not kept.
            let printer = DiagnosticPrinter.standardError
            let report = try SiteBuilder(options: options).build { diagnostics, source in
                printer.print(diagnostics, sources: [source])
            }
            // Links under the content folder that were not followed (`parse/symlink`), in full.
            DiagnosticPrinter.standardError.print(report.contentFindings, sources: [])
            // The build's job is the site; `publish check` shows the warnings in full.
            let warnings = report.warnings
            if warnings > 0 {
                let count = Plural.count(warnings, "warning")
                FileHandle.standardError.write(Data("warning: \(count) in the content; `publish check` lists \(warnings == 1 ? "it" : "them")\n".utf8))
            }
            for remark in report.remarks { FileHandle.standardError.write(Data("note: \(remark)\n".utf8)) }
            let drafts = report.drafts > 0 ? " (\(Plural.count(report.drafts, "draft")) left out)" : ""
            let built = "built \(output)/: \(Plural.count(report.notices, "notice"))\(drafts), \(Plural.count(report.files, "file"))"
            FileHandle.standardError.write(Data("\(built)\n".utf8))
        } catch {
            switch error {
            case .content(let diagnostics, let sources, _):
                DiagnosticPrinter.standardError.print(diagnostics, sources: sources)
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitCode(1)
            case .template, .io:
                throw CommandFailure.io(error.description)
            }
        }
    }
}
