import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

@Suite struct LineBreakerTests {
    static func width(_ line: String) -> Int { LineBreaker.width(line) }

    /// Widths at which every token of the sample fits on a line (the longest, an e-mail address,
    /// takes 20 columns).
    @Test(arguments: [20, 24, 28, 40, 56, 80])
    func noLineIsWiderThanTheWidthOrBreaksTheRules(width: Int) throws {
        let text = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
        let breaker = LineBreaker(width: width)
        for paragraph in text.split(separator: "\n") {
            let lines = breaker.wrap(String(paragraph), indent: "\u{3000}\u{3000}")
            #expect(lines.joined() == "\u{3000}\u{3000}" + paragraph)
            for (index, line) in lines.enumerated() {
                // A closing mark that cannot move down hangs past the width (标点悬挂).
                let hangs = line.unicodeScalars.last.map(LineBreaker.noStart.contains) ?? false
                let body = hangs ? String(line.unicodeScalars.dropLast()) : line
                #expect(Self.width(body) <= width, "\(line)")
                if index > 0, let first = line.unicodeScalars.first {
                    #expect(!LineBreaker.noStart.contains(first), "line starts with \(first): \(line)")
                }
                if index < lines.count - 1, let last = line.unicodeScalars.last {
                    #expect(!LineBreaker.noEnd.contains(last), "line ends with \(last): \(line)")
                }
            }
        }
    }

    @Test(arguments: [
        "联系电话0431-80798040", "工作时间8:30-17:00", "ccnaxsxczgzb@163.com", "https://www.example.gov.cn/a/b", "2025",
    ])
    func neverSplitsNumbersTimesAddresses(_ token: String) {
        let text = "欢迎广大干部群众监督，" + token + "，谢谢。"
        for width in 12...30 {
            let lines = LineBreaker(width: width).wrap(text)
            let ascii = token.unicodeScalars.filter(\.isASCII)
            let asciiRun = String(String.UnicodeScalarView(ascii))
            #expect(lines.contains { $0.contains(asciiRun) }, "width \(width): \(lines)")
        }
    }

    @Test func dashesAndEllipsesStayWhole() {
        for width in 6...20 {
            let lines = LineBreaker(width: width).wrap("他说——这是正确的……我们要坚持——到底……好。")
            #expect(!lines.contains { $0.hasSuffix("—") && !$0.hasSuffix("——") }, "\(lines)")
            #expect(lines.allSatisfy { !$0.hasPrefix("—") && !$0.hasPrefix("…") }, "\(lines)")
        }
    }

    @Test func plainTextOptionsIndentEveryParagraph() throws {
        let notice = try Fixtures.referenceNotice().notice
        let text = PlainTextRenderer(options: .init(indent: true)).render(notice)
        let sample = try Fixtures.sharedSample("changchun-xinqu-2025.txt")
        #expect(text == sample.split(separator: "\n").map { "\u{3000}\u{3000}" + $0 }.joined(separator: "\n"))
    }
}
