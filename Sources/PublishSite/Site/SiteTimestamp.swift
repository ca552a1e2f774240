import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The instant a calendar day begins in the site's time zone, written as RFC 3339 with its offset
/// (`2025-03-07T00:00:00+08:00`), for the feed's `<updated>` and the sitemap's `<lastmod>`.
///
/// Notices are dated by days in China; a time without an offset is read as UTC by feed readers and
/// crawlers, which would move every notice to 08:00 of its day, and a bare date is a day in no
/// particular zone.
package enum SiteTimestamp {
    static func rfc3339(_ date: CalendarDate, timeZone: String = "Asia/Shanghai") -> String {
        "\(date.description)T00:00:00\(offset(of: date, in: timeZone))"
    }

    /// `+08:00` for Asia/Shanghai; the zone's offset on that day where summer time changes it.
    static func offset(of date: CalendarDate, in timeZone: String) -> String {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Shanghai")!
        var components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
        components.timeZone = TimeZone(identifier: "UTC")
        let noon = Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 0)
        let seconds = zone.secondsFromGMT(for: noon)
        let minutes = abs(seconds) / 60
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return (seconds < 0 ? "-" : "+") + String(repeating: "0", count: 2 - hours.count) + hours + ":"
            + String(repeating: "0", count: 2 - rest.count) + rest
    }
}
