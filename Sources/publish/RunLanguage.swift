import ArgumentParser
import Foundation
import PublishCore
import PublishSite

/// The language of this run, chosen before the command line is parsed (the help is written in it):
/// `--lang`, then `language:` in publish.yml (or the file `--config` names), then `PUBLISH_LANG`,
/// then the locale.
enum RunLanguage {
    static let choice: LanguageChoice = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        return LanguageChoice.resolve(
            flag: value(of: "--lang", in: arguments),
            configured: ConfigurationLoader.language(path: value(of: "--config", in: arguments)),
            environment: environment)
    }()

    static var current: Language { choice.language }

    /// The value after `name` (`--lang zh` or `--lang=zh`), up to a `--`.
    static func value(of name: String, in arguments: [String]) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == name, index + 1 < arguments.endIndex {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(name + "=") {
                found = String(argument.dropFirst(name.count + 1))
            }
            index += 1
        }
        return found
    }

    /// The text of `id` in the run's language.
    static func say(_ id: String, _ arguments: MessageArgumentConvertible...) -> String {
        Message(id: id, arguments: arguments.map(\.messageArgument)).text(in: current)
    }
}

/// `--lang`, accepted by every command (the run's language is read before parsing; this makes the
/// option known to the parser and its help).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(RunLanguage.say("help.option.lang"), valueName: "zh|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language.named(lang) == nil {
            throw ValidationError(RunLanguage.say("usage.bad-lang", lang))
        }
    }
}

/// The help of an option or argument, in the run's language.
func localizedHelp(_ id: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(RunLanguage.say(id), valueName: valueName)
}
