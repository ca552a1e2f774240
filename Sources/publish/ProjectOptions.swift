import ArgumentParser
import PublishRules
import PublishSite

/// `--config`, shared by every command that reads the site's configuration.
struct ConfigOption: ParsableArguments {
    @Option(help: localizedHelp("help.projectoptions.config"))
    var config: String?

    /// The configuration the run uses; an unreadable or invalid file stops it (exit 2).
    func load() throws -> PublishConfiguration {
        do {
            return try ConfigurationLoader.load(path: config)
        } catch {
            throw CommandFailure.failed(error)
        }
    }
}

/// `--content`, `--templates` and `--config`: where a project keeps its notices, templates and
/// configuration, for the commands that build its site.
struct ProjectOptions: ParsableArguments {
    @Option(help: localizedHelp("help.projectoptions.content"))
    var content = "content"

    @Option(help: localizedHelp("help.projectoptions.templates"))
    var templates: String?

    @OptionGroup var configuration: ConfigOption

    var config: String? { configuration.config }
}
