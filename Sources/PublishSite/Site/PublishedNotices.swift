import Foundation
import PublishCore
import PublishRendering

/// What a build keeps of every published notice until the site-wide files are written (the
/// listings, the feeds, the sitemap, the duplicate checks), held compactly: a small record per
/// notice in one array, each issuer's name once, and the rest of a `NoticeSummary` (the lead, the
/// 信息公开 block, where the 索引号 stands) only for the notices that have it and only when
/// something reads it.
///
/// A `NoticeSummary` a notice is is about 450 bytes before its texts, and the listings used to
/// copy the whole list once per listing; here a notice is one record of references to strings
/// the build holds anyway (the path is the content listing's, the title the front matter's), so
/// the memory a build needs grows far less with the number of notices.
package struct PublishedNotices: Sendable {
    /// One notice: what every listing, the sitemap and the report read.
    struct Record: Sendable {
        var path: String
        /// The slug when it is not a slice of `path`; nil when it is the UTF-8 bytes
        /// `slugStart..<slugEnd` of `path` (a notice without `slug:`, named by its file).
        var ownSlug: String?
        var slugStart: UInt32
        var slugEnd: UInt32
        var title: String
        var date: CalendarDate?
        var disclosureStart: CalendarDate?
        var disclosureEnd: CalendarDate?
        /// Index in `issuers`; -1 when the notice names no issuer.
        var issuer: Int32
        /// Index in `extras`; -1 when the notice has none of them.
        var extra: Int32
        var fileCount: Int32
        var draft: Bool

        init(
            path: String, slug: String, title: String, date: CalendarDate?, disclosureStart: CalendarDate?,
            disclosureEnd: CalendarDate?, issuer: Int32, extra: Int32, fileCount: Int32, draft: Bool
        ) {
            self.path = path
            if let range = Self.slice(slug, of: path) {
                ownSlug = nil
                slugStart = UInt32(range.lowerBound)
                slugEnd = UInt32(range.upperBound)
            } else {
                ownSlug = slug
                slugStart = 0
                slugEnd = 0
            }
            self.title = title
            self.date = date
            self.disclosureStart = disclosureStart
            self.disclosureEnd = disclosureEnd
            self.issuer = issuer
            self.extra = extra
            self.fileCount = fileCount
            self.draft = draft
        }

        /// Where `slug` stands in `path` as `<slug>.md` at its end, as UTF-8 offsets; nil when
        /// it does not.
        static func slice(_ slug: String, of path: String) -> Range<Int>? {
            var slug = slug
            var path = path
            return path.withUTF8 { path in
                slug.withUTF8 { slug -> Range<Int>? in
                    let suffix = ".md".utf8
                    guard slug.count > 0, path.count >= slug.count + suffix.count, path.count <= Int(UInt32.max),
                          path.suffix(suffix.count).elementsEqual(suffix)
                    else { return nil }
                    let end = path.count - suffix.count
                    guard memcmp(path.baseAddress! + (end - slug.count), slug.baseAddress!, slug.count) == 0 else { return nil }
                    return (end - slug.count)..<end
                }
            }
        }

        var slug: String {
            if let ownSlug { return ownSlug }
            let bytes = path.utf8
            let start = bytes.index(bytes.startIndex, offsetBy: Int(slugStart))
            let end = bytes.index(bytes.startIndex, offsetBy: Int(slugEnd))
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }

        var pageURL: String { "notices/\(slug)/index.html" }

        /// The slug's UTF-8 bytes, where they are.
        func withSlugBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            var text = ownSlug ?? path
            let range = ownSlug == nil ? Int(slugStart)..<Int(slugEnd) : nil
            return text.withUTF8 { bytes in
                body(range.map { UnsafeBufferPointer(rebasing: bytes[$0]) } ?? bytes)
            }
        }
    }

    /// What only the feeds and the duplicate 索引号 check read.
    struct Extra: Sendable {
        var lead: String
        var disclosureInfo: DisclosureInfo?
        var indexNumberRange: SourceRange?
    }

    private(set) var records: [Record] = []
    /// Each issuer's name once, in the order first met.
    private(set) var issuers: [String] = []
    private var issuerIndex: [String: Int32] = [:]
    private var extras: [Extra] = []
    /// Whether the lead is kept (only the feeds show it).
    let keepsLeads: Bool

    /// An empty list; `keepingLeads` when the lead is wanted (the site has feeds).
    init(keepingLeads: Bool, capacity: Int = 0) {
        self.keepsLeads = keepingLeads
        records.reserveCapacity(capacity)
    }

    /// The notices of `summaries`, in their order, everything kept.
    init(_ summaries: [NoticeSummary]) {
        self.init(keepingLeads: true, capacity: summaries.count)
        for summary in summaries { append(summary) }
    }

    var count: Int { records.count }

    mutating func append(_ summary: NoticeSummary) {
        var issuer: Int32 = -1
        if let name = summary.issuer {
            // The same bytes share a name: two spellings `==` takes for one (composed and
            // decomposed marks) stay apart, as each notice's entry shows its own.
            if let known = issuerIndex[name], Self.sameBytes(issuers[Int(known)], name) {
                issuer = known
            } else {
                issuer = Int32(issuers.count)
                issuers.append(name)
                if issuerIndex[name] == nil { issuerIndex[name] = issuer }
            }
        }
        var extra: Int32 = -1
        let lead = keepsLeads ? summary.lead : ""
        if !lead.isEmpty || summary.disclosureInfo != nil || summary.indexNumberRange != nil {
            extra = Int32(extras.count)
            extras.append(Extra(lead: lead, disclosureInfo: summary.disclosureInfo, indexNumberRange: summary.indexNumberRange))
        }
        records.append(Record(
            path: summary.path, slug: summary.slug, title: summary.title, date: summary.date,
            disclosureStart: summary.disclosureStart, disclosureEnd: summary.disclosureEnd, issuer: issuer, extra: extra,
            fileCount: Int32(summary.files.count), draft: summary.draft))
    }

    /// Whether two strings are the same bytes (not only equal as strings).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    /// The issuer of the notice at `index`.
    func issuer(at index: Int) -> String? {
        let issuer = records[index].issuer
        return issuer < 0 ? nil : issuers[Int(issuer)]
    }

    /// The 信息公开 block of the notice at `index` and where its 索引号 stands.
    func disclosure(at index: Int) -> (info: DisclosureInfo?, indexNumberRange: SourceRange?) {
        let extra = records[index].extra
        guard extra >= 0 else { return (nil, nil) }
        return (extras[Int(extra)].disclosureInfo, extras[Int(extra)].indexNumberRange)
    }

    /// The issuers as the listings and feeds group them: names that are `==` make one group,
    /// named as the first notice in order names it; `group[i]` is the group of `issuers[i]`.
    func issuerGroups() -> (names: [String], counts: [Int], group: [Int]) {
        var group = [Int](repeating: -1, count: issuers.count)
        var names: [String] = []
        var counts: [Int] = []
        var byName: [String: Int] = [:]
        for record in records where record.issuer >= 0 {
            let issuer = Int(record.issuer)
            if group[issuer] < 0 {
                let name = issuers[issuer]
                if let known = byName[name] {
                    group[issuer] = known
                } else {
                    group[issuer] = names.count
                    byName[name] = names.count
                    names.append(name)
                    counts.append(0)
                }
            }
            counts[group[issuer]] += 1
        }
        return (names, counts, group)
    }

    /// The files written for all the notices.
    var fileCount: Int { records.reduce(0) { $0 + Int($1.fileCount) } }

    /// The notice at `index` as a summary, with what is kept of it (no file names; the lead
    /// only when `keepsLeads`): what the feed reads.
    func summary(at index: Int) -> NoticeSummary {
        let record = records[index]
        let extra = record.extra >= 0 ? extras[Int(record.extra)] : nil
        return NoticeSummary(
            slug: record.slug, path: record.path, title: record.title, issuer: issuer(at: index), date: record.date,
            disclosureStart: record.disclosureStart, disclosureEnd: record.disclosureEnd, draft: record.draft,
            lead: extra?.lead ?? "", disclosureInfo: extra?.disclosureInfo, indexNumberRange: extra?.indexNumberRange,
            files: [], warnings: 0)
    }

    /// The listing entry of the notice at `index`, its status computed for `day`; `chinese`
    /// gives a date's 年月日 text (a listing shares one string per day among its entries).
    func entry(at index: Int, on day: CalendarDate, chinese: (CalendarDate) -> String) -> ListingViewModel.Entry {
        let record = records[index]
        let status = DisclosureStatus(start: record.disclosureStart, end: record.disclosureEnd, on: day)
        return ListingViewModel.Entry(
            title: record.title, issuer: issuer(at: index), date: record.date.map(chinese),
            dateISO: record.date?.description, url: record.pageURL, status: status.rawValue, statusLabel: status.label,
            isDraft: record.draft)
    }

    /// A digest of what the listing entry of the notice at `index` shows (its title, issuer, date,
    /// page, status for any day, draft mark): equal digests make equal entries on the same day.
    func entryDigest(at index: Int) -> UInt64 {
        let record = records[index]
        var hash = Hash64()
        hash.add(record.title)
        if let issuer = issuer(at: index) {
            hash.add(1)
            hash.add(issuer)
        } else {
            hash.add(0)
        }
        // Each date as its year, month and day in one word (16 bits are plenty for a month and a
        // day), and which of them there are.
        var present: UInt64 = 0
        for (bit, date) in [record.date, record.disclosureStart, record.disclosureEnd].enumerated() {
            guard let date else { continue }
            present |= 1 << UInt64(bit)
            hash.add(UInt64(UInt32(truncatingIfNeeded: date.year)) << 32
                | UInt64(UInt16(truncatingIfNeeded: date.month)) << 16 | UInt64(UInt16(truncatingIfNeeded: date.day)))
        }
        hash.add(present)
        record.withSlugBytes { hash.add(bytes: UnsafeRawBufferPointer($0)) }
        hash.add(record.draft ? 1 : 0)
        return hash.value
    }

    /// Newest first; notices without a date last; then by slug (`NoticeSummary.newestFirst`).
    mutating func sortNewestFirst() {
        // The positions are sorted, then the records put in their order once: a record moved at
        // each step of the sort is retained and released, and a slug made each time it is compared.
        let order = records.indices.sorted { a, b in
            switch (records[a].date, records[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return Self.slugPrecedes(records[a], records[b])
            }
        }
        records = order.map { records[$0] }
    }

    /// `a.slug < b.slug`: compared as bytes when both are ASCII (where `String`'s order is the
    /// bytes' order), as strings otherwise.
    static func slugPrecedes(_ a: Record, _ b: Record) -> Bool {
        let ascii: Bool? = a.withSlugBytes { x in
            b.withSlugBytes { y in
                guard !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
        return ascii ?? (a.slug < b.slug)
    }
}
