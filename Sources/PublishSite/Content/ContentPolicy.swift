import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// What under the content folder is a notice, decided in one place for `publish build`,
/// `publish serve` and `publish check`, so the three never disagree about what is published:
///
/// - **Notices** are the `*.md` files under the folders named (hidden files and folders are
///   skipped), and any file named on the command line (`ContentFiles`).
/// - **Symbolic links** under a folder are never followed. Each one that could hide a notice is a
///   `parse/symlink` finding at the site's severity (`publish.yml` `rules:`): a warning by default,
///   `error` refuses the whole build or check, `off` silences it.
/// - **Drafts** (`draft: true`) are always checked; they are published only when asked for
///   (`build --drafts`; the local preview of `serve` always shows them).
public struct ContentPolicy: Sendable {
    /// Whether notices marked `draft: true` are published.
    public enum Drafts: Sendable {
        case leftOut
        case published
    }

    public var configuration: PublishConfiguration
    public var drafts: Drafts

    public init(configuration: PublishConfiguration, drafts: Drafts = .leftOut) {
        self.configuration = configuration
        self.drafts = drafts
    }

    /// The notice files under `paths`, in a stable order, and the links not followed with the
    /// site's severities. Throws when a path does not exist or a folder cannot be read.
    public func list(_ paths: [String]) throws(ContentFiles.Error) -> ContentListing {
        let found = try ContentFiles.list(paths)
        let findings = found.skipped.compactMap { diagnostic -> Diagnostic? in
            guard let severity = configuration.severity(of: diagnostic.rule, default: diagnostic.severity) else {
                return nil
            }
            var adjusted = diagnostic
            adjusted.severity = severity
            return adjusted
        }
        return ContentListing(files: found.files, findings: findings)
    }

    /// Whether a notice is published: every notice but a draft that was not asked for.
    public func publishes(draft: Bool) -> Bool {
        !draft || drafts == .published
    }
}
