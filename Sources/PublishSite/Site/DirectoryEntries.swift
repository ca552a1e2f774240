import Foundation

/// A folder's entries with what each is, read with the system's directory calls (one `getdents`
/// for a small folder, where FileManager stats every entry), never following a symbolic link.
package enum DirectoryEntries {
    /// The entries of `folder` (without `.` and `..`), with their kinds; none when it cannot be
    /// opened; nil when a name is not UTF-8 (a `String` would stand for another name).
    package static func list(_ folder: String) -> [(name: String, kind: SitePatch.EntryKind)]? {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, kind: SitePatch.EntryKind)] = []
        while let entry = readdir(directory) {
            let decoded = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(validatingCString: $0)
                }
            }
            guard let name = decoded else { return nil }
            if name == "." || name == ".." { continue }
            let kind: SitePatch.EntryKind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_REG): kind = .file
            case Int32(DT_UNKNOWN): kind = Self.kind(of: folder + "/" + name)
            default: kind = .other
            }
            // Gone between the listing and the stat: nothing to report.
            guard let kind else { continue }
            entries.append((name, kind))
        }
        return entries
    }

    /// What `path` is (a link counts as `other`, not as what it points to); nil when nothing is there.
    package static func kind(of path: String) -> SitePatch.EntryKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The paths, relative to `folder`, of every file and link under it, folders entered.
    package static func files(under folder: String) -> [String] {
        var files: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            for (name, kind) in list(relative.isEmpty ? folder : folder + "/" + relative) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                if kind == .folder { pending.append(path) } else { files.append(path) }
            }
        }
        return files.sorted()
    }
}
