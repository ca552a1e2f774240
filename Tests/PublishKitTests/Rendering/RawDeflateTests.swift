import Foundation
import Testing
import ZIPFoundation
@testable import PublishRendering

/// libdeflate's raw streams, read back by zlib (through ZIPFoundation, as Word's unzip would).
@Suite struct RawDeflateTests {
    static let inputs: [(String, [UInt8])] = [
        ("empty", []),
        ("one byte", [0x41]),
        ("ASCII", Array("<w:p><w:r><w:t>text</w:t></w:r></w:p>".utf8)),
        ("Chinese", Array(String(repeating: "整改工作扎实推进，成效明显。", count: 300).utf8)),
        // Bytes that do not compress: the stream must still hold them (stored blocks).
        ("noise", (0..<70_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }),
    ]

    /// `compressed` as the one entry of a ZIP file, read back by ZIPFoundation (zlib's inflate),
    /// which also checks the CRC-32.
    static func readBack(_ compressed: [UInt8], of bytes: [UInt8]) throws -> [UInt8] {
        let entry = PackageEntry(
            path: "part.xml", crc32: bytes.withUnsafeBytes { RawDeflate.crc32($0) }, uncompressedSize: bytes.count,
            compressed: compressed)
        let archive = try Archive(data: try #require(ZIPContainer.file([entry])), accessMode: .read)
        var out = Data()
        _ = try archive.extract(try #require(archive["part.xml"])) { out.append($0) }
        return [UInt8](out)
    }

    @Test(arguments: inputs) func zlibReadsBackTheSameBytes(name: String, bytes: [UInt8]) throws {
        for level: Int32 in [1, 6, 12] {
            let compressed = try #require(bytes.withUnsafeBytes { RawDeflate.compress($0, level: level) })
            #expect(try Self.readBack(compressed, of: bytes) == bytes, "\(name) at \(level)")
        }
    }

    @Test func knownCRCs() {
        // The check value of CRC-32/ISO-HDLC, and the empty input.
        #expect(Array("123456789".utf8).withUnsafeBytes { RawDeflate.crc32($0) } == 0xCBF4_3926)
        #expect([UInt8]().withUnsafeBytes { RawDeflate.crc32($0) } == 0)
    }

    /// Compressors are reused across threads: many packages at once give the same bytes.
    @Test func concurrentUseGivesTheSameStreams() async {
        let text = Array(String(repeating: "巡视整改进展情况的通报。", count: 500).utf8)
        let expected = text.withUnsafeBytes { RawDeflate.compress($0, level: 1) }
        let results = await withTaskGroup(of: [UInt8]?.self) { group in
            for _ in 0..<16 { group.addTask { text.withUnsafeBytes { RawDeflate.compress($0, level: 1) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected && $0 != nil })
    }
}
