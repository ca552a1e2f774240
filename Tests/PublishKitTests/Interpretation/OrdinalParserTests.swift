import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

@Suite struct OrdinalParserTests {
    typealias Case = (text: String, level: Ordinal.Level, value: Int, deviations: [Ordinal.Deviation], length: Int)

    static let recognised: [Case] = [
        ("一、党工委履行", .hanzi, 1, [], 2),
        ("十一、其他", .hanzi, 11, [], 3),
        ("二十一、其他", .hanzi, 21, [], 4),
        ("一十一、其他", .hanzi, 11, [.nonstandardNumeral], 4),
        ("三．标题", .hanzi, 3, [.fullStopAfterHanzi], 2),
        ("（一）提高认识", .parenthesizedHanzi, 1, [], 3),
        ("(二)加强领导", .parenthesizedHanzi, 2, [.halfWidthParentheses], 3),
        ("（十二）其他", .parenthesizedHanzi, 12, [], 4),
        ("（一）、提高", .parenthesizedHanzi, 1, [.markAfterParentheses], 4),
        ("㈠提高", .parenthesizedHanzi, 1, [.lookalikeCharacter], 1),
        ("1.关于", .arabic, 1, [], 2),
        ("12.关于", .arabic, 12, [], 3),
        ("1．关于", .arabic, 1, [.fullWidthFullStop], 2),
        ("1、主动对接", .arabic, 1, [.dunhaoAfterArabic], 2),
        ("１.关于", .arabic, 1, [.fullWidthDigits], 2),
        ("⒈关于", .arabic, 1, [.lookalikeCharacter], 1),
        ("1. 关于", .arabic, 1, [], 3),
        ("（1）具体", .parenthesizedArabic, 1, [], 3),
        ("(3)具体", .parenthesizedArabic, 3, [.halfWidthParentheses], 3),
        ("⑴具体", .parenthesizedArabic, 1, [.lookalikeCharacter], 1),
        ("①具体", .circled, 1, [], 1),
        ("一是对接", .measure, 1, [], 2),
        ("十是抓好", .measure, 10, [], 2),
        ("一、　标题", .hanzi, 1, [], 3),
    ]

    @Test(arguments: recognised)
    func recognises(_ c: Case) throws {
        let match = try #require(OrdinalParser.parse(c.text))
        #expect(match.level == c.level)
        #expect(match.value == c.value)
        #expect(match.deviations == c.deviations)
        #expect(match.length == c.length)
    }

    static let notOrdinals = [
        "2024年3月", "1.5亿元", "2023.9.12", "十分重要", "一把手", "第一，", "同时，", "一二三", "(注)", "8:30", "",
    ]

    @Test(arguments: notOrdinals)
    func leavesOrdinaryTextAlone(_ text: String) {
        #expect(OrdinalParser.parse(text) == nil)
    }

    @Test(arguments: [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十")])
    func chineseNumeralsRoundTrip(value: Int, text: String) {
        #expect(ChineseNumeral.text(value) == text)
        #expect(ChineseNumeral.value(of: text) == value)
    }

    /// `OrdinalParser.numeral(_:)` reads numerals off scalars; it must answer as `ChineseNumeral`
    /// does for every numeral up to three characters and for many longer ones.
    @Test func numeralsReadOffScalarsAreThoseOfChineseNumeral() {
        let characters: [Unicode.Scalar] = [
            "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "\u{F9B2}", "\u{F9D1}",
        ]
        func check(_ scalars: [Unicode.Scalar]) {
            let text = String(String.UnicodeScalarView(scalars))
            let expected = ChineseNumeral.value(of: text).map { ($0, ChineseNumeral.isStandard(text)) }
            let found = OrdinalParser.numeral(scalars[...])
            #expect(found?.value == expected?.0 && found?.isStandard == expected?.1, "\(text)")
        }
        var all: [[Unicode.Scalar]] = [[]]
        for _ in 1...3 {
            all = all.flatMap { prefix in characters.map { prefix + [$0] } }
            all.forEach(check)
        }
        var generator = SplitMix64(seed: 17)
        for _ in 0..<5000 {
            let length = 4 + Int(generator.next() % 4)
            check((0..<length).map { _ in characters[Int(generator.next() % UInt64(characters.count))] })
        }
        check([])
    }
}
