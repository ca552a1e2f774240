import Testing
@testable import PublishCore
@testable import PublishSite

/// `FindingPieces` held to what each finding's pieces are when made for it alone.
@Suite struct FindingPiecesTests {
    static func made(_ text: String) -> [UInt8] { Array("<\(text)>".utf8) }
    static func said(_ finding: Diagnostic) -> [UInt8] {
        Array((finding.message.text(in: .english) + "|" + finding.notes.map { $0.text(in: .english) }.joined(separator: "|")
            + "|" + (finding.fix?.text(in: .english) ?? "-")).utf8)
    }

    /// Lists of one finding, of one file, of many files and rules, with shared and unshared boxes
    /// and more distinct texts than the recent ones kept.
    static let lists: [[Diagnostic]] = {
        let all = FindingsFormatFastPathTests.findings()
        return [[], Array(all.prefix(1)), Array(all.prefix(7)), all, all.filter { $0.file == all[0].file }, Array(all.reversed())]
    }()

    @Test(arguments: lists) func piecesAreEachFindingsOwn(findings: [Diagnostic]) {
        let pieces = FindingPieces(findings, perFinding: 10, file: Self.made, rule: Self.made, text: Self.said)
        #expect(pieces.parts.count == findings.count)
        var bound = 0
        for (finding, part) in zip(findings, pieces.parts) {
            #expect(pieces.bytes(of: part.file) == Self.made(finding.file))
            #expect(pieces.rules[part.ruleIndex] == finding.rule)
            #expect(pieces.bytes(of: part.rule) == Self.made(finding.rule))
            #expect(pieces.bytes(of: part.text) == Self.said(finding))
            bound += 10 + Self.made(finding.file).count + Self.made(finding.rule).count + Self.said(finding).count
        }
        #expect(pieces.bound == bound)
        // Each rule quoted once.
        #expect(pieces.rules.count == Set(findings.map(\.rule)).count)
        // Written one after the other: the pieces and a number, in order.
        let bytes = pieces.bytes { index, part, stored, start in
            var cursor = start
            cursor.put(stored[part.file])
            cursor.put(stored[part.rule])
            cursor.put(stored[part.text])
            cursor.put(decimal: index)
            return cursor
        }
        let expected = findings.enumerated().flatMap { index, finding in
            Self.made(finding.file) + Self.made(finding.rule) + Self.said(finding) + Array(String(index).utf8)
        }
        #expect(bytes == expected)
    }
}
