import Testing
@testable import PublishCore
@testable import PublishReading

/// `YAMLAliasScan` reads bytes; this holds it to the scan over scalars it replaced, on lines of
/// YAML's indicators mixed with CJK, combining marks and emoji.
@Suite struct YAMLAliasScanBytesTests {
    /// The scan as it was, over each line's scalars.
    enum ScalarScan {
        static func firstAnchorOrAlias<Lines: Collection>(in lines: Lines) -> YAMLAliasScan.Found? where Lines.Element == Substring {
            var quote: Unicode.Scalar?
            var blockScalarParentIndent: Int?
            var flowDepth = 0
            for (lineIndex, line) in lines.enumerated() {
                let s = Array(line.unicodeScalars)
                let indent = s.prefix { $0 == " " }.count
                if let parent = blockScalarParentIndent {
                    if s.allSatisfy({ $0 == " " || $0 == "\t" }) || indent > parent { continue }
                    blockScalarParentIndent = nil
                }
                var atNodeStart = true
                var i = 0
                func isBlank(_ index: Int) -> Bool { index >= s.count || s[index] == " " || s[index] == "\t" }
                scan: while i < s.count {
                    let c = s[i]
                    if let open = quote {
                        if open == "\"" && c == "\\" {
                            i += 2
                            continue
                        }
                        if c == open {
                            if open == "'" && i + 1 < s.count && s[i + 1] == "'" {
                                i += 2
                                continue
                            }
                            quote = nil
                            atNodeStart = false
                        }
                        i += 1
                        continue
                    }
                    if c == " " || c == "\t" {
                        i += 1
                        continue
                    }
                    if c == "#" && (i == 0 || isBlank(i - 1)) { break scan }
                    if atNodeStart {
                        switch c {
                        case "&", "*":
                            return YAMLAliasScan.Found(line: lineIndex, column: i + 1, isAnchor: c == "&")
                        case "!":
                            while i < s.count && !isBlank(i) { i += 1 }
                            continue
                        case "-", "?", ":":
                            if !isBlank(i + 1) && !(flowDepth > 0 && c == ":") { atNodeStart = false }
                        case "[", "{":
                            flowDepth += 1
                        case "]", "}":
                            flowDepth = max(0, flowDepth - 1)
                            atNodeStart = false
                        case ",":
                            break
                        case "\"", "'":
                            quote = c
                        case "|" where flowDepth == 0, ">" where flowDepth == 0:
                            blockScalarParentIndent = indent
                            break scan
                        default:
                            atNodeStart = false
                        }
                    } else if c == ":" && (isBlank(i + 1) || (flowDepth > 0 && ",]}".unicodeScalars.contains(s[i + 1]))) {
                        atNodeStart = true
                    } else if flowDepth > 0 {
                        switch c {
                        case ",": atNodeStart = true
                        case "[", "{":
                            flowDepth += 1
                            atNodeStart = true
                        case "]", "}": flowDepth -= 1
                        default: break
                        }
                    }
                    i += 1
                }
            }
            return nil
        }    }

    static let pieces = [
        "a", "title", ": ", ":", " ", "  ", "\t", "- ", "-", "? ", "&", "*", "&a", "*a", "#", " #", "\"", "'", "\\", "\\\"",
        "''", "[", "]", "{", "}", ",", "|", ">", "!", "!!str ", "巡视", "，", "e\u{301}", "😀", "👨‍👩‍👧", "：", "＆", "＊",
    ]

    @Test func findsWhatTheScalarScanFound() {
        var generator = SplitMix64(seed: 131)
        var found = 0
        for _ in 0..<4000 {
            let lines = (0..<(1 + Int(generator.next() % 4))).map { _ in
                (0..<Int(generator.next() % 10)).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            }
            let yaml = lines.joined(separator: "\n")
            let split = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let expected = ScalarScan.firstAnchorOrAlias(in: split)
            #expect(YAMLAliasScan.firstAnchorOrAlias(in: split) == expected, "\(yaml.debugDescription)")
            if expected != nil { found += 1 }
        }
        #expect(found > 500)
    }
}
