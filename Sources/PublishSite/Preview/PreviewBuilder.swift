import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Builds the site for the preview with `SiteBuilder`, as `publish build --drafts` would, into a
/// folder of the session's private workspace, and says on standard error what came of it.
///
/// Each attempt writes a folder of its own (`site-1`, `site-2`, …): the site being served is
/// never the one being written, and a failed attempt leaves no folder at all. `publish.yml` is
/// read again for every attempt, since editing it is one of the changes that start one.
package struct PreviewBuilder: Sendable {
    /// The private folder the sites are written into.
    var workspace: String
    var content: String
    /// Nil: `./Templates` when it exists, else the built-in templates (decided at every build).
    var templates: String?
    /// Nil: `./publish.yml` when it exists.
    var config: String?
    var projectRoot: String
    var language: Language

    /// Builds attempt `number`; the id of the result is `"\(session)-\(number)"`.
    func build(number: Int, session: String) -> PreviewBuild {
        let id = "\(session)-\(number)"
        let configuration: PublishConfiguration
        do {
            configuration = try ConfigurationLoader.load(path: config)
        } catch {
            report(error.errorLine(in: language))
            return PreviewBuild(id: id, outcome: .failed(BuildFailure(error, language: language)))
        }
        let output = (workspace as NSString).appendingPathComponent("site-\(number)")
        let options = SiteOptions(
            content: content, output: output, templates: templates,
            now: CalendarDate.today(in: configuration.timeZone), includeDrafts: true, configuration: configuration,
            projectRoot: projectRoot)
        do {
            let site = try SiteBuilder(options: options).build()
            DiagnosticPrinter.standardError(language).print(site.contentFindings, sources: [])
            let built = site.drafts > 0 ? "preview.built-with-drafts" : "preview.built"
            report(Message(built, site.notices, site.files).text(in: language))
            return PreviewBuild(id: id, outcome: .site(folder: output))
        } catch {
            PreviewBuilder.removeSite(output)
            if case .content(let diagnostics, let sources, _) = error {
                DiagnosticPrinter.standardError(language).print(diagnostics.filter { $0.severity == .error }, sources: sources)
            }
            report(MessageLine.error(Message("preview.build-failed", error.message), file: nil, in: language))
            return PreviewBuild(id: id, outcome: .failed(BuildFailure(error, language: language)))
        }
    }

    /// Removes a site folder of the workspace and the lock file the build left beside it.
    static func removeSite(_ folder: String) {
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(".\(name).lock"))
    }

    private func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
