import PublishCore
import PublishReading

/// What looks like a fact in the closing but was not read as one: a date range or a count of
/// working days when no disclosure period was read, a phone-like number outside every contact.
///
/// Findings quote these, so that an author whose wording `publish` does not know learns what was
/// seen and how to label it, rather than only that something is missing.
package struct ClosingLeftovers {
    package struct Piece {
        var text: String
        var range: SourceRange
    }

    /// Date ranges (`2024年5月6日至5月20日`), in order; like `counts` and `labelledSentences`, only
    /// when the closing has no disclosure period.
    package var dateRanges: [Piece] = []
    /// Counts of working days (`10个工作日`), in order.
    package var counts: [Piece] = []
    /// The sentences that hold a disclosure label (`公开期限：……`), in order.
    package var labelledSentences: [Piece] = []
    /// Runs of 7 or more digits (with `-`, spaces or dashes between) that no contact holds.
    package var numbers: [Piece] = []

    package init(_ closing: Closing?) {
        guard let closing else { return }
        // The date ranges, counts and labelled sentences stand for a disclosure period that was
        // not read (`structure/missing-disclosure`): with one read, they are not looked for.
        let disclosureMissing = closing.disclosure == nil
        let contacts = closing.contacts.map(\.range).sorted { $0.start < $1.start }
        for paragraph in closing.paragraphs {
            let rich = paragraph.richText
            let scalars = rich.scalarArray
            let offsets = RunOffsets(rich)
            func piece(_ span: Range<Int>) -> Piece? {
                rich.range(of: span, offsets: offsets).map { Piece(text: String(scalars: scalars[span]), range: $0) }
            }
            // The dates are scanned only when something asks for them: the disclosure's leftovers,
            // or a run of digits outside every contact (most closings have neither).
            var scannedRanges: [DateScanner.FoundRange]? = nil
            func ranges() -> [DateScanner.FoundRange] {
                if let scannedRanges { return scannedRanges }
                let found = DateScanner.ranges(in: scalars) + DateScanner.yearlessRanges(in: scalars)
                scannedRanges = found
                return found
            }
            if disclosureMissing {
                for span in DisclosureReader.spans(scalars, endingAt: "。；;！？") {
                    let sentence = Array(scalars[span])
                    let labelled = Self.labels.contains { label in ScalarSearch.firstRange(of: label, in: sentence) != nil }
                    if labelled, let found = piece(span) { labelledSentences.append(found) }
                }
                dateRanges += ranges().compactMap { piece($0.offsets) }
                var from = 0
                while let count = StatedWorkdays.first(in: scalars, within: from..<scalars.count) {
                    if let found = piece(count.offsets) { counts.append(found) }
                    from = count.offsets.upperBound
                }
            }
            var dateSpans: [Range<Int>]? = nil
            // Runs and contacts both come in the order of the text: one sweep finds the contact
            // each run may fall in (contacts do not overlap one another). A run is a number when it
            // is in no date, has a range and is in no contact; the dates are looked at last.
            var next = 0
            for span in Self.digitRuns(in: scalars) {
                guard let found = piece(span) else { continue }
                while next < contacts.count, contacts[next].end <= found.range.start { next += 1 }
                if next < contacts.count, contacts[next].start < found.range.end { continue }
                if dateSpans == nil { dateSpans = ranges().map(\.offsets) + DateScanner.dates(in: scalars).map(\.offsets) }
                if dateSpans!.contains(where: { $0.overlaps(span) }) { continue }
                numbers.append(found)
            }
        }
    }

    /// The scalars of `DisclosureReader.labels`, laid out once.
    private static let labels = DisclosureReader.labels.map { Array($0.unicodeScalars) }

    /// Runs of digits with single separators between them, holding 7 digits or more.
    private static func digitRuns(in s: [Unicode.Scalar]) -> [Range<Int>] {
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < s.count && StatedWorkdays.digitValue(s[i]) != nil }
        var runs: [Range<Int>] = []
        var index = 0
        while index < s.count {
            guard isDigit(index) else {
                index += 1
                continue
            }
            let start = index
            var digits = 0
            var end = index
            while index < s.count {
                if isDigit(index) {
                    digits += 1
                    index += 1
                    end = index
                } else if "-－—– ".unicodeScalars.contains(s[index]), isDigit(index + 1) {
                    index += 1
                } else {
                    break
                }
            }
            if digits >= 7 { runs.append(start..<end) }
        }
        return runs
    }
}
