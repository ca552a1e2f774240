import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// `Testing` has a `SourceLocation` too.
private typealias Location = PublishCore.SourceLocation

/// The fast helpers the rules use in place of Foundation, regular expressions and `RichText.+`
/// must give exactly what they replace: each is compared with the original on many random inputs.
@Suite struct ValidationHelpersTests {
    // MARK: - AddressScanner

    /// Pieces that make up addresses, near-addresses and the text around them, combining marks and
    /// other characters that join their neighbours included.
    static let addressPieces: [String] = [
        "a", "b", "w", "www", "www.", "x.cn", "http", "https://", "://", ":/", ":", "/", "@", "@@", ".", "..", "-", "_",
        "%", "+", "~", "?", "#", "[", "]", "!", "$", "&", "'", "(", ")", "*", ",", ";", "=", "0", "9", "163", "com",
        " ", "中", "文", "，", "。", "：", "（", "）", "“", "”", "\u{3000}", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{212A}",
        "\u{0600}", "é", "ｗ", "＠", "\n", "\r\n", "👍", "\u{1F3FD}", "Z", "mailto:",
    ]

    @Test func addressScanFindsWhatThePatternFinds() {
        var random = SplitMix64(seed: 0x5EED_ADD2)
        for _ in 0..<4000 {
            let count = Int.random(in: 1...14, using: &random)
            let text = (0..<count).map { _ in Self.addressPieces.randomElement(using: &random)! }.joined()
            let scalars = Array(text.unicodeScalars)
            #expect(AddressScanner.addresses(in: scalars) == AddressScanner.regexAddresses(in: scalars), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "电子邮箱：ccnaxsxczgzb@163.com。", "网址：http://www.gov.cn/a,b。", "见www.jl.gov.cn,", "a.b@c-d.com.",
        "x@y", "ftp://", "8:30-17:00", "e\u{301}@x.cn", "w\u{301}ww.a.cn", "\u{212A}@x.cn",
    ])
    func addressScanMatchesThePatternOn(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(AddressScanner.addresses(in: scalars) == AddressScanner.regexAddresses(in: scalars))
    }

    // MARK: - RichTextJoiner (Model), held to the joining it replaced

    /// A random run: text or code, sometimes bold or linked, sometimes empty, touching the previous
    /// run or not.
    private static func randomRun(after end: inout Location, using random: inout SplitMix64) -> TextRun {
        let texts = ["", "中文", "，", "a", "一是", "  ", "完善机制。"]
        let text = texts.randomElement(using: &random)!
        if Bool.random(using: &random) { end = Location(line: end.line, column: end.column + 1) }
        if Int.random(in: 0..<6, using: &random) == 0 { end = Location(line: end.line + 1, column: 1) }
        let start = end
        end = Location(line: start.line, column: start.column + text.unicodeScalars.count)
        return TextRun(
            kind: Int.random(in: 0..<5, using: &random) == 0 ? .code : .text, text: text,
            strong: Int.random(in: 0..<4, using: &random) == 0,
            link: Int.random(in: 0..<6, using: &random) == 0 ? "http://a.cn" : nil,
            range: SourceRange(start: start, end: end))
    }

    /// Rich text with its runs as given, empty runs included (as the model's mutable `runs` allows).
    private static func rawText(_ runs: [TextRun]) -> RichText {
        var text = RichText()
        text.runs = runs
        return text
    }

    /// `RichText.+` as it was before it used `RichTextJoiner`.
    private static func plusAsItWas(_ lhs: RichText, _ rhs: RichText) -> RichText {
        var runs = lhs.runs
        for run in rhs.runs {
            if let last = runs.last, last.hasSameStyle(as: run), last.range.end == run.range.start {
                runs[runs.count - 1].text += run.text
                runs[runs.count - 1].range = last.range.union(run.range)
            } else {
                runs.append(run)
            }
        }
        return RichText(runs: runs)
    }

