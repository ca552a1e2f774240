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

    /// Lets everyone read `root` and everything under it (folders also searchable), as a umask of
    /// 022 would have made them: under a umask of 077 the files a test made are its own only, and
    /// `nobody` would fail on the first one it reads instead of on the one the test made unreadable.
    /// Symbolic links are left alone.
    static func shareForReading(_ root: URL) {
        func share(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                chmod(path, (info.st_mode & 0o7777) | 0o055)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    share((path as NSString).appendingPathComponent(name))
                }
            case S_IFREG:
                chmod(path, (info.st_mode & 0o7777) | 0o044)
            default:
                break
            }
        }
        share(root.path)
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
