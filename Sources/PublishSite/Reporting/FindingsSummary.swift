import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The closing lines of `publish check --format human`: how many findings each rule gave, which
/// of them `publish fmt` fixes, and the totals, so that a page of warnings ends with what to do
/// about most of them.
public struct FindingsSummary: Sendable {
    /// Findings of one rule at one severity.
    public struct Row: Sendable, Equatable {
        public var rule: String
        public var severity: Severity
        public var count: Int
        /// `publish fmt` (or, for the `1、` rule, `publish fmt --arabic-period`), when it fixes them.
        public var fixedBy: String?
    }

    public var rows: [Row]
    public var totals: CheckSummary
    /// Findings `publish fmt` fixes, and with `--arabic-period`.
    public var fixedByFmt: Int
    public var fixedWithArabicPeriod: Int

    public init(diagnostics: [Diagnostic], files: Int, fixedByFmt: Set<String>, fixedWithArabicPeriod: Set<String>) {
        var tally = FindingsTally()
        tally.add(diagnostics)
        self.init(tally: tally, files: files, fixedByFmt: fixedByFmt, fixedWithArabicPeriod: fixedWithArabicPeriod)
    }

    /// From counts alone: what a streamed check keeps of its findings.
    public init(tally: FindingsTally, files: Int, fixedByFmt: Set<String>, fixedWithArabicPeriod: Set<String>) {
        rows = tally.counts.map { key, count in
            Row(
                rule: key.rule, severity: key.severity, count: count,
                fixedBy: fixedByFmt.contains(key.rule)
                    ? "publish fmt" : fixedWithArabicPeriod.contains(key.rule) ? "publish fmt --arabic-period" : nil)
        }.sorted { ($0.severity, $0.count, $1.rule) > ($1.severity, $1.count, $0.rule) }
        totals = tally.summary(files: files)
        self.fixedByFmt = tally.counts.reduce(0) { $0 + (fixedByFmt.contains($1.key.rule) ? $1.value : 0) }
        self.fixedWithArabicPeriod = tally.counts.reduce(0) { $0 + (fixedWithArabicPeriod.contains($1.key.rule) ? $1.value : 0) }
    }

    /// The rules `publish fmt` fixes under `configuration`, without and with `--arabic-period`.
    public init(tally: FindingsTally, files: Int, configuration: PublishConfiguration) {
        self.init(
            tally: tally, files: files,
            fixedByFmt: NoticeFormatter(configuration: configuration).fixedRules,
            fixedWithArabicPeriod: NoticeFormatter(configuration: configuration, arabicPeriod: true).fixedRules)
    }

    /// The rules `publish fmt` fixes under `configuration`, without and with `--arabic-period`.
    public init(diagnostics: [Diagnostic], files: Int, configuration: PublishConfiguration) {
        self.init(
            diagnostics: diagnostics, files: files,
            fixedByFmt: NoticeFormatter(configuration: configuration).fixedRules,
            fixedWithArabicPeriod: NoticeFormatter(configuration: configuration, arabicPeriod: true).fixedRules)
    }

    /// The per-rule table (when there are findings), then one line of totals.
    public func text(in language: Language) -> String {
        func say(_ id: String, _ arguments: MessageArgumentConvertible...) -> String {
            Message(id: id, arguments: arguments.map(\.messageArgument)).text(in: language)
        }
        var out = ""
        if !rows.isEmpty {
            out += say("summary.by-rule") + "\n"
            let counts = rows.map { say("summary.count.\($0.severity.rawValue)", $0.count) }
            let countWidth = counts.map(TextWidth.of).max() ?? 0
            let ruleWidth = rows.map(\.rule.count).max() ?? 0
            for (row, count) in zip(rows, counts) {
                var line = "  " + TextWidth.padLeft(count, to: countWidth) + "  " + row.rule
                if let fixer = row.fixedBy {
                    line += String(repeating: " ", count: ruleWidth - row.rule.count) + "  " + say("summary.fixes-row", fixer, row.count)
                }
                out += line + "\n"
            }
        }
        out += totals.sentence.text(in: language)
        let total = totals.errors + totals.warnings + totals.notes
        func share(_ count: Int) -> Message {
            count < total ? Message("summary.share.some", count) : total == 1 ? Message("summary.share.it") : Message("summary.share.all")
        }
        if fixedByFmt > 0 {
            out += say("summary.fmt-fixes", share(fixedByFmt))
            if fixedWithArabicPeriod > fixedByFmt { out += say("summary.with-arabic-period", fixedWithArabicPeriod) }
        } else if fixedWithArabicPeriod > 0 {
            out += say("summary.arabic-period-fixes", share(fixedWithArabicPeriod))
        }
        return out + "\n"
    }
}

/// How many findings each rule gave at each severity: all a streamed check keeps of them.
public struct FindingsTally: Sendable, Equatable {
    public struct Key: Hashable, Sendable {
        public var rule: String
        public var severity: Severity
    }

    public private(set) var counts: [Key: Int] = [:]

    public init() {}

    public mutating func add(_ diagnostics: [Diagnostic]) {
        // Findings come in runs of one rule (a file of imported text has hundreds of half-width
        // ones), and a file's few rules interleave: each run is counted into a short list of the
        // rules seen, and the list added to the table at the end, a probe per rule and severity
        // rather than per run.
        var runs: [(key: Key, count: Int)] = []
        diagnostics.withUnsafeBufferPointer { findings in
            var start = 0
            while start < findings.count {
                let rule = findings[start].rule
                let severity = findings[start].severity
                var end = start + 1
                while end < findings.count, findings[end].severity == severity, findings[end].rule == rule {
                    end += 1
                }
                if let known = runs.firstIndex(where: { $0.key.severity == severity && $0.key.rule == rule }) {
                    runs[known].count += end - start
                } else {
                    runs.append((Key(rule: rule, severity: severity), end - start))
                }
                start = end
            }
        }
        // No findings, no work on the table (whose storage type is made at run time on first use).
        guard !runs.isEmpty else { return }
        counts.reserveCapacity(counts.count + runs.count)
        for (key, count) in runs { counts[key, default: 0] += count }
    }

    public mutating func add(_ other: FindingsTally) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    public func count(_ severity: Severity) -> Int {
        counts.reduce(0) { $0 + ($1.key.severity == severity ? $1.value : 0) }
    }

    public func summary(files: Int) -> CheckSummary {
        CheckSummary(files: files, errors: count(.error), warnings: count(.warning), notes: count(.note))
    }
}
