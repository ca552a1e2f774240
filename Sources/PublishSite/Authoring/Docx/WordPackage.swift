import PublishCore
import PublishReading
import Foundation
import ZIPFoundation

/// A Word document's package (an OPC ZIP file), opened for reading with the checks a file from
/// outside needs before anything in it is read:
///
/// - every entry's path stays inside the package (no `..`, no absolute or drive paths, no
///   symbolic links), or the whole file is refused;
/// - the sizes the ZIP declares stay within `Limits` (per entry and in total, and the number of
///   entries), and the bytes actually inflated for a part stay within them too, since declared
///   sizes can lie: a ZIP bomb is refused before it fills the memory;
/// - parts are found through the package's relationships (`_rels/.rels`,
///   `word/_rels/document.xml.rels`), as Word finds them.
struct WordPackage {
    struct Limits: Sendable {
        /// Entries in the package.
        var entries = 10_000
        /// The declared unpacked size of one entry.
        var entrySize: UInt64 = 256 * 1024 * 1024
        /// The declared unpacked size of all entries together.
        var totalSize: UInt64 = 1024 * 1024 * 1024
        /// The bytes one part that is read may inflate to (a notice's document.xml is well under
        /// a megabyte).
        var partSize = 64 * 1024 * 1024
    }

    private let archive: Archive
    private let entries: [String: Entry]
    let limits: Limits
    /// The main document part's path (`word/document.xml`).
    let mainDocument: String
    /// The main document's relationships: id → (type, target path in the package or URL).
    let documentRelationships: [String: (type: String, target: String)]

    init(data: Data, limits: Limits = Limits()) throws(WordImportRefusal) {
        self.limits = limits
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notWord(Message("import.detail.zip-unreadable"))
        }
        self.archive = archive
        var entries: [String: Entry] = [:]
        var total: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.entries { throw .tooLarge(Message("import.detail.too-many-entries", limits.entries)) }
            let path = entry.path
            guard Self.isInside(path), entry.type != .symlink else { throw .unsafePath(path) }
            if entry.uncompressedSize > limits.entrySize {
                throw .tooLarge(Message("import.detail.entry-unpacks-to", path, Self.megabytes(entry.uncompressedSize)))
            }
            total += entry.uncompressedSize
            if total > limits.totalSize {
                throw .tooLarge(Message("import.detail.entries-unpack-to", Self.megabytes(limits.totalSize)))
            }
            if entry.type == .file { entries[path] = entry }
        }
        self.entries = entries
        if let mimetype = entries["mimetype"],
            (try? Self.read(mimetype, from: archive, limit: 256))
                .map({ String(decoding: $0, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") }) == true
        {
            throw .openDocument
        }

        // The main document, as the package relationships name it.
        var main = "word/document.xml"
        if let rels = entries["_rels/.rels"] {
            let tree = try XMLTree.parse(
                try Self.read(rels, from: archive, limit: limits.partSize, part: "_rels/.rels"), part: "_rels/.rels")
            for relationship in tree.elements where relationship.name == "Relationship" {
                guard relationship["Type"]?.hasSuffix("/officeDocument") == true, let target = relationship["Target"]
                else { continue }
                guard let resolved = Self.resolve(target, from: "") else { throw .unsafePath(target) }
                main = resolved
                break
            }
        }
        guard entries[main] != nil else {
            throw .notWord(Message("import.detail.no-main-part", main))
        }
        self.mainDocument = main
        var relationships: [String: (type: String, target: String)] = [:]
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath =
            (folder.isEmpty ? "" : folder + "/") + "_rels/" + (main.split(separator: "/").last.map(String.init) ?? "")
            + ".rels"
        if let rels = entries[relsPath] {
            let tree = try XMLTree.parse(
                try Self.read(rels, from: archive, limit: limits.partSize, part: relsPath), part: relsPath)
            for relationship in tree.elements where relationship.name == "Relationship" {
                guard let id = relationship["Id"], let type = relationship["Type"], let target = relationship["Target"]
                else { continue }
                if relationship["TargetMode"] == "External" {
                    relationships[id] = (type, target)
                } else if let resolved = Self.resolve(target, from: folder) {
                    relationships[id] = (type, resolved)
                } else {
                    throw .unsafePath(target)
                }
            }
        }
        self.documentRelationships = relationships
    }

    // MARK: - Parts

    /// Whether the package has the part at `path`.
    func has(_ path: String) -> Bool { entries[path] != nil }

    /// The part the main document relates to by a relationship type ending in `typeSuffix`
    /// (`/styles`, `/numbering`), or `fallback` when there is no such relationship.
    func relatedPart(_ typeSuffix: String, fallback: String) -> String? {
        let related = documentRelationships.values.filter { $0.type.hasSuffix(typeSuffix) }.map(\.target).sorted().first
        let path = related ?? fallback
        return has(path) ? path : nil
    }

    /// How many parts the main document relates to by a type ending in `typeSuffix`.
    func relationshipCount(_ typeSuffix: String) -> Int {
        documentRelationships.values.filter { $0.type.hasSuffix(typeSuffix) }.count
    }

    /// The XML part at `path`, parsed; nil when the package has no such part.
    func xml(_ path: String) throws(WordImportRefusal) -> XMLTree.Element? {
        guard let entry = entries[path] else { return nil }
        return try XMLTree.parse(try Self.read(entry, from: archive, limit: limits.partSize, part: path), part: path)
    }

    // MARK: - Helpers

    /// The bytes of `entry`, inflated, refused beyond `limit` bytes whatever the ZIP declares.
    private static func read(_ entry: Entry, from archive: Archive, limit: Int, part: String = "")
        throws(WordImportRefusal) -> Data
    {
        struct TooLarge: Error {}
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw TooLarge() }
                data.append(chunk)
            }
        } catch is TooLarge {
            throw .tooLarge(Message("import.detail.part-unpacks-to", part.isEmpty ? entry.path : part, Self.megabytes(UInt64(limit))))
        } catch {
            throw .notWord(Message("import.detail.cannot-unpack", entry.path, String(describing: error)))
        }
        return data
    }

    /// Whether an entry's path stays inside the package: relative, no `..` or drive, no NUL.
    static func isInside(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("\\"), !path.contains("\u{0}") else { return false }
        let parts = path.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        if let first = parts.first, first.count == 2, first.last == ":" { return false }
        return !parts.contains("..")
    }

    /// A relationship's target as a path in the package, relative to the folder of its source;
    /// nil when it leads outside the package.
    static func resolve(_ target: String, from folder: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        var parts: [Substring] = decoded.hasPrefix("/") || folder.isEmpty ? [] : folder.split(separator: "/")
        for part in decoded.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        let path = parts.joined(separator: "/")
        return isInside(path) ? path : nil
    }

    private static func megabytes(_ bytes: UInt64) -> Message {
        bytes >= 1024 * 1024 ? Message("size.mb", Int(bytes / (1024 * 1024))) : Message("size.bytes", Int(bytes))
    }
}
