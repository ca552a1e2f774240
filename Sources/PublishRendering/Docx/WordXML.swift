import PublishCore
import PublishReading
import PublishRules

/// Namespaces, content types and relationship types of the WordprocessingML package, in one place.
package enum WordXML {
    package static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    package static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    package static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    package static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    package static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// `xmlns:w` and `xmlns:r`, for the root of the document and footer parts.
    package static let rootNamespaces = "xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipsNamespace)\""

    package enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }

    package enum RelationshipType {
        private static let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        static let officeDocument = office + "/officeDocument"
        static let styles = office + "/styles"
        static let settings = office + "/settings"
        static let fontTable = office + "/fontTable"
        static let footer = office + "/footer"
        static let theme = office + "/theme"
        static let extendedProperties = office + "/extended-properties"
        static let coreProperties =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    }
}
