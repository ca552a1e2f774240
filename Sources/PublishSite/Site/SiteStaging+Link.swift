import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

extension SiteStaging {
    /// Puts an existing file (from the rebuild cache) at `relative` in the site: a hard link where
    /// the file system allows, else a copy.
    func link(_ source: String, to relative: String) throws(Failure) {
        let path = try preparedPath(relative)
        do {
            try BuildCache.link(source, to: path)
        } catch {
            throw Failure(message: Message("staging.write-link", relative, error.localizedDescription))
        }
    }
}
