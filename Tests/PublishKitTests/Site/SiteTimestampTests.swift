import Foundation
import Testing
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport

/// The feed's and sitemap's dates: the start of the notice's day in the site's time zone, RFC 3339
/// with the offset. Offsets below are the zones' published ones (China has no summer time).
@Suite struct SiteTimestampTests {
    static let cases: [(date: CalendarDate, zone: String, expected: String)] = [
        (CalendarDate(year: 2025, month: 3, day: 7), "Asia/Shanghai", "2025-03-07T00:00:00+08:00"),
        (CalendarDate(year: 2024, month: 10, day: 8), "Asia/Shanghai", "2024-10-08T00:00:00+08:00"),
        (CalendarDate(year: 2025, month: 1, day: 15), "Europe/Berlin", "2025-01-15T00:00:00+01:00"),
        (CalendarDate(year: 2025, month: 7, day: 1), "Europe/Berlin", "2025-07-01T00:00:00+02:00"),
        (CalendarDate(year: 2025, month: 3, day: 7), "America/St_Johns", "2025-03-07T00:00:00-03:30"),
        (CalendarDate(year: 2025, month: 3, day: 7), "UTC", "2025-03-07T00:00:00+00:00"),
    ]

    @Test(arguments: cases)
    func theDayBeginsInTheSiteTimeZone(date: CalendarDate, zone: String, expected: String) throws {
        let stamp = SiteTimestamp.rfc3339(date, timeZone: zone)
        #expect(stamp == expected)
        // Read back as an instant, it is midnight of that day in that zone.
        let instant = try #require(ISO8601DateFormatter().date(from: stamp), "\(stamp) is not RFC 3339")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        #expect([parts.year, parts.month, parts.day, parts.hour, parts.minute] == [date.year, date.month, date.day, 0, 0])
    }
}
