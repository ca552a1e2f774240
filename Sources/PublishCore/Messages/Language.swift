/// The language the tool speaks to its user: every diagnostic, report, summary and help text exists
/// in both (docs/language.md).
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case chinese = "zh"

    /// The language a value such as `zh`, `zh-CN`, `zh_CN.UTF-8`, `中文`, `en_US` or `C` names, or nil
    /// for an empty value. Values that name neither language are English only when they look like a
    /// locale (`C`, `POSIX`, `fr_FR.UTF-8`); anything else is not a language.
    public static func named(_ value: String) -> Language? {
        let lowered = value.trimmingCharacters(in: .whitespaces).lowercased()
        if lowered.hasPrefix("zh") || ["中文", "汉语", "chinese"].contains(lowered) { return .chinese }
        if lowered.hasPrefix("en") || lowered == "english" { return .english }
        return nil
    }

    /// The language a POSIX locale selects: the first non-empty of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` (the order the C library reads them), Chinese when it starts with `zh`.
    public static func ofLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }
}

/// Where the language of a run came from, first match wins: `--lang`, then `language:` in
/// publish.yml, then `PUBLISH_LANG`, then the locale.
public struct LanguageChoice: Sendable, Equatable {
    public var language: Language
    /// A value that named no language (`--lang fr`, `PUBLISH_LANG=xx`), with where it stood; the
    /// command reports it.
    public var rejected: (source: String, value: String)?

    public static func == (lhs: LanguageChoice, rhs: LanguageChoice) -> Bool {
        lhs.language == rhs.language && lhs.rejected?.source == rhs.rejected?.source && lhs.rejected?.value == rhs.rejected?.value
    }

    public static func resolve(flag: String?, configured: Language?, environment: [String: String]) -> LanguageChoice {
        var rejected: (String, String)?
        if let flag {
            if let language = Language.named(flag) { return LanguageChoice(language: language) }
            rejected = ("--lang", flag)
        }
        if let configured { return LanguageChoice(language: configured, rejected: rejected) }
        if let value = environment["PUBLISH_LANG"], !value.isEmpty {
            if let language = Language.named(value) { return LanguageChoice(language: language, rejected: rejected) }
            rejected = rejected ?? ("PUBLISH_LANG", value)
        }
        return LanguageChoice(language: Language.ofLocale(environment), rejected: rejected)
    }
}
