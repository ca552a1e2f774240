import Foundation

extension SiteStaging {
    /// Puts an existing file (from the rebuild cache) at `relative` in the site: a hard link where
    /// the file system allows, else a copy.
    func link(_ source: String, to relative: String) throws(Failure) {
        let parts = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw Failure(message: "refusing to write outside the site: \(relative)")
        }
        let path = (staging as NSString).appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try BuildCache.link(source, to: path)
        } catch {
            throw Failure(message: "cannot write \(relative) of the site: \(error.localizedDescription)")
        }
    }
}
