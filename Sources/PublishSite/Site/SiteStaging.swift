import Foundation
import Synchronization
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Writes a site into a staging folder beside the output and brings it in at the end, so a failed
/// or killed build leaves the previous site as it was. One build at a time per output folder: a
/// lock file beside it serialises them.
///
/// Two ways of bringing it in (`Mode`): a whole new site is swapped with the old one; a rebuild
/// that reuses files of the output (the rebuild cache) stages only what changed and patches the
/// output in place (`SitePatch`), keeping the files it reuses where they are.
package final class SiteStaging: @unchecked Sendable {
    package enum Mode: Sendable {
        /// The staging folder holds the whole site and replaces the output.
        case replace
        /// The staging folder holds what changed; the files `keep` names stay in the output.
        case patch
    }

    let output: String
    let staging: String
    private(set) var mode: Mode = .replace
    /// Staging folders made lately: a notice's files come one after the other, so a few hundred
    /// do, and the set is emptied when it grows past `foldersRemembered` (a folder made again
    /// is one failed `mkdir` more; kept for the whole site, the set grew with every notice).
    private let foldersMade = Mutex<Set<String>>([])
    static let foldersRemembered = 256
    /// The paths (inside the site) written to the staging folder and those kept from the output
    /// (`Mode.patch` only).
    private let written = Mutex<[String]>([])
    private let kept = Mutex(SitePaths())
    private let parent: String
    private let name: String
    private var lockDescriptor: Int32 = -1

    struct Failure: MessageError {
        var message: Message

        func text(in language: Language) -> String { message.text(in: language) }
    }

    /// `patching`, asked once the lock is held, says whether a rebuild may patch the output; it
    /// does when there is one (a real folder, not a link).
    init(output: String, patching: () -> Bool = { false }) throws(Failure) {
        self.output = output
        self.parent = (output as NSString).deletingLastPathComponent
        self.name = (output as NSString).lastPathComponent
        self.staging = (parent as NSString).appendingPathComponent(".\(name).staging-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: Message("staging.create-folder", parent, SiteStaging.reason(error)))
        }
        try lock()
        var leftovers = leftovers()
        recoverInterruptedSwap(&leftovers)
        do {
            try recoverInterruptedPatches(leftovers)
        } catch {
            unlock()
            throw error
        }
        removeStale(leftovers)
        mode = patching() && DirectoryEntries.kind(of: output) == .folder ? .patch : .replace
        guard mkdir(staging, 0o755) == 0 else {
            let reason = String(cString: strerror(errno))
            unlock()
            throw Failure(message: Message("staging.write-beside", output, parent, reason))
        }
    }

    /// The system's words for a failed file operation (`No space left on device`, `Permission
    /// denied`), which say more than Foundation's generic message.
    static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if (error as NSError).domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32((error as NSError).code))) }
        return error.localizedDescription
    }

    deinit { unlock() }

    // MARK: - Writing

    /// The staging path of `relative` (a path inside the site, checked to stay inside it), with its
    /// folder made.
    func preparedPath(_ relative: String) throws(Failure) -> String {
        let parts = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw Failure(message: Message("staging.outside", relative))
        }
        // A patch moves what was written; a whole site is renamed in one piece and needs no list.
        if mode == .patch { written.withLock { $0.append(relative) } }
        let path: String
        let folder: String
        if !relative.hasSuffix("/"), !relative.contains("//"), let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) {
            // A plain `folder/file`: joined as `appendingPathComponent` would, without NSString.
            path = staging + "/" + relative
            folder = staging + "/" + relative[..<slash]
        } else {
            path = (staging as NSString).appendingPathComponent(relative)
            folder = (path as NSString).deletingLastPathComponent
        }
        // Each notice's four files share a folder: made once (FileManager's intermediate
        // folders cost a stat per level each time).
        guard !foldersMade.withLock({ $0.contains(folder) }) else { return path }
        // Usually the parent is there and one mkdir does; otherwise FileManager makes the
        // intermediate folders, or says why it cannot.
        if mkdir(folder, 0o755) != 0 {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: Message("staging.write", relative, SiteStaging.reason(error)))
            }
        }
        foldersMade.withLock { made in
            if made.count >= Self.foldersRemembered { made.removeAll() }
            made.insert(folder)
        }
        return path
    }

    /// Writes `data` at `relative` (a path inside the site, checked to stay inside it).
    func write(_ data: Data, to relative: String) throws(Failure) {
        let failure = data.withUnsafeBytes { buffer in Self.write(buffer, to: relative, in: self) }
        if let failure { throw failure }
    }

    /// Writes `bytes` at `relative` (a rendered page, written as the renderer made it).
    func write(_ bytes: [UInt8], to relative: String) throws(Failure) {
        let failure = bytes.withUnsafeBytes { buffer in Self.write(buffer, to: relative, in: self) }
        if let failure { throw failure }
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to relative: String, in staging: SiteStaging) -> Failure? {
        let path: String
        do {
            path = try staging.preparedPath(relative)
        } catch {
            return error
        }
        // POSIX calls, so that a full disk or a size limit is reported in the system's words.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        var failure = descriptor < 0 ? errno : 0
        if descriptor >= 0 {
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                offset += written
            }
            if close(descriptor) != 0 && failure == 0 { failure = errno }
        }
        if failure != 0 {
            return Failure(message: Message("staging.write", relative, String(cString: strerror(failure))))
        }
        return nil
    }

    func write(_ text: String, to relative: String) throws(Failure) {
        try write(Data(text.utf8), to: relative)
    }

    /// Keeps the output's file at `relative` in the new site as it is (`Mode.patch` only).
    func keep(_ relative: String) {
        kept.withLock { $0.insert(relative, kind: .kept) }
    }

    /// Keeps the output's files `names` in `folder` (inside the site) as they are (`Mode.patch` only).
    func keep(folder: String, names: [String]) {
        kept.withLock { $0.insert(folder: folder, names: names, kind: .kept) }
    }

    /// Makes the staged site the output; `finish` runs before the lock is released (the cache's
    /// manifest is written there, so no other build reads it half-way).
    func commit(then finish: () -> Void = {}) throws(Failure) {
        switch mode {
        case .replace: try swap()
        case .patch: try patch()
        }
        finish()
        unlock()
    }

    /// The old site is moved aside, the new one renamed into place, the old one removed.
    private func swap() throws(Failure) {
        let fileManager = FileManager.default
        let old = (parent as NSString).appendingPathComponent(".\(name).old-\(getpid())")
        do {
            if fileManager.fileExists(atPath: output) { try fileManager.moveItem(atPath: output, toPath: old) }
            try fileManager.moveItem(atPath: staging, toPath: output)
        } catch {
            if !fileManager.fileExists(atPath: output), fileManager.fileExists(atPath: old) {
                try? fileManager.moveItem(atPath: old, toPath: output)
            }
            discard()
            throw Failure(message: Message("staging.replace", output, SiteStaging.reason(error)))
        }
        TreeRemoval.remove(old)
    }

    /// What the new site does not have is removed from the output and the staged files are moved
    /// into it (`SitePatch`); the journal beside lets the next build finish a patch that was killed.
    /// An output a patch does not handle (see `SitePatch.removals`), or one with a folder this
    /// process may not write in, gets the whole site instead: the kept files are linked in beside
    /// the staged ones and the staging folder replaces the output.
    private func patch() throws(Failure) {
        let written = self.written.withLock { $0 }
        // Taken out of the lock, not copied.
        var paths = self.kept.withLock { kept in
            defer { kept = SitePaths() }
            return kept
        }
        for relative in written { paths.insert(relative, kind: .file) }
        guard let removals = SitePatch.removals(in: output, keeping: &paths),
              SitePatch.unwritableFolder(for: written, removing: removals, in: output) == nil
        else {
            do {
                for relative in paths.paths(.kept) { try link(output + "/" + relative, to: relative) }
            } catch {
                discard()
                throw error
            }
            try swap()
            return
        }
        let folder = (parent as NSString).appendingPathComponent(".\(name).patch-\(getpid())")
        do {
            try SitePatch.writeJournal(removals, for: folder)
        } catch {
            discard()
            throw Failure(message: Message("staging.write-beside", output, parent, error.reason))
        }
        guard rename(staging, folder) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(folder + ".json")
            discard()
            throw Failure(message: Message("staging.write-beside", output, parent, reason))
        }
        do {
            try SitePatch.apply(folder: folder, removals: removals, files: written, to: output)
        } catch {
            unlock()
            throw Failure(message: Message("staging.patch-interrupted", output, error.path, error.reason))
        }
        unlink(folder + ".json")
        TreeRemoval.remove(folder)
    }

    /// Removes the staging folder; the output is left as it was.
    func discard() {
        TreeRemoval.remove(staging)
        unlock()
    }

    // MARK: - Lock and leftovers

    private var lockPath: String { (parent as NSString).appendingPathComponent(".\(name).lock") }

    private func lock() throws(Failure) {
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(message: Message("staging.lock", lockPath, String(cString: strerror(errno))))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw Failure(message: Message("staging.busy", output))
        }
        lockDescriptor = descriptor
    }

    private func unlock() {
        guard lockDescriptor >= 0 else { return }
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
        lockDescriptor = -1
    }

    /// A build killed between its two renames leaves no output but the old site aside: put it back.
    private func recoverInterruptedSwap(_ leftovers: inout Leftovers) {
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: output), let newest = leftovers.olds.last else { return }
        if (try? fileManager.moveItem(atPath: newest, toPath: output)) != nil { leftovers.olds.removeLast() }
    }

    /// A build killed while it patched the output leaves its patch folder and journal: the patch
    /// is finished, so the output is that build's site. A patch that cannot be finished stops
    /// this build, and stays for the next.
    private func recoverInterruptedPatches(_ leftovers: Leftovers) throws(Failure) {
        for path in leftovers.patches where DirectoryEntries.kind(of: path) == .folder {
            do {
                try SitePatch.recover(folder: path, output: output)
            } catch {
                throw Failure(message: Message("staging.patch-interrupted", output, error.path, error.reason))
            }
        }
    }

    /// Staging and old folders of builds that were killed, and journals of patches that never
    /// started (we hold the lock: no other build runs).
    private func removeStale(_ leftovers: Leftovers) {
        for path in leftovers.stagings + leftovers.olds + leftovers.patches where DirectoryEntries.kind(of: path) != nil {
            TreeRemoval.remove(path)
        }
    }

    /// What killed builds may have left beside the output, each kind sorted by name.
    struct Leftovers {
        var stagings: [String] = []
        var olds: [String] = []
        var patches: [String] = []
    }

    /// The leftovers beside the output, from one listing of its parent folder, names compared as
    /// bytes.
    private func leftovers() -> Leftovers {
        var found = Leftovers()
        let prefixes = [".\(name).staging-", ".\(name).old-", ".\(name).patch-"]
        // Names that are not UTF-8 are no leftovers of a build (`DirectoryEntries` skips the whole
        // listing then): the parent is read entry by entry here.
        guard let directory = opendir(parent) else { return found }
        defer { closedir(directory) }
        var names: [[String]] = [[], [], []]
        while let entry = readdir(directory) {
            withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                UnsafeRawPointer(tuple).withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
                    for (index, prefix) in prefixes.enumerated() where bytes.starts(with: prefix.utf8) {
                        if let text = String(validatingCString: name) { names[index].append(text) }
                    }
                }
            }
        }
        let paths = names.map { $0.sorted().map { (parent as NSString).appendingPathComponent($0) } }
        found.stagings = paths[0]
        found.olds = paths[1]
        found.patches = paths[2]
        return found
    }
}
