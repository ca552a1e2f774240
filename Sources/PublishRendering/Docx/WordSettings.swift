import PublishCore
import PublishReading
import PublishRules

/// `word/settings.xml`: what applies to the whole document.
package enum WordSettings {
    /// - `evenAndOddHeaders`: without it every page gets the odd (right-hand) page number.
    /// - `characterSpacingControl doNotCompress`: Word would otherwise squeeze neighbouring
    ///   full-width punctuation and break the 28-column grid.
    /// - `compatibilityMode 15`: Word opens older modes as "compatibility mode".
    /// Elements stand in the order of the schema.
    package static let part: String =
        WordXML.declaration + "<w:settings \(WordXML.rootNamespaces)>"
        + "<w:zoom w:percent=\"100\"/>"
        + "<w:defaultTabStop w:val=\"420\"/>"
        + "<w:evenAndOddHeaders/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
        + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
        + "</w:settings>"
}
