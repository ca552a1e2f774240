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
package struct DocxPackage {
    package struct Part {
        /// The path inside the package, without a leading slash (`word/document.xml`).
        var path: String
        var contentType: String
        var xml: String
        /// The same in every notice (styles, theme …): deflated once per process and reused.
        var isShared = false
    }

    package struct Relationship {
        var id: String
        var type: String
        /// Relative to the folder of the part that owns the relationship.
        var target: String
    }

    package var parts: [Part]
    /// Relationships of the package itself (`_rels/.rels`).
    package var packageRelationships: [Relationship]
    /// Relationships of the main document (`word/_rels/document.xml.rels`).
    package var documentRelationships: [Relationship]

    package static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// `[Content_Types].xml`: defaults for `.rels` and `.xml`, and an override for every part, since
    /// a part that falls back to the `xml` default is one Word refuses to open cleanly.
    package var contentTypes: String {
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
        var entries: [(String, String, Bool)] = [
            ("[Content_Types].xml", contentTypes, true),
            ("_rels/.rels", Self.relationshipsPart(packageRelationships), true),
        ]
        for part in parts {
            entries.append((part.path, part.xml, part.isShared))
            if part.contentType == WordXML.ContentType.document {
                entries.append(("word/_rels/document.xml.rels", Self.relationshipsPart(documentRelationships), true))
            }
        }
        return entries
    }

    /// The .docx file. Shared parts are deflated once per process; the notice's own parts at
    /// `level` (nil: zlib's default, as ZIPFoundation's `Archive` writes them).
    package func data(level: Int32? = PackageEntry.noticeLevel) throws -> Data {
        let deflated = try entries.map { entry in
            entry.isShared
                ? try PackageEntry.shared(path: entry.path, text: entry.xml)
                : try PackageEntry.deflated(path: entry.path, text: entry.xml, level: level)
        }
        guard let data = ZIPContainer.file(deflated) else { throw DocxError.packaging(Message("docx.part-too-large")) }
        return data
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
