import Foundation
import PublishCore

/// Brings an output folder up to date in place from a staging folder that holds only what changed
/// (a rebuild's new and edited notices and the site-wide pages), instead of replacing the whole
/// tree: a rebuild after one edit then moves a few dozen files, where a new tree would make a
/// folder and four links for every notice and remove as many afterwards.
///
/// A patch is made in three steps. Before anything in the output changes, the paths the new site
/// does not have are listed (`removals`) and written as the patch's journal beside the output;
/// then the staging folder is renamed to the patch folder, which is the point of no return; then
/// the removals are made and every file of the patch folder is renamed to its place in the output,
/// each replacing the old file in one step. A build killed during the last step leaves the patch
/// folder and its journal: the next build finishes the patch before it starts (`recover`), so the
/// output is the killed build's complete site, never a mix. Symbolic links in the output are
/// removed, never followed, so nothing outside the output is touched.
package enum SitePatch {
    /// A path of the output (relative to it) that the new site does not have, and what was there.
    /// A recovery removes it only if the same kind of thing is still there: the patch may have put
    /// the new site's file where a folder was, or the other way round, before it was stopped.
    package struct Removal: Codable, Equatable, Sendable {
        package var path: String
        package var kind: EntryKind
    }

    package enum EntryKind: String, Codable, Sendable {
        case folder, file, other
    }

    package struct Failure: Error, Sendable {
        package var path: String
        package var reason: String
    }

    // MARK: - Planning

    /// Everything in `output` that is neither one of `files` (paths relative to the output) nor a
    /// folder on the way to one, outermost first: a folder listed is removed with all it holds.
    /// Symbolic links and special files are listed (and never followed). Nil when the output holds
    /// what a patch does not handle, so the site is to be staged whole instead: a name that is not
    /// UTF-8, a file of `kept` that is not a regular file under real folders, or a path of `files`
    /// that another one needs as a folder. Names are compared byte for byte (Swift's `String`
    /// equality would take a name for its canonical equivalent).
    package static func removals(in output: String, keeping files: Set<String>, kept: Set<String>) -> [Removal]? {
        var paths = SitePaths()
        for file in files { paths.insert(file, kind: .file) }
        for file in kept {
            // A kept path that is not one of the files is never found.
            var bytes = file
            guard bytes.withUTF8({ paths.kind(of: $0) }) != nil else { return nil }
            paths.insert(file, kind: .kept)
        }
        return removals(in: output, keeping: &paths)
    }

    /// Everything in `output` that is not one of `paths` (`SitePaths.Kind.file` or `.kept`) nor
    /// a folder on the way to one (added to `paths`), as above; nil when a kept file is not found as a regular file
    /// under real folders, a name is not UTF-8, or a file's path is another's folder. The output
    /// is read with the system's directory calls, each entry's path made in one buffer and looked
    /// up by its bytes.
    static func removals(in output: String, keeping paths: inout SitePaths) -> [Removal]? {
        paths.addFolders()
        guard !paths.hasConflict else { return nil }
        var keptFound = 0
        var removals: [Removal] = []
        var pending: [[UInt8]] = [[]]
        var path: [UInt8] = []
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? output : output + "/" + String(decoding: relative, as: UTF8.self)
            // A folder that cannot be opened has nothing to remove (as `DirectoryEntries.list`).
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                // The entry's path in `path`; false for `.` and `..`; nil for a name that is not
                // UTF-8 (a `String` would stand for another name).
                let named: Bool? = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                    UnsafeRawPointer(tuple).withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                        let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
                        if bytes.elementsEqual(".".utf8) || bytes.elementsEqual("..".utf8) { return false }
                        if bytes.contains(where: { $0 >= 0x80 }), String(validatingCString: name) == nil { return nil }
                        path.removeAll(keepingCapacity: true)
                        path.append(contentsOf: relative)
                        if !relative.isEmpty { path.append(UInt8(ascii: "/")) }
                        path.append(contentsOf: bytes)
                        return true
                    }
                }
                guard let named else { return nil }
                guard named else { continue }
                let kind: EntryKind?
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): kind = .folder
                case Int32(DT_REG): kind = .file
                case Int32(DT_UNKNOWN): kind = DirectoryEntries.kind(of: output + "/" + String(decoding: path, as: UTF8.self))
                default: kind = .other
                }
                // Gone between the listing and the stat: nothing to remove.
                guard let kind else { continue }
                switch (kind, path.withUnsafeBufferPointer { paths.kind(of: $0) }) {
                case (.folder, .folder?):
                    pending.append(path)
                case (.file, .file?):
                    break
                case (.file, .kept?):
                    keptFound += 1
                default:
                    removals.append(Removal(path: String(decoding: path, as: UTF8.self), kind: kind))
                }
            }
        }
        guard keptFound == paths.keptCount else { return nil }
        return removals.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    /// The first folder this process may not write in among those a patch changes: the parents of
    /// `paths` (relative to `output`; the nearest one that exists) and every folder inside a folder
    /// it removes. A patch checks before its point of no return.
    package static func unwritableFolder(for paths: [String], removing removals: [Removal], in output: String) -> String? {
        var checked: Set<String> = []
        for path in paths + removals.map(\.path) {
            var folder = output + "/" + path
            repeat {
                folder = (folder as NSString).deletingLastPathComponent
            } while folder.count > output.count && DirectoryEntries.kind(of: folder) != .folder
            guard checked.insert(folder).inserted else { continue }
            if access(folder, W_OK | X_OK) != 0 { return folder }
        }
        for removal in removals where removal.kind == .folder {
            var pending = [output + "/" + removal.path]
            while let folder = pending.popLast() {
                if access(folder, W_OK | X_OK) != 0 { return folder }
                for (name, kind) in DirectoryEntries.list(folder) ?? [] where kind == .folder {
                    pending.append(folder + "/" + name)
                }
            }
        }
        return nil
    }

    /// Whether `relative` is a plain path inside `output` (no `.`, `..` or empty parts) whose
    /// folders are real folders, not links: a journal is only followed there.
    static func isPlainPath(_ relative: String, in output: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        var folder = output
        for part in parts.dropLast() {
            folder += "/" + part
            guard DirectoryEntries.kind(of: folder) == .folder else { return false }
        }
        return true
    }

    // MARK: - Applying

    /// Makes `removals` in `output`, then renames every file under `folder` (or only `files`, paths
    /// relative to it, when the caller knows them) to the same path in `output`, making the folders
    /// on the way. Repeating a patch that was stopped part way finishes it: what was moved is no
    /// longer in `folder`, and a removal whose path now holds something else is skipped.
    package static func apply(folder: String, removals: [Removal], files: [String]? = nil, to output: String) throws(Failure) {
        for removal in removals where isPlainPath(removal.path, in: output) {
            let path = output + "/" + removal.path
            guard let kind = DirectoryEntries.kind(of: path), kind == removal.kind else { continue }
            if kind == .folder {
                guard TreeRemoval.remove(path) else { throw Failure(path: path, reason: "cannot remove") }
            } else if unlink(path) != 0 && errno != ENOENT {
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
        }
        var made: Set<String> = []
        for relative in files ?? DirectoryEntries.files(under: folder) {
            guard !relative.split(separator: "/", omittingEmptySubsequences: false)
                .contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
            else { continue }
            let source = folder + "/" + relative
            let target = output + "/" + relative
            if let slash = relative.lastIndex(of: "/") {
                try makeFolders(String(relative[..<slash]), in: output, made: &made)
            }
            if rename(source, target) == 0 { continue }
            let error = errno
            // A folder where the file goes (left by a stopped patch): removed, then the rename again.
            if error == EISDIR || error == ENOTEMPTY || error == EEXIST, DirectoryEntries.kind(of: target) == .folder,
               TreeRemoval.remove(target), rename(source, target) == 0 {
                continue
            }
            // Moved already by the patch this one finishes.
            if error == ENOENT, DirectoryEntries.kind(of: source) == nil { continue }
            throw Failure(path: target, reason: String(cString: strerror(error)))
        }
    }

    /// Makes each folder of `relative` (a path of folders inside `output`) that is missing; a
    /// file or link where a folder goes is removed first.
    private static func makeFolders(_ relative: String, in output: String, made: inout Set<String>) throws(Failure) {
        guard !made.contains(relative) else { return }
        var path = output
        var prefix = ""
        for part in relative.split(separator: "/") {
            path += "/" + part
            prefix += prefix.isEmpty ? String(part) : "/" + part
            guard !made.contains(prefix) else { continue }
            switch DirectoryEntries.kind(of: path) {
            case .folder:
                break
            case .some:
                if unlink(path) != 0 { throw Failure(path: path, reason: String(cString: strerror(errno))) }
                fallthrough
            case nil:
                if mkdir(path, 0o755) != 0 && errno != EEXIST {
                    throw Failure(path: path, reason: String(cString: strerror(errno)))
                }
            }
            made.insert(prefix)
        }
    }

    // MARK: - The journal

    /// Writes the removals of the patch folder `folder` beside it (`<folder>.json`), replacing
    /// atomically.
    package static func writeJournal(_ removals: [Removal], for folder: String) throws(Failure) {
        let path = folder + ".json"
        let temporary = path + ".tmp"
        do {
            try JSONEncoder().encode(removals).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw Failure(path: path, reason: SiteStaging.reason(error))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// The removals recorded for the patch folder `folder`, or nil when there is no journal.
    static func journal(for folder: String) -> [Removal]? {
        FileManager.default.contents(atPath: folder + ".json").flatMap { try? JSONDecoder().decode([Removal].self, from: $0) }
    }

    /// Finishes the patch a killed build left in `folder` (its journal beside it), then removes
    /// both. A patch folder without its journal was never started and is only removed. When the
    /// patch cannot be finished, both are left for the next build and the failure is thrown.
    static func recover(folder: String, output: String) throws(Failure) {
        if let removals = journal(for: folder), DirectoryEntries.kind(of: output) == .folder {
            try apply(folder: folder, removals: removals, to: output)
        }
        unlink(folder + ".json")
        TreeRemoval.remove(folder)
    }
}
