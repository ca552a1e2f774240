import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish serve`: a local preview with rebuild on change and live reload.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilding and reloading the page when a file changes.",
        discussion: """
            Builds the site like `publish build --drafts` into a private temporary folder and serves it on \
            127.0.0.1 only. Changes to the content, the templates or publish.yml rebuild it, and the open \
            page reloads by itself; while a build fails, every page shows its errors. Ctrl-C stops the \
            server and removes the temporary folder. Exit 2: the port cannot be used.
            """)

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let shutdown = ShutdownSignal()
        let options = PreviewSession.Options(
            content: project.content, templates: project.templates, config: project.config, port: port,
            projectRoot: FileManager.default.currentDirectoryPath)
        let session: PreviewSession
        do {
            session = try PreviewSession(options: options)
        } catch {
            throw CommandFailure.failed(error)
        }
        defer { session.stop() }
        do {
            let url = try session.start()
            FileHandle.standardOutput.write(Data("Serving \(url) (Ctrl-C to stop)\n".utf8))
        } catch {
            throw CommandFailure.failed(error)
        }
        shutdown.wait()
        FileHandle.standardError.write(Data("stopping\n".utf8))
    }
}
