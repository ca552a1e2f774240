import Foundation
import PublishCore
import PublishReading
import PublishRules

/// Renders a notice as a Word document (.docx) in the GB/T 9704 layout: A4, 22 lines of 28
/// characters, 小标宋 title, 仿宋 body, 黑体 and 楷体 headings, 署名 and 成文日期, page numbers
/// `— n —` alternating right and left. See `reference/docx.md` for the measured values.
///
/// Built from the typed model, not from HTML. The output is deterministic: the same notice gives
/// the same bytes (no clock, no random ids, fixed ZIP dates and part order), so builds can be
/// compared and cached. No macros, no external relationships; the author's text is escaped and
/// stripped of control characters.
public struct DocxRenderer: Sendable {
    public init() {}

    public func render(_ notice: Notice) throws -> Data {
        try package(for: notice).data()
    }

    /// The same file as `render(_:)`, as bytes: for writing it without a copy into `Data`.
    public func renderBytes(_ notice: Notice) throws -> [UInt8] {
        try package(for: notice).bytes()
    }

    /// The parts of the package, in the order they are written.
    func package(for notice: Notice) -> DocxPackage {
        let builder = WordDocumentBuilder()
        let properties = DocumentProperties(notice: notice)
        let document = builder.documentPartUTF8(
            builder.blocks(for: notice), oddFooter: Self.ids.oddFooter, evenFooter: Self.ids.evenFooter)
        var package = Self.layout
        package.setText(.string(properties.corePart), ofPartAt: Self.corePath)
        package.setText(.string(properties.extendedPart), ofPartAt: Self.extendedPath)
        package.setText(.utf8(document), ofPartAt: Self.documentPath)
        return package
    }

    private static let ids = (
        styles: "rId1", settings: "rId2", fontTable: "rId3", theme: "rId4",
        oddFooter: WordDocumentBuilder.usualFooters.odd, evenFooter: WordDocumentBuilder.usualFooters.even
    )
    private static let corePath = "docProps/core.xml"
    private static let extendedPath = "docProps/app.xml"
    private static let documentPath = "word/document.xml"

    /// Every notice's package before its own parts are filled in: the shared parts, the content
    /// types and the relationships are made once.
    private static let layout: DocxPackage = {
        typealias ContentType = WordXML.ContentType
        typealias RelationshipType = WordXML.RelationshipType
        return DocxPackage(
            parts: [
                .init(path: corePath, contentType: ContentType.coreProperties, xml: ""),
                .init(path: extendedPath, contentType: ContentType.extendedProperties, xml: ""),
                .init(path: documentPath, contentType: ContentType.document, xml: ""),
                .init(path: "word/styles.xml", contentType: ContentType.styles, xml: WordStyle.part, isShared: true),
                .init(path: "word/settings.xml", contentType: ContentType.settings, xml: WordSettings.part, isShared: true),
                .init(path: "word/fontTable.xml", contentType: ContentType.fontTable, xml: GongwenFonts.fontTable, isShared: true),
                .init(path: "word/theme/theme1.xml", contentType: ContentType.theme, xml: WordTheme.part, isShared: true),
                .init(
                    path: "word/" + PageNumberFooter.odd.partName, contentType: ContentType.footer,
                    xml: PageNumberFooter.odd.part, isShared: true),
                .init(
                    path: "word/" + PageNumberFooter.even.partName, contentType: ContentType.footer,
                    xml: PageNumberFooter.even.part, isShared: true),
            ],
            packageRelationships: [
                .init(id: "rId1", type: RelationshipType.officeDocument, target: "word/document.xml"),
                .init(id: "rId2", type: RelationshipType.coreProperties, target: "docProps/core.xml"),
                .init(id: "rId3", type: RelationshipType.extendedProperties, target: "docProps/app.xml"),
            ],
            documentRelationships: [
                .init(id: ids.styles, type: RelationshipType.styles, target: "styles.xml"),
                .init(id: ids.settings, type: RelationshipType.settings, target: "settings.xml"),
                .init(id: ids.fontTable, type: RelationshipType.fontTable, target: "fontTable.xml"),
                .init(id: ids.theme, type: RelationshipType.theme, target: "theme/theme1.xml"),
                .init(id: ids.oddFooter, type: RelationshipType.footer, target: PageNumberFooter.odd.partName),
                .init(id: ids.evenFooter, type: RelationshipType.footer, target: PageNumberFooter.even.partName),
            ])
    }()
}
