import ArgumentParser
import PublishRules
import PublishSite

/// `--config`, shared by every command that reads the site's configuration.
struct ConfigOption: ParsableArguments {
    @Option(help: "The configuration file (default: ./publish.yml when present).")
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
    @Option(help: "The folder of notices.")
    var content = "content"

    @Option(help: "The templates folder (default: ./Templates when present, else the built-in templates).")
    var templates: String?

    @OptionGroup var configuration: ConfigOption

    var config: String? { configuration.config }
}
