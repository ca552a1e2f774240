import Foundation
import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// Writes a check's findings file by file as they come, in any `DiagnosticFormat`, keeping only
/// counts: `publish check` hands it each file's findings in path order (`NoticeSet.check`) and
/// forgets them.
///
/// Formatting a file's findings is `piece(_:source:)`, a pure function run on the worker that
/// checked the file; writing is `write(_:)`, on one thread, in order. The text written is the
/// same as formatting every finding at once (human text to standard error, JSON, GitHub
/// workflow commands and SARIF to standard output); tests compare the two.
public final class FindingsStream {
    /// One file's findings, formatted, and their counts.
    public struct Piece: Sendable {
        /// UTF-8 text (bytes, so that nothing is validated or copied on the way out).
        public var text: [UInt8]
        public var tally: FindingsTally
    }

    public let format: DiagnosticFormat
    public let language: Language
    private let printer: DiagnosticPrinter
    private let sarifRuleIndex: [String: Int]
    private let output: ([UInt8]) -> Void
    private let errorOutput: ([UInt8]) -> Void
    private var started = false
    /// Whether an element was written into the JSON or SARIF array.
    private var wroteElement = false
    public private(set) var tally = FindingsTally()
    /// The SARIF log around its results, made once: serialising the rules costs tens of millions
    /// of instructions.
    private lazy var sarifFrame = SARIFLog.frame(language: language)

    /// `output` and `errorOutput` receive the text for standard output and standard error.
    public init(
        format: DiagnosticFormat, language: Language = .english, printer: DiagnosticPrinter? = nil,
        output: @escaping ([UInt8]) -> Void = FindingsStream.standardOutput,
        errorOutput: @escaping ([UInt8]) -> Void = FindingsStream.standardError
    ) {
        self.format = format
        self.language = language
        self.printer = printer ?? .standardError(language)
        self.output = output
        self.errorOutput = errorOutput
        sarifRuleIndex = Dictionary(uniqueKeysWithValues: RuleRegistry.descriptors.enumerated().map { ($1.id, $0) })
    }

    public static func standardOutput(_ bytes: [UInt8]) { writeAll(1, bytes) }
    public static func standardError(_ bytes: [UInt8]) { writeAll(2, bytes) }

    /// Writes all of `bytes` to `descriptor` (a pipe may take them in several writes); a closed
    /// output stops the writing, as it stops `FileHandle`'s.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// A formatter for the worker threads: the text of one file's findings, sorted, with `source`
    /// for the lines the human format quotes.
    public var formatter: @Sendable ([Diagnostic], SourceText?) -> Piece {
        let format = format
        let language = language
        let printer = printer
        let index = sarifRuleIndex
        return { diagnostics, source in
            var tally = FindingsTally()
            tally.add(diagnostics)
            let sorted = diagnostics.inReportOrder()
            let text: [UInt8]
            switch format {
            case .human: text = printer.bytes(sorted, sources: source.map { [$0] } ?? [])
            case .json: text = JSONDiagnostics.elementBytes(sorted, language: language)
            case .github: text = GitHubAnnotations.bytes(sorted, language: language)
            case .sarif: text = SARIFLog.resultBytes(sorted, index: index, language: language)
            }
            return Piece(text: text, tally: tally)
        }
    }

    private static let elementSeparator = Array(",\n".utf8)
    private static let firstElementSeparator = Array("\n".utf8)

    /// Writes one file's piece (files in path order).
    public func write(_ piece: Piece) {
        begin()
        tally.add(piece.tally)
        guard !piece.text.isEmpty else { return }
        switch format {
        case .human: errorOutput(piece.text)
        case .github: output(piece.text)
        case .json, .sarif:
            output(wroteElement ? Self.elementSeparator : Self.firstElementSeparator)
            output(piece.text)
            wroteElement = true
        }
    }

    /// Formats and writes findings that are not a checked file's (links not followed).
    public func write(_ diagnostics: [Diagnostic]) {
        write(formatter(diagnostics, nil))
    }

    /// Ends the output: the JSON summary or the SARIF log's end; for the human format the
    /// per-rule summary of `closing`.
    public func finish(files: Int, closing: (FindingsTally) -> String) {
        begin()
        switch format {
        case .human: errorOutput(Array(closing(tally).utf8))
        case .github: break
        case .json: output(Array(JSONDiagnostics.footer(tally.summary(files: files), empty: !wroteElement).utf8))
        case .sarif:
            let tail = sarifFrame.tail
            output(Array((wroteElement ? tail.closing : tail.empty).utf8))
        }
    }

    private func begin() {
        guard !started else { return }
        started = true
        switch format {
        case .json: output(Array(JSONDiagnostics.header.utf8))
        case .sarif: output(Array(sarifFrame.head.utf8))
        case .human, .github: break
        }
    }
}
