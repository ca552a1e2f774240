import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

@main
struct Publish: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "publish",
            abstract: RunLanguage.say("help.publish.abstract"),
            discussion: RunLanguage.say("help.publish.discussion"),
            version: PublishVersion.current,
            subcommands: [Build.self, Check.self, Render.self, New.self, Import.self, Fmt.self, Serve.self, Rules.self]
        )
    }

    @OptionGroup var languageOption: LanguageOption

    /// Like ArgumentParser's own entry point, except that usage errors exit with 2, as documented.
    static func main() {
        AllocatorSettings.apply()
        if let rejected = RunLanguage.choice.rejected, rejected.source != "--lang" {
            let warning = RunLanguage.say(
                "printer.labelled", Message("severity.warning"), Message("usage.bad-language-variable", rejected.source, rejected.value))
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data((failure.errorLine(in: RunLanguage.current) + "\n").utf8))
            Foundation.exit(2)
        } catch {
            // Help, version and usage errors come from ArgumentParser; their fixed words are told in
            // the run's language (`ParserText`).
            let code = exitCode(for: error)
            let text = ParserText.translate(fullMessage(for: error), to: RunLanguage.current)
            if code == .success {
                if !text.isEmpty { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
                Foundation.exit(0)
            }
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            // Usage errors exit with 2, as documented.
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
