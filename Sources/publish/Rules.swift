import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish rules`: every rule id with its severity, what it catches and an example.
struct Rules: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: RunLanguage.say("help.rules.abstract"))
    }

    @OptionGroup var languageOption: LanguageOption

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Option(help: localizedHelp("help.rules.format"))
    var format: Format = .text

    func run() {
        let output = switch format {
        case .markdown: RuleTable.markdown(language: RunLanguage.current)
        case .text: RuleTable.text(language: RunLanguage.current)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
