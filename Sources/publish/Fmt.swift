import ArgumentParser
import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering
import PublishSite

/// `publish fmt [PATH…]`: punctuation width and numbering marks normalised in place.
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Normalise punctuation width and numbering marks in notices, in place.",
        discussion: """
            Fixes what typography/half-width-punctuation and the numbering style rules report \
            (the site's severities and suppression comments apply): half-width , ; : ? ! ( ) in \
            Chinese text, (一) and （一）、, look-alike ordinals, full-width digits and stops. \
            Times, phone numbers, e-mail addresses, URLs, numbers, dates, code, link destinations, \
            HTML and front matter (except the text of title and issuer) are never touched. Files \
            are rewritten atomically. Exit codes: 0 done (or, with --check, nothing to change), \
            1 with --check: some file would change, or a file is not UTF-8 and was left alone; \
            2 usage or I/O errors.
            """)

    @Argument(help: "Markdown files or folders (default: content/).")
    var paths: [String] = []

    @Flag(help: "Change nothing: list the files that would change, and exit 1 if there are any.")
    var check = false

    @Flag(help: "Also write 1、 as 1. (numbering/dunhao-after-arabic).")
    var arabicPeriod = false

    @OptionGroup var configOption: ConfigOption

    func run() throws {
        let configuration: PublishConfiguration
        let files: [String]
        do {
            configuration = try ConfigurationLoader.load(path: configOption.config)
            files = try ContentPolicy(configuration: configuration).list(paths.isEmpty ? ["content"] : paths).files
        } catch let error as ConfigurationError {
            throw CommandFailure.failed(error)
        } catch let error as ContentFiles.Error {
            throw CommandFailure.failed(error)
        }
        let formatter = NoticeFormatter(configuration: configuration, arabicPeriod: arabicPeriod)
        var changed = 0
        var refused = 0
        var unreadable: [String] = []
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: file)
            else {
                FileHandle.standardError.write(Data("error: \(file): cannot be read as a file\n".utf8))
                unreadable.append(file)
                continue
            }
            let bytes = [UInt8](data)
            let result = formatter.format(bytes: bytes, path: file)
            if !result.refusal.isEmpty {
                DiagnosticPrinter.standardError(RunLanguage.current).print(result.refusal, sources: [SourceText(bytes: bytes, path: file)])
                FileHandle.standardError.write(Data("\(file): not formatted\n".utf8))
                refused += 1
                continue
            }
            if !result.remaining.isEmpty {
                // Findings fmt would fix but whose place it could not trust: the author fixes these.
                let source = SourceText(bytes: result.bytes, path: file)
                DiagnosticPrinter.standardError(RunLanguage.current).print(result.remaining, sources: [source])
            }
            guard result.changed else { continue }
            changed += 1
            let count = result.edits.count
            if check {
                FileHandle.standardOutput.write(Data("\(file)\n".utf8))
                continue
            }
            do {
                try AtomicFileWriter.write(result.bytes, to: file, mode: .replace)
            } catch {
                throw CommandFailure.failed(error)
            }
            FileHandle.standardError.write(Data("formatted \(file) (\(count) change\(count == 1 ? "" : "s"))\n".utf8))
        }
        let summary = RunLanguage.say(check ? "fmt.would-change" : "fmt.changed", changed, files.count)
        FileHandle.standardError.write(Data("\(summary)\n".utf8))
        if !unreadable.isEmpty {
            throw CommandFailure.io(Message("fmt.unreadable", unreadable.count, files.count))
        }
        if refused > 0 || (check && changed > 0) { throw ExitCode(1) }
    }
}
