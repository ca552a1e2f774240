import Testing
@testable import PublishCore
@testable import PublishRules

/// The scan of office hours against the regular expressions it stands in for: the same times,
/// range marks and dangling ends on every text the scan reads.
@Suite struct OfficeHoursSyntaxTests {
    static let hours = [
        "工作日8:30-17:00", "周一至周五 8:30—12:00，14:00—17:30", "9:00至17:00", "上午8:30-11:30，下午14:00-17:00",
        "上午8:30-11:30，下午2:00-5:00", "工作日8:30－17:30", "8:30～17:00", "8:30~17:00", "工作日", "早8:00—晚20:00",
        "8时30分至17时", "工作日上午9时至下午5时", "0:00-24:00", "9:00到17:00", "工作日8:30-25:00", "8:70-17:00",
        "8:3-17:00", "８:３０-17:00", "24:30-8:00", "17:00-8:30", "下午5:00-上午9:00", "工作日8:30-17", "工作日9:00起", "8 : 30 - 17 : 00",
        "8　时　30　分——17点", "8∶30--17∶00", "8：30－－17：00", "12点半", "123:", "1234时5", "8时 5 分", "8时5", "8:30 - 早上 9",
        "8:30 至 晚 17", "8:30早上-晚上17:00", "8:30 早 - 晚 17:00", "8:30-", "8:30 —— 下午", ":30-17:00", "8:30-17:00 下午",
        "8点-9点-10点", "9:00 - - 17:00", "9:00 ~ ~17", "早上早上8:00", "晚上8:00-上午9", "8:30到 上午 17", "",
    ]

    @Test(arguments: hours)
    func scanReadsAsTheExpressionsDo(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let scan = OfficeHoursSyntax(scalars, scanning: true)
        let expressions = OfficeHoursSyntax(scalars, scanning: false)
        #expect(OfficeHoursSyntax(scalars).scans)
        #expect(scan.times() == expressions.times())
        for start in 0...scalars.count {
            #expect(scan.danglingEnd(after: start) == expressions.danglingEnd(after: start), "after \(start)")
            for end in start...scalars.count {
                #expect(scan.isRangeMark(start..<end) == expressions.isRangeMark(start..<end), "\(start)..<\(end)")
            }
        }
    }

    @Test(arguments: ["8:30\t-17:00", "8:30\u{A0}-17:00", "8\u{301}:30-17:00", "8:30\n-17:00"])
    func expressionsReadTextTheScanCannot(_ text: String) {
        #expect(!OfficeHoursSyntax(Array(text.unicodeScalars)).scans)
    }
}
