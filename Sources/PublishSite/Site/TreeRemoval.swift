import Foundation
import Synchronization

/// Removes a folder and everything in it with many removals in flight at once.
///
/// On the virtual disks this project runs on, removing a folder waits several milliseconds for
/// the disk (freed blocks are discarded as they go), while the processor is idle: one
/// `FileManager.removeItem` of a site's 2,000 notice folders took 6–7 s against 0.2 s of CPU, and
/// the same removal spread over a few threads takes a tenth of that. So the tree is cut into
/// subtrees near the top, the subtrees are removed by `threads` threads at once, and what is left
/// (the emptied upper folders) last. Symbolic links are removed, never followed.
package enum TreeRemoval {
    /// Subtrees wanted before removal starts: enough to keep every thread busy.
    static let pieces = 256

    /// Removes `path` (a folder, a file or a link); false when something could not be removed.
    @discardableResult
    package static func remove(_ path: String, threads: Int = 16) -> Bool {
        let items = subtrees(of: path)
        if items.count > 1 {
            let next = Mutex(0)
            let group = DispatchGroup()
            for _ in 0..<min(threads, items.count) {
                group.enter()
                let thread = Thread {
                    while true {
                        let index = next.withLock { value in
                            defer { value += 1 }
                            return value
                        }
                        guard index < items.count else { break }
                        try? FileManager.default.removeItem(atPath: items[index])
                    }
                    group.leave()
                }
                thread.start()
            }
            group.wait()
        }
        do {
            try FileManager.default.removeItem(atPath: path)
            return true
        } catch {
            return !exists(path)
        }
    }

    /// The entries of `path` level by level, a folder replaced by its entries, until there are
    /// `pieces` of them or no folder is left to open (at most four levels down).
    static func subtrees(of path: String) -> [String] {
        var items = [path]
        for _ in 0..<4 {
            guard items.count < pieces else { break }
            var opened = false
            var next: [String] = []
            for item in items {
                guard isFolder(item), let entries = try? FileManager.default.contentsOfDirectory(atPath: item) else {
                    next.append(item)
                    continue
                }
                opened = true
                next += entries.sorted().map { (item as NSString).appendingPathComponent($0) }
            }
            guard opened else { break }
            items = next
        }
        return items
    }

    /// Whether `path` is a folder itself (not a link to one).
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
