/// The catalogues: one table per language, keyed by message id (`EnglishCatalogue.swift`,
/// `ChineseCatalogue.swift`). Every id is in both; `CatalogueTests` fails on a missing text, an
/// entry nothing uses, a placeholder one language has and the other lacks, and Chinese text that
/// breaks the project's own typography rules.
public enum MessageCatalogue {
    public static func template(_ id: String, in language: Language) -> String? {
        table(language)[id]
    }

    public static func table(_ language: Language) -> [String: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
