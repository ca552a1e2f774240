import Testing
@testable import PublishCore
@testable import PublishReading

/// `RichText.slice(_:bytes:layout:joined:)` copies a cut run's text out of the joined UTF-8 and
/// reads the runs where they stand; it is held here to `slice(_:offsets:)`, the scalar code it
/// stands in for, run by run and byte for byte (`==` on strings would let a different
/// normalisation pass), on the tricky and generated texts of `InterpretationCountingTests` (CJK,
/// combining marks, emoji with joiners, half- and full-width punctuation, CRLF, empty runs) with
/// styles, links and kinds mixed in.
@Suite struct SliceFromJoinedBytesTests {
    /// `text` with some runs styled, linked or made code, so that a cut keeps what it must.
    static func styled(_ text: RichText, _ generator: inout SplitMix64) -> RichText {
        var text = text
        for index in text.runs.indices {
            switch generator.next() % 6 {
            case 0: text.runs[index].strong = true
            case 1: text.runs[index].emphasis = true
            case 2: text.runs[index].link = "https://example.org/\(index)"
            case 3: text.runs[index].kind = .code
            default: break
            }
        }
        return text
    }

    /// The runs as everything they hold, the text as bytes.
    static func parts(_ text: RichText) -> [[String]] {
        text.runs.map { run in
            [
                "\(run.kind)", run.text.utf8.map(String.init).joined(separator: ","), "\(run.emphasis)", "\(run.strong)",
                "\(run.strikethrough)", run.link ?? "-", run.source ?? "-", "\(run.range)",
            ]
        }
    }

    @Test func aSliceFromTheJoinedBytesIsTheSliceCutAtScalars() {
        var generator = SplitMix64(seed: 2026_1207)
        var cut = 0
        for text in InterpretationCountingTests.texts() {
            let text = Self.styled(text, &generator)
            let scalars = Array(text.plain.unicodeScalars)
            let layout = RunLayout(text)
            func byteOffset(_ scalar: Int) -> Int { String(String.UnicodeScalarView(scalars[..<scalar])).utf8.count }
            // Every bound on short texts, random ones on the others.
            var bounds: [(Int, Int)] = []
            if scalars.count <= 6 {
                for lower in 0...scalars.count { for upper in lower...scalars.count { bounds.append((lower, upper)) } }
            } else {
                for _ in 0..<6 {
                    let lower = Int(generator.next() % UInt64(scalars.count + 1))
                    bounds.append((lower, lower + Int(generator.next() % UInt64(scalars.count - lower + 1))))
                }
            }
            text.withJoinedUTF8 { joined in
                for (lower, upper) in bounds {
                    let expected = text.slice(lower..<upper, offsets: layout.offsets)
                    let found = text.slice(lower..<upper, bytes: byteOffset(lower)..<byteOffset(upper), layout: layout, joined: joined)
                    #expect(found == expected, "\(text.plain.debugDescription) \(lower)..<\(upper)")
                    #expect(Self.parts(found) == Self.parts(expected), "\(text.plain.debugDescription) \(lower)..<\(upper)")
                    if found.runs.count > 1 || (lower > 0 && upper < scalars.count) { cut += 1 }
                }
            }
        }
        // The cases do cut runs in the middle and keep several.
        #expect(cut > 1000)
    }

    @Test func anEmptyTextSlicesToNothing() {
        let text = RichText()
        let layout = RunLayout(text)
        let found = text.withJoinedUTF8 { text.slice(0..<0, bytes: 0..<0, layout: layout, joined: $0) }
        #expect(found.runs.isEmpty)
        #expect(found == text.slice(0..<0, offsets: layout.offsets))
    }
}
