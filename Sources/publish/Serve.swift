import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish serve`: a local preview with rebuild on change and live reload.
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.serve.abstract"),
            discussion: RunLanguage.say("help.serve.discussion"))
    }

    @OptionGroup var languageOption: LanguageOption

    @Option(help: localizedHelp("help.serve.port"))
    var port: UInt16 = 8000

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let shutdown = ShutdownSignal()
        let options = PreviewSession.Options(
            content: project.content, templates: project.templates, config: project.config, port: port,
            projectRoot: FileManager.default.currentDirectoryPath, language: RunLanguage.current)
        let session: PreviewSession
        do {
            session = try PreviewSession(options: options)
        } catch {
            throw CommandFailure.failed(error)
        }
        defer { session.stop() }
        do {
            let url = try session.start()
            FileHandle.standardOutput.write(Data((RunLanguage.say("serve.serving", url.description) + "\n").utf8))
        } catch {
            throw CommandFailure.failed(error)
        }
        shutdown.wait()
        FileHandle.standardError.write(Data((RunLanguage.say("serve.stopping") + "\n").utf8))
    }
}
