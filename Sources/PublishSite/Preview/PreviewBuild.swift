import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// One attempt at building the site for the preview: its id and what it gave.
///
/// Every attempt gets a new id, failed ones too, so an open page reloads whenever what it would
/// show has changed: the site after an edit, the error page after a break, the site after a fix.
package struct PreviewBuild: Sendable, Equatable {
    enum Outcome: Sendable, Equatable {
        /// The site, in this folder.
        case site(folder: String)
        case failed(BuildFailure)
    }

    /// ASCII letters, digits and `-` (it is written into the pages' script).
    var id: String
    var outcome: Outcome
}
