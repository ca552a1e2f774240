import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// The interpreters' patterns are written as regular expressions and again as scalar patterns
/// (`TextPattern`); these tests hold the two to the same matches.
@Suite struct ScalarPatternTests {
    static let patterns: [(name: String, pattern: TextPattern)] = [
        ("nextField", ClosingInterpreter.nextField),
        ("postal", ClosingInterpreter.postal),
        ("postcode", ClosingInterpreter.postcode), ("postcodeStart", ClosingInterpreter.postcodeStart),
        ("email", ClosingInterpreter.email), ("website", ClosingInterpreter.website),
        ("timeOrDay", ClosingInterpreter.timeOrDay), ("authority", OpeningInterpreter.authority),
        ("numberedTeam", OpeningInterpreter.numberedTeam), ("team", OpeningInterpreter.team),
        ("kindAfterVerb", OpeningInterpreter.kindAfterVerb), ("kindAnywhere", OpeningInterpreter.kindAnywhere),
        ("target", OpeningInterpreter.target), ("formula", OpeningInterpreter.formula),
    ]

    /// Every `TextPattern` declared in the interpreters is in `patterns`, so none escapes the
    /// comparison with its regular expression.
    @Test func everyDeclaredPatternIsCompared() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/PublishReading/Interpretation").standardizedFileURL
        var declared: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                var trimmed = line.trimmingCharacters(in: .whitespaces)
                for access in ["package ", "public ", "private "] where trimmed.hasPrefix(access) {
                    trimmed.removeFirst(access.count)
                }
                guard trimmed.hasPrefix("static let "), trimmed.hasSuffix("= TextPattern(") else { continue }
                declared.append(String(trimmed.dropFirst("static let ".count).prefix { $0 != " " }))
            }
        }
        #expect(!declared.isEmpty)
        #expect(Set(declared) == Set(Self.patterns.map(\.name)))
    }

    /// A match as comparable text.
    static func describe(_ match: TextMatch?) -> String {
        guard let match else { return "none" }
        let groups = match.groups.map { $0.map { "\($0.text)@\($0.range)" } ?? "nil" }
        return "\(match.text)@\(match.range) \(groups)"
    }

    /// Checks every way the interpreters match `text` against the regular expression; returns the
    /// names of the patterns that matched.
    @discardableResult
    static func expectSameMatches(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String]
    {
        let subject = PatternSubject(text)
        var matched: [String] = []
        for (name, pattern) in patterns {
            let regexMatch = TextMatch.first(pattern.regex, in: text)
            if regexMatch != nil { matched.append(name) }
            let expected = describe(regexMatch)
            #expect(
                describe(subject.first(pattern)) == expected, "\(name) first in \(text.debugDescription)",
                sourceLocation: sourceLocation)
            let expectedAll = TextMatch.all(pattern.regex, in: text).map(describe)
            #expect(
                subject.all(pattern).map(describe) == expectedAll, "\(name) all in \(text.debugDescription)",
                sourceLocation: sourceLocation)
            #expect(
                subject.contains(pattern) == (text.firstMatch(of: pattern.regex) != nil),
                "\(name) contains in \(text.debugDescription)", sourceLocation: sourceLocation)
            let scalars = Array(text.unicodeScalars)
            for offset in [1, scalars.count / 2] where offset < scalars.count {
                let rest = String(String.UnicodeScalarView(scalars[offset...]))
                #expect(
                    describe(subject.first(pattern, from: offset))
                        == describe(TextMatch.first(pattern.regex, in: rest)),
                    "\(name) from \(offset) in \(text.debugDescription)", sourceLocation: sourceLocation)
            }
        }
        return matched
    }

    static let trickyTexts = [
        "", "欢迎监督", "欢迎。监督", "请大家欢迎社会各界监督！欢迎监督。", "欢迎欢迎监督监督", "欢迎广大干部群众监督",
        "公示期限：2025年3月7日至3月21日（10个工作日）。", "公示期限为十五个工作日", "公开期限 １０ 个工作日",
        "公示期公开期限公开日期", "共 3 个工作日，5个工作日",
        "联系电话：0431-88906315、0431-88906316（工作日9:00-17:00）", "电话5", "电话：5 6", "电话：56 ",
        "举报电话：12388；联系电话 0431 - 1234 （ 周一至周五 ）", "电话:0431-1234567或0431-7654321(上午)",
        "电话：0431-1234567、/ 0431-7654321（无）", "监督电话 １２３４５（值班）", "电话：12—34－56 78",
        "电话：123（未闭合", "电话：123（）", "电话：123 （ 8:30 ）（下午）",
        "、0431-1234567（工作日）", " 或 12-34", "/1 2（上午", ",12", "，１２３ ",
        "邮寄地址：长春市人民大街1号（邮编：130000）；", "地址： 。", "地址：  ", "地址：", "通信地址：北京市 邮编 100000",
        "来信地址:吉林省（ 邮政编码130021", "联系地址：某某路 邮编：１３００００。", "地址：a；地址：b",
        "电子邮箱：jubao@example.cn.", "E-mail: a@b.c；Email：x@y.z", "e-Mail：abc", "EMAIL：abc", "邮箱： a@b（注）",
        "网址：https://www.example.gov.cn。网络举报：http://x.y", "举报网址：12388.gov.cn",
        "8:30", "8 ： 30", "123:456", "1:2", "周日", "星期三", "上午", "工作日", "同时",
        "根据省委统一部署", "根据省委巡视工作领导小组安排，", "根据，部署", "根据中央要求部署",
        "根据省委统一部署，省委第一巡视组于2024年3月1日至5月30日对某区开展了常规巡视。",
        "中共吉林省委员会第三轮巡视组", "中共吉林省委第十一巡察组", "某某区委第二巡察组", "市委第一轮巡视组",
        "省委巡视组", "中央巡视组", "某某市委巡视组", "《某某》市委第一巡视组", "、。市委第一巡视组", "第一巡视组",
        "某某局党组第一巡察组", "某某党委第二轮巡察组", "中共第一巡视组",
        "对某某区开展了常规巡视", "对某某区进行专项巡察“回头看”", "开展了巡视", "实施巡察\"回头看\"",
        "进行了联动巡察‘回头看’", "开展了交叉巡察", "延伸巡察", "开展了了巡视", "对对开展", "对某，开展", "常规巡视回头看", "提级巡察",
        "现将整改进展情况予以公布。", "现将有关情况通报如下：", "现将。公布", "现将公开公布通报。", "现将情况公布",
        "现将巡视整改进展情况予以公开，接受监督。再次",
        "欢迎监督。\n公示期限：2025-03-07至2025-03-21", "\t电话\u{3000}：\u{A0}0431-1234567",
        "来信请寄：某某市某某路1号；邮政编码：130102", "信件请寄至某某市1234号信箱（邮编130102）", "邮政信箱：长春市1234号信箱",
        "地址某某路", "请寄至：a，电子邮箱：b@c.cn", "邮寄地址：某路1号，电话：0431-1234567", "地址：某路、邮箱 x", "，E-mail：a",
        "、 网址：x", ",传真：1", "E-MAIL：A@B.CN", "网上举报：https://jb.example.cn", "网上举报平台：12388.gov.cn",
        "举报网站：x.cn", "（工作日8∶30-17∶00）", "8∶30",
    ]

    @Test func trickyTextsMatchAsTheRegularExpressionsDo() {
        for text in Self.trickyTexts { Self.expectSameMatches(text) }
    }

    /// Random texts over the scalars the patterns care about, and a few they do not.
    @Test func generatedTextsMatchAsTheRegularExpressionsDo() {
        var alphabet = Set<Unicode.Scalar>()
        // Every scalar the patterns spell out, and the neighbours that matter to them.
        let pieces = """
            欢迎监督。！？公开期限示时间日个工作联系电话举报受理咨询值班邮寄地址通信讯来信件编政码子箱网址站络
            根据统一部署安排要求中央共委员会省市区县州旗盟党组第一二三四五六七八九十百〇零轮巡视察开展了进行实施对
            常规专项机动提级联动交叉延伸回头看现将予以公布公开通报如下报告周日星期上午下午时某：:；;，,、（）()<>/或-－—.
            “”‘’"@0123456789０１２３４５６７８９²①EeMmail 寄至传真上∶AIL
            """
        for scalar in pieces.unicodeScalars where scalar != "\n" { alphabet.insert(scalar) }
        for scalar in ["\t", "\u{3000}", "\u{A0}", "\n", "《", "》", "·", "ａ", "x"] as [Unicode.Scalar] {
            alphabet.insert(scalar)
        }
        let letters = alphabet.sorted { $0.value < $1.value }
        var generator = SplitMix64(seed: 20_250_310)
        var matches: [String: Int] = [:]
        for _ in 0..<1500 {
            let length = Int(generator.next() % 24)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(letters[Int(generator.next() % UInt64(letters.count))]) }
            for name in Self.expectSameMatches(String(scalars)) { matches[name, default: 0] += 1 }
        }
        // Runs of the patterns' own words, so that longer matches come up too.
        let words = Self.trickyTexts.filter { !$0.isEmpty }
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                let word = Array(words[Int(generator.next() % UInt64(words.count))].unicodeScalars)
                let cut = Int(generator.next() % UInt64(word.count + 1))
                text += String(String.UnicodeScalarView(generator.next() % 2 == 0 ? word[...] : word[cut...]))
                text += String(letters[Int(generator.next() % UInt64(letters.count))])
            }
            for name in Self.expectSameMatches(text) { matches[name, default: 0] += 1 }
        }
        // The generated texts do reach every pattern.
        for (name, _) in Self.patterns {
            #expect(matches[name, default: 0] >= 10, "\(name) matched \(matches[name, default: 0]) generated texts")
        }
    }

    @Test func textWithCombiningMarksOrCompatibilityCharactersGoesToTheRegularExpression() {
        for text in ["欢\u{301}迎监督", "电话：0431\u{301}-1234", "地址：某\u{37E}b", "地址\u{FE0F}：x", "零\u{F9B2}", "é电话：12"] {
            #expect(!PatternSubject(text).matchesByScalar)
            Self.expectSameMatches(text)
        }
        #expect(PatternSubject("根据省委统一部署，（一）①²１ａ《》·\t\u{3000}").matchesByScalar)
    }

    /// `\d`, `\s` and `\p{Han}` as classes agree with the regular expression on every one-scalar
    /// character.
    @Test func classesAgreeWithTheRegularExpressionOnEveryScalar() throws {
        let digit = try Regex("\\d")
        let space = try Regex("\\s")
        let han = try Regex("[\\p{Han}]")
        var mismatches: [String] = []
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if ScalarClass.number.contains(scalar) != (text.wholeMatch(of: digit) != nil) {
                mismatches.append("\\d \(value)")
            }
            if ScalarClass.whitespace.contains(scalar) != (text.wholeMatch(of: space) != nil) {
                mismatches.append("\\s \(value)")
            }
            if ScalarClass.han.contains(scalar) != (text.wholeMatch(of: han) != nil) {
                mismatches.append("Han \(value)")
            }
        }
        let agree = mismatches.isEmpty
        #expect(agree, "\(mismatches.prefix(20))")
    }

    /// A scalar the patterns read one by one must be a character by itself next to anything, and
    /// canonically equivalent to nothing else.
    @Test func scalarsThatStandAloneDoSo() {
        var problems: [String] = []
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), PatternSubject.scalarStandsAlone(scalar) else { continue }
            let alone = String(scalar)
            if alone.decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) != [value] {
                problems.append("decomposes: \(value)")
            }
            // Ordinary neighbours, itself, a regional indicator and a Hangul leading consonant: a
            // scalar that joins any of them (a mark, a prepended sign, a jamo, a flag half) fails.
            for neighbour in ["a", "一", "。", "\n", "\t", alone, "\u{1F1E6}", "\u{1100}"] {
                if (neighbour + alone).count != 2 || (alone + neighbour).count != 2 {
                    problems.append("joins \(neighbour.unicodeScalars.first!.value): \(value)")
                    break
                }
            }
        }
        let standAlone = problems.isEmpty
        #expect(standAlone, "\(problems.prefix(20))")
    }

    @Test func numeralScalarsAreTheNumeralCharacters() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if OrdinalParser.isNumeral(scalar) != ChineseNumeral.characters.contains(Character(scalar)) {
                mismatches.append(value)
            }
        }
        let agree = mismatches.isEmpty
        #expect(agree, "\(mismatches.prefix(20))")
        #expect(OrdinalParser.isNumeral("\u{F9B2}"))  // a compatibility ideograph equal to 零
    }
}

/// `DateScanner` skips decoding text that has neither `年` nor `-`; what it finds is what the
/// scan of the scalars finds.
@Suite struct DateScannerPrefilterTests {
    @Test func textsAreScannedAsTheirScalarsAre() {
        let pieces = ["年", "月", "日", "-", "2025", "3", "12", "至", "\u{5E34}", "\u{4E34}", "a", "—", " ", "4"]
        var generator = SplitMix64(seed: 23)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 10) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let scalars = Array(text.unicodeScalars)
            #expect(
                DateScanner.dates(in: text).map(\.offsets) == DateScanner.dates(in: scalars).map(\.offsets), "\(text)")
            #expect(
                DateScanner.ranges(in: text).map(\.offsets) == DateScanner.ranges(in: scalars).map(\.offsets), "\(text)"
            )
            #expect(DateScanner.mayHoldDate(text) == scalars.contains { $0 == "年" || $0 == "-" }, "\(text)")
        }
    }
}
