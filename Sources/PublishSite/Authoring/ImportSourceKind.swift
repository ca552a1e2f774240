import PublishCore
import PublishReading
/// What `publish import` was given, told by the first bytes, never by the file's name (a .docx
/// renamed .txt is still a Word document, and a .doc may be anything).
public enum ImportSourceKind: Sendable, Equatable {
    /// A ZIP package: a Word document (.docx), or something `DocxImporter` refuses.
    case wordPackage
    /// Text, in one of the encodings `SourceEncoding` reads.
    case text
    /// A format that is not imported, with what to do instead.
    case refused(WordImportRefusal)

    public init(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .wordPackage
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: .doc, .wps, or a .docx encrypted with a password.
            self = .refused(.compoundFile)
        } else if bytes.starts(with: Array("{\\rtf".utf8)) {
            self = .refused(.richText)
        } else {
            self = .text
        }
    }
}
