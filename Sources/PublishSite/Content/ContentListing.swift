import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The notices `ContentPolicy` found, and what it found about the folder itself.
public struct ContentListing: Sendable {
    /// The notice files, as paths under the folders named (or as named).
    public var files: [String]
    /// One `parse/symlink` finding per link not followed, at the site's severity (none for `off`).
    public var findings: [Diagnostic]

    /// Whether the folder itself stops the run: a finding configured as an error. Nothing is
    /// built then, and `check` fails.
    public var refusesTheRun: Bool {
        findings.contains { $0.severity == .error }
    }
}
