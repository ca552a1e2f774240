import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old contents or the new, never a half-written file:
/// the bytes go to a temporary file beside the target, are flushed to disk, and the temporary file
/// then takes the target's name in one step.
///
/// `fmt` rewrites notices in place and `import` and `new` create them; a full disk or a killed
/// process must not leave a notice cut in half (which `build` would then publish). Creating never
/// replaces a file that appeared meanwhile (`link(2)` fails instead), and replacing keeps the
/// file's permissions and writes through a symbolic link to the file it names.
public enum AtomicFileWriter {
    public enum Mode: Sendable {
        /// The target must not exist yet; folders above it are created.
        case create
        /// The target is created or replaced.
        case replace
    }

    /// The file could not be written; nothing was changed.
    public struct Error: MessageError, Equatable {
        public var path: String
        public var reason: Message
        /// The target exists and `create` was asked for.
        public var exists: Bool

        /// `path: reason`.
        public var message: Message { Message("io.path-reason", path, reason) }

        public func text(in language: Language) -> String { message.text(in: language) }
    }

    public static func write(_ bytes: [UInt8], to path: String, mode: Mode) throws(Error) {
        let fileManager = FileManager.default
        // Write through a symbolic link: replacing the link by a file would cut the file loose.
        let target = mode == .replace ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        let folder = (target as NSString).deletingLastPathComponent
        if mode == .create {
            if fileManager.fileExists(atPath: target)
                || (try? fileManager.destinationOfSymbolicLink(atPath: target)) != nil
            {
                throw Error(path: path, reason: Message("write.exists"), exists: true)
            }
            if !folder.isEmpty {
                do {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw Error(path: path, reason: Message("write.folder", reason(error)), exists: false)
                }
            }
        }
        var existingMode: mode_t?
        var status = stat()
        if mode == .replace, stat(target, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFREG else {
                throw Error(path: path, reason: Message("write.not-regular"), exists: true)
            }
            existingMode = status.st_mode & 0o7777
        }

        let name = (target as NSString).lastPathComponent
        let temporary =
            (folder.isEmpty ? "" : folder + "/")
            + ".\(name).publish-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else {
            throw Error(
                path: path,
                reason: Message("write.temporary", folder.isEmpty ? "." : folder, String(cString: strerror(errno))),
                exists: false)
        }
        var failure: Message?
        if let existingMode, fchmod(descriptor, existingMode) != 0 { failure = Message("write.permissions") }
        var offset = 0
        while failure == nil, offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress!, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = Message("reason.system", String(cString: strerror(errno)))
            } else {
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Message("reason.system", String(cString: strerror(errno))) }
        if close(descriptor) != 0, failure == nil { failure = Message("reason.system", String(cString: strerror(errno))) }
        if let failure {
            unlink(temporary)
            throw Error(path: path, reason: Message("write.failed", failure), exists: false)
        }

        switch mode {
        case .replace:
            if rename(temporary, target) != 0 {
                let message = String(cString: strerror(errno))
                unlink(temporary)
                throw Error(path: path, reason: Message("write.replace", message), exists: false)
            }
        case .create:
            // link(2) refuses an existing name, so a file created since the check above survives.
            if link(temporary, target) != 0 {
                let code = errno
                unlink(temporary)
                if code == EEXIST { throw Error(path: path, reason: Message("write.exists"), exists: true) }
                throw Error(path: path, reason: Message("write.create", String(cString: strerror(code))), exists: false)
            }
            unlink(temporary)
        }
    }

    private static func reason(_ error: Swift.Error) -> String { (error as NSError).localizedDescription }
}

/// `write(2)`, named apart from `AtomicFileWriter.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
