import Foundation
import PublishCore
import PublishReading
import PublishRules

/// An OPC package (the ZIP container of a .docx): its parts in a fixed order, the content types
/// and the relationships, zipped so that the same parts always give the same bytes.
///
/// Every entry has the same modification date (1980-01-01 00:00, the first date ZIP can hold), the
/// same permissions, and deflate compression (`ZIPContainer`); the parts are written in the order
/// given, `[Content_Types].xml` first. Every relationship is internal: no
/// part points outside the package.
package struct DocxPackage: Sendable {
    package struct Part: Sendable {
        /// The path inside the package, without a leading slash (`word/document.xml`).
        var path: String
        var contentType: String
        var text: PartText
        /// The same in every notice (styles, theme …): deflated once per process and reused.
        var isShared = false

        init(path: String, contentType: String, xml: String, isShared: Bool = false) {
            self.init(path: path, contentType: contentType, text: .string(xml), isShared: isShared)
        }

        init(path: String, contentType: String, text: PartText, isShared: Bool = false) {
            self.path = path
            self.contentType = contentType
            self.text = text
            self.isShared = isShared
        }

        var xml: String { text.string }
    }

    /// A part's XML: a string (the shared parts, made once), or the bytes a writer made (the
    /// document, never turned into a string).
    package enum PartText: Sendable {
        case string(String)
        case utf8([UInt8])

        var string: String {
            switch self {
            case .string(let string): string
            case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    package struct Relationship: Sendable {
        var id: String
        var type: String
        /// Relative to the folder of the part that owns the relationship.
        var target: String
    }

    package private(set) var parts: [Part]
    /// Relationships of the package itself (`_rels/.rels`).
    package let packageRelationships: [Relationship]
    /// Relationships of the main document (`word/_rels/document.xml.rels`).
    package let documentRelationships: [Relationship]
    /// `contentTypes` and the two relationship parts, made with the package: they depend only on
    /// which parts there are, so a package whose parts get new text keeps them.
    private let contentTypesPart: String
    private let packageRelationshipsPart: String
    private let documentRelationshipsPart: String

    package init(parts: [Part], packageRelationships: [Relationship], documentRelationships: [Relationship]) {
        self.parts = parts
        self.packageRelationships = packageRelationships
        self.documentRelationships = documentRelationships
        contentTypesPart = Self.contentTypes(of: parts)
        packageRelationshipsPart = Self.relationshipsPart(packageRelationships)
        documentRelationshipsPart = Self.relationshipsPart(documentRelationships)
    }

    /// Gives the part at `path` new text, its path and content type unchanged.
    package mutating func setText(_ text: PartText, ofPartAt path: String) {
        guard let index = parts.firstIndex(where: { $0.path == path }) else {
            preconditionFailure("no part at \(path)")
        }
        parts[index].text = text
    }

    package static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// `[Content_Types].xml`: defaults for `.rels` and `.xml`, and an override for every part, since
    /// a part that falls back to the `xml` default is one Word refuses to open cleanly.
    package var contentTypes: String { contentTypesPart }

    private static func contentTypes(of parts: [Part]) -> String {
        var xml = WordXML.declaration + "<Types xmlns=\"\(WordXML.contentTypesNamespace)\">"
        xml += "<Default Extension=\"rels\" ContentType=\"\(WordXML.ContentType.relationships)\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"\(WordXML.ContentType.xml)\"/>"
        for part in parts {
            xml += "<Override PartName=\"/\(part.path)\" ContentType=\"\(part.contentType)\"/>"
        }
        return xml + "</Types>"
    }

    package static func relationshipsPart(_ relationships: [Relationship]) -> String {
        var xml = WordXML.declaration + "<Relationships xmlns=\"\(WordXML.packageRelationshipsNamespace)\">"
        for relationship in relationships {
            xml +=
                "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\" Target=\"\(relationship.target)\"/>"
        }
        return xml + "</Relationships>"
    }

    /// Every entry of the ZIP file, in the order written. The content types and relationships
    /// depend only on which parts there are, so they are shared too.
    package var entries: [(path: String, xml: String, isShared: Bool)] {
        entryTexts.map { ($0.path, $0.text.string, $0.isShared) }
    }

    /// `entries`, with each part's text as it is held.
    private var entryTexts: [(path: String, text: PartText, isShared: Bool)] {
        var entries: [(path: String, text: PartText, isShared: Bool)] = [
            ("[Content_Types].xml", .string(contentTypesPart), true),
            ("_rels/.rels", .string(packageRelationshipsPart), true),
        ]
        entries.reserveCapacity(parts.count + 3)
        for part in parts {
            entries.append((part.path, part.text, part.isShared))
            if part.contentType == WordXML.ContentType.document {
                entries.append(("word/_rels/document.xml.rels", .string(documentRelationshipsPart), true))
            }
        }
        return entries
    }

    /// The .docx file. Shared parts are deflated once per process; the notice's own parts at
    /// `level` (nil: zlib's default, as ZIPFoundation's `Archive` writes them).
    package func data(level: Int32? = PackageEntry.noticeLevel) throws -> Data {
        Data(try bytes(level: level))
    }

    /// The .docx file as bytes, for writing it without a copy into `Data`.
    package func bytes(level: Int32? = PackageEntry.noticeLevel) throws -> [UInt8] {
        let deflated = try entryTexts.map { entry in
            switch (entry.text, entry.isShared) {
            case (.string(let text), true): try PackageEntry.shared(path: entry.path, text: text)
            case (.string(let text), false): try PackageEntry.deflatedOrKnown(path: entry.path, text: text, level: level)
            case (.utf8(let bytes), _):
                try level.map { try PackageEntry.deflated(path: entry.path, utf8: bytes, level: $0) }
                    ?? PackageEntry.deflated(path: entry.path, text: String(decoding: bytes, as: UTF8.self))
            }
        }
        guard let bytes = ZIPContainer.bytes(deflated) else { throw DocxError.packaging(Message("docx.part-too-large")) }
        return bytes
    }
}

/// Why a notice could not be written as .docx.
public enum DocxError: MessageError {
    case packaging(Message)

    public func text(in language: Language) -> String {
        switch self {
        case .packaging(let reason): Message("docx.cannot-write", reason).text(in: language)
        }
    }
}
