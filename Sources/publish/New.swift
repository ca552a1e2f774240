import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish new SLUG`: a skeleton notice with every required part, today's date and placeholders.
struct New: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: RunLanguage.say("help.new.abstract"),
            discussion: RunLanguage.say("help.new.discussion"))
    }

    @OptionGroup var languageOption: LanguageOption

    @Argument(help: localizedHelp("help.new.slug"))
    var slug: String

    @Option(help: localizedHelp("help.new.issuer"))
    var issuer: String?

    @Option(help: localizedHelp("help.new.title"))
    var title: String?

    @Option(help: localizedHelp("help.new.content"))
    var content: String = "content"

    func validate() throws {
        guard Slug(slug) != nil else {
            throw ValidationError(
                RunLanguage.say("usage.new-no-slug", slug))
        }
        for (name, value) in [("--issuer", issuer), ("--title", title)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty || value.contains(where: \.isNewline) {
                throw ValidationError(RunLanguage.say("usage.one-line", name))
            }
        }
    }

    func run() throws {
        let skeleton = NoticeSkeleton(title: title, issuer: issuer, date: CalendarDate.today())
        let path = (content as NSString).appendingPathComponent(slug + ".md")
        do {
            try AtomicFileWriter.write(Array(skeleton.markdown.utf8), to: path, mode: .create)
        } catch {
            throw error.exists ? CommandFailure.io(Message("new.exists", path)) : CommandFailure.failed(error)
        }
        FileHandle.standardError.write(Data((RunLanguage.say("new.wrote", path) + "\n").utf8))
    }
}