    /// `Paragraph.richText` as it was: a chain of the old `+`.
    private static func richTextAsItWas(_ paragraph: Paragraph) -> RichText {
        paragraph.segments.reduce(RichText()) { text, segment in
            switch segment {
            case .text(let t): plusAsItWas(text, t)
            case .measure(let m):
                plusAsItWas(
                    plusAsItWas(plusAsItWas(text, RichText(runs: [TextRun(text: m.ordinal.text, range: m.ordinal.range)])), m.lead),
                    m.body)
            }
        }
    }

    @Test func joinerJoinsAsPlusDid() {
        var random = SplitMix64(seed: 0x10_1AE5)
        for _ in 0..<3000 {
            var end = Location(line: 1, column: 1)
            let pieces = (0..<Int.random(in: 0...5, using: &random)).map { _ in
                Self.rawText((0..<Int.random(in: 0...4, using: &random)).map { _ in Self.randomRun(after: &end, using: &random) })
            }
            let first = pieces.first ?? RichText()
            var joiner = RichTextJoiner(first)
            var expected = first
            for piece in pieces.dropFirst() {
                joiner.append(piece)
                let joined = Self.plusAsItWas(expected, piece)
                #expect(expected + piece == joined)
                expected = joined
            }
            if pieces.count > 1 { #expect(joiner.richText == expected) }
            var fromEmpty = RichTextJoiner()
            var expectedFromEmpty = RichText()
            for piece in pieces {
                fromEmpty.append(piece)
                expectedFromEmpty = Self.plusAsItWas(expectedFromEmpty, piece)
            }
            #expect(fromEmpty.richText == expectedFromEmpty)
        }
    }

    @Test func paragraphsJoinAsTheyDid() {
        var random = SplitMix64(seed: 0x9A2A)
        for _ in 0..<2000 {
            var end = Location(line: 1, column: 1)
            func text() -> RichText {
                Self.rawText((0..<Int.random(in: 0...3, using: &random)).map { _ in Self.randomRun(after: &end, using: &random) })
            }
            let segments: [Paragraph.Segment] = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                if Bool.random(using: &random) { return .text(text()) }
                let start = end
                end = Location(line: end.line, column: end.column + 2)
                let ordinal = Ordinal(
                    level: .measure, value: 1, text: Bool.random(using: &random) ? "一是" : "",
                    range: SourceRange(start: start, end: end))
                return .measure(Measure(ordinal: ordinal, lead: text(), body: text(), range: ordinal.range))
            }
            let paragraph = Paragraph(segments: segments, range: SourceRange(at: Location(line: 1, column: 1)))
            #expect(paragraph.richText == Self.richTextAsItWas(paragraph))
        }
    }

    // MARK: - ScalarDecoder and ByteSearch

    @Test func decoderGivesTheStringsScalars() {
        var random = SplitMix64(seed: 0xDEC0DE)
        let pieces = ["a", "@", ":", "w", "é", "中", "，", "𠀀", "👍🏽", "\u{301}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10FFFF}"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            var sawMark = false
            let decoded = [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
                if let base = buffer.baseAddress { count = ScalarDecoder.decode(text, into: base, sawAddressMark: &sawMark) }
            }
            #expect(decoded == Array(text.unicodeScalars))
            #expect(sawMark == text.unicodeScalars.contains { $0 == "@" || $0 == ":" || $0 == "w" })
        }
    }

    @Test func byteSearchFindsWhatANaiveSearchFinds() {
        var random = SplitMix64(seed: 0xB17E)
        let pieces = ["p", "u", "publish", "-", "publish-", "【", "待", "【待填写", "填写", "x", "\u{3010}", "写", "年", "、", "。"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            for needle in ["publish-", "【待填写", "年", "p", "填写", "写", "【待"] {
                let bytes = Array(text.utf8)
                let target = Array(needle.utf8)
                let naive = bytes.count >= target.count
                    && (0...(bytes.count - target.count)).contains { bytes[$0..<($0 + target.count)].elementsEqual(target) }
                #expect(ByteSearch.contains(target, in: text) == naive, "\(text) \(needle)")
                #expect(ByteSearch.contains(target, in: text[...]) == naive)
            }
        }
    }
}
