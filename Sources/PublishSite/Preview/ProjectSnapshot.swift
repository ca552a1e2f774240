import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The watched files of a project at one moment: for every file under the watched paths, its
/// modification time, size and file number.
///
/// Polling stamps is portable (no inotify, FSEvents or kqueue code per platform) and cheap for a
/// few thousand notices. The file number catches an editor that saves by writing a new file and
/// renaming it over the old one within the clock's resolution; a path that appears or disappears
/// changes the set of keys. A watched path that does not exist (no `Templates/` yet) is simply
/// empty, so creating it later is a change like any other.
package struct ProjectSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var modified: Date?
        var size: UInt64
        var fileNumber: UInt64
    }

    private(set) var stamps: [String: Stamp] = [:]

    /// Stamps `paths` (files or folders, walked recursively; hidden entries such as editors' swap
    /// files are skipped).
    static func take(of paths: [String]) -> ProjectSnapshot {
        var snapshot = ProjectSnapshot()
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            snapshot.stamp(path)
            guard isDirectory.boolValue, let walker = fileManager.enumerator(atPath: path) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                snapshot.stamp((path as NSString).appendingPathComponent(relative))
            }
        }
        return snapshot
    }

    private mutating func stamp(_ path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        stamps[path] = Stamp(
            modified: attributes[.modificationDate] as? Date,
            size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
            fileNumber: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
    }
}
