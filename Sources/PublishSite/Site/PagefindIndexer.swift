import Foundation
import PublishCore

/// Runs Pagefind (the build with Chinese word segmentation, `pagefind_extended` from the PyPI
/// package `pagefind-bin-extended`) over a finished site folder, writing its index to
/// `<site>/pagefind/`. Only the notice pages are indexed (`data-pagefind-body`), with their
/// issuer, date and disclosure status as metadata (`data-pagefind-meta`).
///
/// The binary is, in this order: the file `PUBLISH_PAGEFIND` names; `pagefind_extended` on the
/// `PATH`; the one inside the Python package (`python3 -c 'import pagefind_bin_extended …'`).
package struct PagefindIndexer: Sendable {
    package var executable: String

    /// What went wrong, in a sentence for the terminal.
    package struct Failure: MessageError {
        package var message: Message

        package func text(in language: Language) -> String { message.text(in: language) }
    }

    /// Finds the binary, or says that it is missing and how to install it.
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> PagefindIndexer {
        if let named = environment["PUBLISH_PAGEFIND"], !named.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: named) else {
                throw Failure(message: Message("search.not-executable", named))
            }
            return PagefindIndexer(executable: named)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/pagefind_extended"
            if FileManager.default.isExecutableFile(atPath: candidate) { return PagefindIndexer(executable: candidate) }
        }
        let script = "import pagefind_bin_extended as p; print(p.get_executable())"
        if let result = try? run("/usr/bin/env", ["python3", "-c", script], environment: environment), result.status == 0 {
            let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            if FileManager.default.isExecutableFile(atPath: path) { return PagefindIndexer(executable: path) }
        }
        throw Failure(message: Message("search.missing", Message("search.install-hint")))
    }

    /// Indexes `site` in place. The index is written into the site folder only.
    package func index(site: String) throws(Failure) {
        let arguments = ["--site", site, "--output-subdir", "pagefind", "--keep-index-url", "--quiet"]
        let result: (status: Int32, output: String)
        do {
            result = try Self.run(executable, arguments, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw Failure(message: Message("search.not-started", executable, Message("reason.system", String(describing: error))))
        }
        guard result.status == 0 else {
            let output = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(
                message: output.isEmpty
                    ? Message("search.failed", Int(result.status)) : Message("search.failed-with-output", Int(result.status), output))
        }
        guard FileManager.default.fileExists(atPath: (site as NSString).appendingPathComponent("pagefind/pagefind.js")) else {
            throw Failure(message: Message("search.no-output"))
        }
    }

    /// Runs a program to its end; its standard output and error together.
    private static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
