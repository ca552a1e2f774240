import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish new SLUG`: a skeleton notice with every required part, today's date and placeholders.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a skeleton notice to content/SLUG.md, with placeholders for what to write.",
        discussion: """
            The skeleton has front matter (date: today in Asia/Shanghai), the opening, the four \
            required parts and the closing; every 【待填写：……】 placeholder is an error for \
            `publish check` until it is filled in. An existing file is never overwritten (exit 2).
            """)

    @Argument(help: "The notice's slug: ASCII letters, digits, '-', '_', '.', and '/' between parts.")
    var slug: String

    @Option(help: "The issuing body (发文机关), for the front matter.")
    var issuer: String?

    @Option(help: "The title, for the front matter.")
    var title: String?

    @Option(help: "The content folder.")
    var content: String = "content"

    func validate() throws {
        guard Slug(slug) != nil else {
            throw ValidationError(
                "`\(slug)` is no slug: use ASCII letters, digits, '-', '_', '.', and '/' between parts")
        }
        for (name, value) in [("--issuer", issuer), ("--title", title)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty || value.contains(where: \.isNewline) {
                throw ValidationError("\(name) must be one line of text")
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
