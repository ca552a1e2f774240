import Testing
@testable import PublishCore

/// `--lang`, then `language:`, then PUBLISH_LANG, then the locale; English otherwise.
struct LanguageChoiceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var flag: String?
        var configured: Language?
        var environment: [String: String]
        var expected: Language
        var rejected: String?
        var testDescription: String { "\(flag ?? "-") \(configured?.rawValue ?? "-") \(environment) → \(expected)" }
    }

    static let cases: [Case] = [
        Case(flag: nil, configured: nil, environment: [:], expected: .english),
        Case(flag: "zh", configured: .english, environment: ["PUBLISH_LANG": "en", "LANG": "en_US.UTF-8"], expected: .chinese),
        Case(flag: "en", configured: .chinese, environment: ["LANG": "zh_CN.UTF-8"], expected: .english),
        Case(flag: "zh-CN", configured: nil, environment: [:], expected: .chinese),
        Case(flag: nil, configured: .chinese, environment: ["PUBLISH_LANG": "en"], expected: .chinese),
        Case(flag: nil, configured: .english, environment: ["LANG": "zh_CN.UTF-8"], expected: .english),
        Case(flag: nil, configured: nil, environment: ["PUBLISH_LANG": "zh", "LANG": "C"], expected: .chinese),
        Case(flag: nil, configured: nil, environment: ["PUBLISH_LANG": "en", "LC_ALL": "zh_CN.UTF-8"], expected: .english),
        Case(flag: nil, configured: nil, environment: ["LANG": "zh_CN.UTF-8"], expected: .chinese),
        Case(flag: nil, configured: nil, environment: ["LANG": "zh_TW.UTF-8"], expected: .chinese),
        Case(flag: nil, configured: nil, environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"], expected: .chinese),
        Case(flag: nil, configured: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], expected: .english),
        Case(flag: nil, configured: nil, environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"], expected: .chinese),
        Case(flag: nil, configured: nil, environment: ["LANG": "fr_FR.UTF-8"], expected: .english),
        Case(flag: nil, configured: nil, environment: ["PUBLISH_LANG": "xx", "LANG": "zh_CN.UTF-8"], expected: .chinese, rejected: "PUBLISH_LANG"),
        Case(flag: "fr", configured: nil, environment: ["LANG": "zh_CN.UTF-8"], expected: .chinese, rejected: "--lang"),
    ]

    @Test(arguments: cases)
    func choice(_ test: Case) {
        let choice = LanguageChoice.resolve(flag: test.flag, configured: test.configured, environment: test.environment)
        #expect(choice.language == test.expected)
        #expect(choice.rejected?.source == test.rejected)
    }

    @Test(arguments: [
        ("zh", Language.chinese), ("ZH", .chinese), ("zh_CN.UTF-8", .chinese), ("中文", .chinese), ("en", .english),
        ("en_GB", .english), ("English", .english),
    ])
    func names(_ value: String, _ expected: Language) {
        #expect(Language.named(value) == expected)
    }

    @Test(arguments: ["", "fr", "C", "xx", "z"])
    func namesOfNoLanguage(_ value: String) {
        #expect(Language.named(value) == nil)
    }
}
