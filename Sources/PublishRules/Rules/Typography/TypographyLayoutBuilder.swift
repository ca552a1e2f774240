import PublishCore
import PublishReading

/// Lays out the typography texts of a notice into one `TypographyLayout`, text after text: the
/// runs of a text's pieces appended as they come (touching runs of one style become one run, as
/// `TypographyTextBuilder` and `RichTextJoiner` merge them), then the text finished in one pass
/// over its bytes that counts its scalars and finds its marks.
///
/// As with `TypographyTextBuilder`, merging run by run gives the joined text's runs only when no
/// run is empty and no run's range ends before it starts (`joinsInPlace`); otherwise the caller
/// drops what it appended (`discardText`) and appends the joined pieces as they are.
package struct TypographyLayoutBuilder {
    private var bytes: [UInt8] = []
    private var runs: [TypographyLayout.Run] = []
    private var marks: [TypographyLayout.Mark] = []
    private var texts: [TypographyLayout.Text] = []
    private var addresses: [Range<Int>] = []
    private var ordinals: [SourceRange]
    /// Whether the ordinals are those appended (`append(_: Ordinal?)`), gathered as the texts are
    /// laid out, rather than given.
    private let collectsOrdinals: Bool
    /// One bit per deviation (`OrdinalSummary.bit(of:)`) of the ordinals appended, when collected.
    private var ordinalDeviations: UInt16 = 0
    /// The ordinals appended that have a deviation, in order, when collected.
    private var deviatingOrdinals: [Ordinal] = []
    /// What the caller found of the levels of the notice's numbered items, kept with the layout.
    package var numberingShape = NumberingShape()
    /// What the caller found of paragraphs that end without a stop, kept with the layout.
    package var unfinishedParagraphs: [Finding] = []

    /// Where the text being laid out starts in `bytes` and `runs`.
    private var textStart = 0
    private var runStart = 0
    /// The styles of the last run of the text being laid out, when it may take the next one.
    private var style: Style?
    /// No run given to `append(_:)` since the last text was empty or ended before it started.
    package private(set) var joinsInPlace = true

    /// A builder for texts whose ordinals (sorted by start) are `ordinals`.
    package init(ordinals: [SourceRange]) {
        self.ordinals = ordinals
        collectsOrdinals = false
    }

    /// A builder whose ordinals are every one appended through `append(_: Ordinal?)`, whether its
    /// text is empty or not: a notice's heads and measures, as the layout walks them.
    package init(collectingOrdinals: Void) {
        ordinals = []
        collectsOrdinals = true
    }

    /// Room for `count` bytes of text, so that the buffer grows once.
    package mutating func reserveCapacity(bytes count: Int) {
        bytes.reserveCapacity(count)
        // About one mark in 50 bytes of published text, one run in 200 and one text in 300
        // (growing the lists copied them a dozen times a notice).
        marks.reserveCapacity(count / 48)
        runs.reserveCapacity(count / 128)
        texts.reserveCapacity(count / 256)
    }

    /// The styles `TextRun.hasSameStyle(as:)` compares.
    private struct Style {
        var kind: TextRun.Kind
        var emphasis: Bool
        var strong: Bool
        var strikethrough: Bool
        var link: String? = nil
        var source: String? = nil

        init(_ run: UnsafePointer<TextRun>) {
            kind = run.pointee.kind
            emphasis = run.pointee.emphasis
            strong = run.pointee.strong
            strikethrough = run.pointee.strikethrough
            // Most runs have neither: their strings are not copied.
            if run.pointee.link != nil || run.pointee.source != nil {
                link = run.pointee.link
                source = run.pointee.source
            }
        }

        private init() {
            kind = .text
            emphasis = false
            strong = false
            strikethrough = false
        }

        /// The styles of `TextRun(text:range:)`: an ordinal's.
        static let plain = Style()

        /// Whether these are the styles of `plain`.
        var isPlain: Bool {
            kind == .text && !emphasis && !strong && !strikethrough && link == nil && source == nil
        }

        func matches(_ run: UnsafePointer<TextRun>) -> Bool {
            kind == run.pointee.kind && emphasis == run.pointee.emphasis && strong == run.pointee.strong
                && strikethrough == run.pointee.strikethrough && link == run.pointee.link && source == run.pointee.source
        }
    }

    // MARK: - Pieces

    /// Appends `run`, merged into the text's last run when they touch and share their styles.
    package mutating func append(_ run: TextRun) {
        withUnsafePointer(to: run) { append(at: $0) }
    }

    /// `append(_:)` of the run at `run`, read where it stands: a copy of a run retains and
    /// releases its three strings.
    private mutating func append(at run: UnsafePointer<TextRun>) {
        guard !run.pointee.text.isEmpty, run.pointee.range.start <= run.pointee.range.end else {
            joinsInPlace = false
            return
        }
        let last = runs.count - 1
        if last >= runStart, runs[last].range.end == run.pointee.range.start, let style, style.matches(run) {
            runs[last].range = runs[last].range.union(run.pointee.range)
            // The merged run is an address only if all its text is ASCII.
            if run.pointee.link != nil, !TypographyScalars.isASCIILink(run.pointee) {
                runs[last].isProse = run.pointee.kind == .text
            }
        } else {
            style = Style(run)
            runs.append(
                TypographyLayout.Run(
                    start: bytes.count, scalarStart: 0, range: run.pointee.range, kind: run.pointee.kind,
                    isProse: run.pointee.kind == .text && !TypographyScalars.isASCIILink(run.pointee)))
        }
        appendBytes(of: run.pointee.text)
    }

    /// Appends `run` as a run of its own, even when empty (`TypographyText(_:)` keeps a text's runs
    /// as they are).
    private mutating func appendAsItIs(_ run: TextRun) {
        style = nil
        runs.append(
            TypographyLayout.Run(
                start: bytes.count, scalarStart: 0, range: run.range, kind: run.kind, isProse: TypographyScalars.isProse(run)))
        appendBytes(of: run.text)
    }

    private mutating func appendBytes(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    package mutating func append(_ text: RichText) {
        // Each run read in place: iterating the array copied every run (three strings).
        text.runs.withUnsafeBufferPointer { runs in
            guard let first = runs.baseAddress else { return }
            for index in runs.indices { append(at: first + index) }
        }
    }

    /// An ordinal as a piece of its own (`RichText(runs: [TextRun(text:range:)])`): nothing when
    /// its text is empty.
    package mutating func append(_ ordinal: Ordinal?) {
        if collectsOrdinals, let range = ordinal?.range {
            ordinals.append(range)
            if let ordinal, !ordinal.deviations.isEmpty {
                for deviation in ordinal.deviations { ordinalDeviations |= OrdinalSummary.bit(of: deviation) }
                deviatingOrdinals.append(ordinal)
            }
        }
        // As `append(TextRun(text: ordinal.text, range: ordinal.range))`, without making the run:
        // a plain text run, prose, merged only into a plain run that it touches.
        guard let text = ordinal?.text, !text.isEmpty, let range = ordinal?.range else { return }
        guard range.start <= range.end else {
            joinsInPlace = false
            return
        }
        let last = runs.count - 1
        if last >= runStart, let style, style.isPlain, runs[last].range.end == range.start {
            runs[last].range = runs[last].range.union(range)
        } else {
            style = .plain
            runs.append(TypographyLayout.Run(start: bytes.count, scalarStart: 0, range: range, kind: .text, isProse: true))
        }
        appendBytes(of: text)
    }

    /// The pieces `Paragraph.richText` joins: each text segment, and each measure's ordinal, lead
    /// and body.
    package mutating func append(_ paragraph: Paragraph) {
        paragraph.segments.withUnsafeBufferPointer { segments in
            for index in segments.indices {
                switch segments[index] {
                case .text(let text): append(text)
                case .measure(let measure):
                    append(measure.ordinal)
                    append(measure.lead)
                    append(measure.body)
                }
            }
        }
    }

    // MARK: - Texts

    /// `text` with its runs as they are, as a text of its own; nothing when it has no runs.
    package mutating func addText(asItIs text: RichText) {
        discardText()
        guard !text.isEmpty else { return }
        text.runs.withUnsafeBufferPointer { runs in
            for index in runs.indices { appendAsItIs(runs[index]) }
        }
        finishText()
    }

    /// Drops what was appended since the last text was finished.
    package mutating func discardText() {
        bytes.removeSubrange(textStart...)
        runs.removeSubrange(runStart...)
        style = nil
        joinsInPlace = true
    }

    /// Makes a text of the runs appended since the last one (nothing when there are none): counts
    /// its scalars, finds its marks and the addresses written out in it.
    package mutating func finishText() {
        defer {
            textStart = bytes.count
            runStart = runs.count
            style = nil
            joinsInPlace = true
        }
        guard runs.count > runStart else { return }
        let firstMark = marks.count
        let firstAddress = addresses.count
        var scan = Scan()
        let textEnd = bytes.count
        let laidOut = bytes
        laidOut.withUnsafeBufferPointer { bytes in
            for runIndex in runStart..<runs.count {
                runs[runIndex].scalarStart = scan.count
                let end = runIndex + 1 < runs.count ? runs[runIndex + 1].start : textEnd
                scan.run(
                    bytes, from: runs[runIndex].start, to: end, textEnd: textEnd, run: runIndex,
                    isProse: runs[runIndex].isProse, into: &marks)
            }
        }
        let found = scan.found
        let count = scan.count
        if scan.mayHoldAddress { findAddresses(from: firstMark, scalarCount: count) }
        let whole = runs[runStart].range.union(runs[runs.count - 1].range)
        texts.append(
            TypographyLayout.Text(
                bytes: textStart..<textEnd, runs: runStart..<runs.count, marks: firstMark..<marks.count,
                addresses: firstAddress..<addresses.count, ordinals: 0..<0, count: count, found: found,
                whole: whole))
    }

    /// The addresses of the text being finished (`AddressScanner`, on its scalars), as byte ranges
    /// without the punctuation that ends a sentence after them; its marks in them are not prose.
    private mutating func findAddresses(from firstMark: Int, scalarCount: Int) {
        let textBytes = textStart..<bytes.count
        let scalars = bytes.withUnsafeBufferPointer { UTF8Bytes.scalars(UnsafeBufferPointer(rebasing: $0[textBytes])) }
        let found = AddressScanner.addresses(in: scalars)
        guard !found.isEmpty else { return }
        // The byte at which each scalar starts, and the end.
        var starts: [Int] = []
        starts.reserveCapacity(scalarCount + 1)
        var byte = textStart
        for scalar in scalars {
            starts.append(byte)
            byte += UTF8.width(scalar)
        }
        starts.append(byte)
        for address in found {
            var end = address.upperBound
            while end > address.lowerBound, TypographyScalars.isTrailingPunctuation(scalars[end - 1]) { end -= 1 }
            guard end > address.lowerBound else { continue }
            let range = starts[address.lowerBound]..<starts[end]
            addresses.append(range)
            for index in firstMark..<marks.count where range.contains(marks[index].byte) { marks[index].isProse = false }
        }
    }

    /// The indices of the ordinals that start inside `whole` (`ordinals` is sorted by start).
    private static func ordinals(within whole: SourceRange, of ordinals: UnsafeBufferPointer<SourceRange>) -> Range<Int> {
        var low = 0
        var high = ordinals.count
        while low < high {
            let middle = (low + high) / 2
            if precedes(ordinals[middle].start, whole.start) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < ordinals.count, precedes(ordinals[end].start, whole.end) { end += 1 }
        return low..<end
    }

    /// `SourceLocation.<` (line, then column), compared here: that operator is called across
    /// modules for every comparison.
    private static func precedes(_ a: SourceLocation, _ b: SourceLocation) -> Bool { (a.line, a.column) < (b.line, b.column) }

    /// `ordinals` sorted by start (ranges that start together in any order): collected in
    /// document order, they usually are already.
    private static func sortedByStart(_ ordinals: [SourceRange]) -> [SourceRange] {
        let inOrder = ordinals.withUnsafeBufferPointer { ordinals in
            ordinals.indices.dropFirst().allSatisfy { !precedes(ordinals[$0].start, ordinals[$0 - 1].start) }
        }
        return inOrder ? ordinals : ordinals.sorted { precedes($0.start, $1.start) }
    }

    /// The layout of the texts finished so far, each text with the ordinals that start inside it
    /// (`ordinals` sorted by start once every text is laid out).
    package mutating func layout() -> TypographyLayout {
        if collectsOrdinals { ordinals = Self.sortedByStart(ordinals) }
        // The texts' ordinals set in place (a copy of the list cost more than finding them). The
        // texts come in document order: the first ordinal at or after a text's start is looked for
        // from the previous text's, and searched for only when a text starts before that one.
        if !ordinals.isEmpty {
            ordinals.withUnsafeBufferPointer { ordinals in
                texts.withUnsafeMutableBufferPointer { texts in
                    var low = 0
                    var previousStart: SourceLocation? = nil
                    for index in texts.indices {
                        let whole = texts[index].whole
                        if let previousStart, Self.precedes(whole.start, previousStart) {
                            texts[index].ordinals = Self.ordinals(within: whole, of: ordinals)
                            low = texts[index].ordinals.lowerBound
                        } else {
                            while low < ordinals.count, Self.precedes(ordinals[low].start, whole.start) { low += 1 }
                            var end = low
                            while end < ordinals.count, Self.precedes(ordinals[end].start, whole.end) { end += 1 }
                            texts[index].ordinals = low..<end
                        }
                        previousStart = whole.start
                    }
                }
            }
        }
        return TypographyLayout(
            bytes: bytes, runs: runs, marks: marks, texts: texts, addresses: addresses, ordinals: ordinals,
            ordinalDeviations: ordinalDeviations, deviatingOrdinals: deviatingOrdinals, numberingShape: numberingShape,
            unfinishedParagraphs: unfinishedParagraphs)
    }
}

/// One pass over the bytes of a text, run by run: counts its scalars and finds its marks.
private struct Scan {
    /// The scalars so far.
    var count = 0
    var found: TypographyMarks = []
    /// Whether the text holds what every address holds: `@`, `://` or `www.`.
    var mayHoldAddress = false
    /// The byte after the last full-width stop and its value: a stop right after the same one is
    /// doubled.
    private var stopEnd = -1
    private var stopValue: UInt32 = 0

    /// Scans `bytes[start..<end]`, run `run` of a text that ends at `textEnd`, appending its marks
    /// to `marks`.
    mutating func run(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, textEnd: Int, run: Int, isProse: Bool,
        into marks: inout [TypographyLayout.Mark]
    ) {
        // Locals, not the fields, in the loop: kept in registers.
        var count = self.count
        var index = start
        while index < end {
            let lead = bytes[index]
            // Han characters (0xE4–0xE9), most of Chinese text, are stepped over.
            if lead &- 0xE4 < 6 {
                index &+= 3
                count &+= 1
                continue
            }
            if lead < 0x80 {
                switch lead {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!"),
                    UInt8(ascii: "("), UInt8(ascii: ")"):
                    found.insert(.halfWidth)
                    marks.append(Self.mark(UInt32(lead), index, count, run, isProse))
                    if lead == UInt8(ascii: ":"), index + 2 < textEnd, bytes[index + 1] == UInt8(ascii: "/"),
                        bytes[index + 2] == UInt8(ascii: "/")
                    {
                        mayHoldAddress = true
                    }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    found.insert(.quote)
                    marks.append(Self.mark(UInt32(lead), index, count, run, isProse))
                case UInt8(ascii: "@"):
                    mayHoldAddress = true
                case UInt8(ascii: "w"):
                    if index + 3 < textEnd, bytes[index + 1] == UInt8(ascii: "w"), bytes[index + 2] == UInt8(ascii: "w"),
                        bytes[index + 3] == UInt8(ascii: ".")
                    {
                        mayHoldAddress = true
                    }
                default: break
                }
                index &+= 1
            } else if lead < 0xE0 {
                index &+= 2
            } else if lead < 0xF0 {
                // The other marks are in U+2000–U+3FFF (0xE2, 0xE3) and U+FF00–U+FFFF (0xEF).
                if lead <= 0xE3 || lead == 0xEF {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    switch value {
                    case 0x201C, 0x201D:
                        found.formUnion([.quote, .curly])
                        marks.append(Self.mark(value, index, count, run, isProse))
                    case 0x300C, 0x300D, 0x300E, 0x300F:
                        found.insert(.quote)
                        marks.append(Self.mark(value, index, count, run, isProse))
                    case 0x3002, 0xFF0C, 0xFF01, 0xFF1F, 0x3001, 0xFF1B, 0xFF1A:
                        if stopEnd == index && stopValue == value { found.insert(.doubled) }
                        stopEnd = index + 3
                        stopValue = value
                    default: break
                    }
                }
                index &+= 3
            } else {
                index &+= 4
            }
            count &+= 1
        }
        self.count = count
    }

    private static func mark(_ value: UInt32, _ byte: Int, _ offset: Int, _ run: Int, _ isProse: Bool) -> TypographyLayout.Mark {
        TypographyLayout.Mark(scalar: Unicode.Scalar(value).unsafelyUnwrapped, byte: byte, offset: offset, run: run, isProse: isProse)
    }
}
