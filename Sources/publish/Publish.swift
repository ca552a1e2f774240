import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

@main
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish notices on inspection rectification (巡视/巡察整改进展情况的通报).",
        discussion: "Exit codes: 0 success, 1 content problems, 2 usage, I/O or configuration errors.",
        version: PublishVersion.current,
        subcommands: [Build.self, Check.self, Render.self, New.self, Import.self, Fmt.self, Serve.self, Rules.self]
    )

    /// Like ArgumentParser's own entry point, except that usage errors exit with 2, as documented.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
