import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules

/// `InvalidDateCandidates`, which lets `dates/invalid` pass over a notice without scanning its
/// texts, held to that scan: wherever the scan would report a date, the bytes must say "may hold
/// one", alone and laid out after or before any other text.
@Suite struct InvalidDateCandidatesTests {
    /// Whether the scan of `dates/invalid` reports a date in `text` (`InvalidDateRule.check`, for
    /// one text).
    static func scanReports(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func holds(_ offsets: Range<Int>, _ mark: Unicode.Scalar) -> Bool {
            scalars[offsets.clamped(to: 0..<scalars.count)].contains(mark)
        }
        var found = DateScanner.dates(in: scalars).filter { holds($0.offsets, "年") }
        found += DateScanner.ranges(in: scalars).map(\.end).filter { $0.yearInherited && holds($0.offsets, "日") }
        return found.contains { DateRules.invalidityReason(of: $0.date) != nil }
    }

    static func candidates(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(InvalidDateCandidates.mayHoldInvalidDate)
    }

    static let impossible = [
        "2025年2月30日", "2025年2月29日", "2025 年 2 月 30 日", "２０２５年２月３０日", "２０２５年1２月3２日", "2025年13月1日",
        "2025年0月1日", "2025年1月0日", "2025年00月1日", "0000年1月1日", "０000年1月1日", "2025年1月32日", "2025年4月31日",
        "2025年2月20日至30日", "2025年2月20日至3月32日", "2025年2月20日——30日", "2025年2月20日～ 31日", "2025年4月1日至4月31日",
        "2025年2月20日起至30日止", "2025年1月4日至2025年2月30日", "公开期限：2025年2月20日至2月30日（7个工作日）", "e\u{301}2025年2月30日",
        "👩‍👩‍👧2025年2月30日", "行\r\n2025年2月30日", "2025年2月\u{3000}30日", "2025年\t2月30日", "2025年2月30\u{3000}日", "2025年2月30日。",
        "2025年2月20日-0日", "2025年2月20日~29日", "2025年2月20日到 2月29日", "2025年6月1日–6月31日", "2025年9月1日－31日",
        "2025年11月1日至11月31日", "自2025年2月30日起，（一）", "2025年1月1日至0日",
    ]

    static let possible = [
        "2023年9月12日至11月20日", "2024年1月30日", "15个工作日", "30日内反馈", "第30日", "2025年3月7日至3月27日（15个工作日）",
        "2025年12月31日", "", "联系电话：0431-80798040（工作日8:30-17:00）", "年月日", "2024年5月6日起至5月17日止",
        "２０２５年１２月３１日", "123日", "2025年7月31日至8月31日", "共计30日，自2025年3月1日起", "Hello, world! 是", "2025-02-30",
    ]

    /// Possible dates the bytes cannot tell from impossible ones: a range's end after a connector
    /// takes its month from the start, which is not read back.
    static let conservative = ["2025年1月1日至31日", "2024年2月1日至29日"]

    static let others = ["", "中", "3", "30", "２", "年", "月", "5月", "至", "2025年2月", "e\u{301}", "👩‍👩‍👧", "\r\n", "，"]

    @Test func everyReportedDateIsACandidate() {
        for text in Self.impossible {
            #expect(Self.scanReports(text), "the scan reports \(text.debugDescription)")
            #expect(Self.candidates(text), "\(text.debugDescription)")
            // Laid out after or before another text.
            for other in Self.others + Self.possible {
                #expect(Self.candidates(other + text), "\((other + text).debugDescription)")
                #expect(Self.candidates(text + other), "\((text + other).debugDescription)")
            }
        }
    }

    @Test func possibleDatesAreNoCandidates() {
        for text in Self.possible {
            #expect(!Self.scanReports(text), "the scan reports nothing in \(text.debugDescription)")
            #expect(!Self.candidates(text), "\(text.debugDescription)")
        }
    }

    @Test func rangeEndsAfterAConnectorAreCandidates() {
        for text in Self.conservative {
            #expect(!Self.scanReports(text), "the scan reports nothing in \(text.debugDescription)")
            #expect(Self.candidates(text), "\(text.debugDescription)")
        }
    }

    /// Every pair of the texts above laid out one after the other: the bytes say "may hold one"
    /// wherever the scan reports a date in either text or in both joined.
    @Test func pairsAreHeldToTheScan() {
        let texts = Self.impossible + Self.possible + Self.others
        for first in texts {
            for second in texts where Self.scanReports(first) || Self.scanReports(second) || Self.scanReports(first + second) {
                #expect(Self.candidates(first + second), "\((first + second).debugDescription)")
            }
        }
    }
}
