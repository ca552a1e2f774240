import Foundation
import Testing

/// Runs the real binary as `nobody` when the tests run as root: root reads and writes any file, so
/// a test of an unreadable file or a read-only folder needs another user.
///
/// `nobody` may reach nothing of the checkout (a clone in a mode-0700 folder such as `mktemp -d`,
/// or under /root), so everything the process reads is copied into a folder of the test's own
/// first: the binary, and under AddressSanitizer the suppressions file that `ASAN_OPTIONS` names
/// (the sanitizer stops the process when it cannot read it).
struct UnprivilegedRun {
    /// `setpriv` (util-linux), which switches user without asking for a password.
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    var executable: URL
    var arguments: [String]
    var environment: [String: String]

    /// `publish arguments…` as `nobody` when the tests run as root, with the copies in `folder`
    /// (made readable and searchable by everyone); as the current user otherwise.
    init(_ arguments: [String], copiesIn folder: URL, environment: [String: String]) throws {
        self.environment = environment
        guard getuid() == 0 else {
            executable = PublishBinary.url
            self.arguments = arguments
            return
        }
        let setpriv = try #require(Self.setpriv, "running as root without setpriv (util-linux): cannot run as nobody")
        let binary = folder.appendingPathComponent("publish")
        try FileManager.default.copyItem(at: PublishBinary.url, to: binary)
        chmod(binary.path, 0o755)
        chmod(folder.path, 0o755)
        if let options = environment["ASAN_OPTIONS"] {
            self.environment["ASAN_OPTIONS"] = try Self.readableSanitizerOptions(options, copiesIn: folder)
        }
        executable = URL(fileURLWithPath: setpriv)
        self.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
    }

    /// `ASAN_OPTIONS` with its `suppressions=` file replaced by a copy in `folder` that anyone can
    /// read.
    static func readableSanitizerOptions(_ options: String, copiesIn folder: URL) throws -> String {
        var parts = options.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        for (index, part) in parts.enumerated() where part.hasPrefix("suppressions=") {
            let original = URL(fileURLWithPath: String(part.dropFirst("suppressions=".count)))
            let copy = folder.appendingPathComponent("asan-suppressions.txt")
            try FileManager.default.copyItem(at: original, to: copy)
            chmod(copy.path, 0o644)
            parts[index] = "suppressions=" + copy.path
        }
        return parts.joined(separator: ":")
    }
}
