import Foundation
import Testing

/// `UnprivilegedRun` hands `nobody` copies it can read, even from a checkout in a mode-0700 folder
/// (as `git clone` into `mktemp -d` makes it).
@Suite struct UnprivilegedRunTests {
    @Test func theSanitizerSuppressionsFileIsCopiedWhereNobodyCanReadIt() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publish-unprivileged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let privateFolder = scratch.appendingPathComponent("private")
        let copies = scratch.appendingPathComponent("copies")
        try FileManager.default.createDirectory(at: privateFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        let suppressions = privateFolder.appendingPathComponent("asan-suppressions.txt")
        try Data("interceptor_via_fun:example\n".utf8).write(to: suppressions)
        chmod(privateFolder.path, 0o700)
        chmod(scratch.path, 0o755)  // whatever the umask: only `private` is out of reach

        let options = "detect_leaks=0:suppressions=\(suppressions.path):abort_on_error=1"
        let run = try UnprivilegedRun(["check"], copiesIn: copies, environment: ["ASAN_OPTIONS": options])
        guard getuid() == 0 else {
            // Not root: the binary runs as this user, who can read the original.
            #expect(run.environment["ASAN_OPTIONS"] == options)
            return
        }
        let rewritten = try #require(run.environment["ASAN_OPTIONS"])
        let copy = copies.appendingPathComponent("asan-suppressions.txt")
        #expect(rewritten == "detect_leaks=0:suppressions=\(copy.path):abort_on_error=1")
        #expect(run.arguments.prefix(3) == ["--reuid=65534", "--regid=65534", "--clear-groups"])
        #expect(run.arguments.suffix(2) == [copies.appendingPathComponent("publish").path, "check"])

        // As `nobody`: the original cannot be read, the copy can.
        for (file, readable) in [(suppressions, false), (copy, true)] {
            let process = Process()
            process.executableURL = run.executable
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/cat", file.path]
            process.standardOutput = Pipe()
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect((process.terminationStatus == 0) == readable, "\(file.path)")
        }
    }
}
