import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish build`: the public site.
struct Build: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.build.abstract"),
            discussion: RunLanguage.say("help.build.discussion"))
    }

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var project: ProjectOptions

    @Option(help: localizedHelp("help.build.output"))
    var output = "site"

    @Option(help: localizedHelp("help.build.baseURL"))
    var baseURL: String?

    @Option(help: localizedHelp("help.build.now"))
    var now: String?

    @Flag(help: localizedHelp("help.build.drafts"))
    var drafts = false

    @Flag(help: localizedHelp("help.build.noCache"))
    var noCache = false

    @Flag(help: .hidden)
    var serial = false

    func validate() throws {
        if let now, CalendarDate(iso: now)?.isValid != true {
            throw ValidationError(RunLanguage.say("usage.now", now))
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError(RunLanguage.say("usage.base-url"))
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
            let printer = DiagnosticPrinter.standardError(RunLanguage.current)
            let report = try SiteBuilder(options: options).build { diagnostics, source in
                printer.print(diagnostics, sources: [source])
            }
            // Links under the content folder that were not followed (`parse/symlink`), in full.
            DiagnosticPrinter.standardError(RunLanguage.current).print(report.contentFindings, sources: [])
            // The build's job is the site; `publish check` shows the warnings in full.
            let warnings = report.warnings
            if warnings > 0 {
                FileHandle.standardError.write(Data((RunLanguage.say("build.warnings", warnings) + "\n").utf8))
            }
            for remark in report.remarks {
                FileHandle.standardError.write(Data((RunLanguage.say("printer.labelled", Message("severity.note"), remark) + "\n").utf8))
            }
            let built =
                report.drafts > 0
                ? RunLanguage.say("build.built-without-drafts", output, report.notices, report.drafts, report.files)
                : RunLanguage.say("build.built", output, report.notices, report.files)
            FileHandle.standardError.write(Data("\(built)\n".utf8))
        } catch {
            switch error {
            case .content(let diagnostics, let sources, _):
                DiagnosticPrinter.standardError(RunLanguage.current).print(diagnostics, sources: sources)
                FileHandle.standardError.write(Data((MessageLine.error(error.message, file: nil, in: RunLanguage.current) + "\n").utf8))
                throw ExitCode(1)
            case .template, .io:
                throw CommandFailure.failed(error)
            }
        }
    }
}
