import Foundation
import Testing
import ZIPFoundation
@testable import PublishCore
@testable import PublishReading
@testable import PublishRules
@testable import PublishRendering
@testable import PublishSite
@testable import PublishTestSupport


/// The package's ZIP file is written by hand (so shared parts are deflated once); these tests hold
/// it to what ZIPFoundation's `Archive` writes for the same parts, byte for byte.
@Suite struct ZIPContainerTests {
    /// The package as ZIPFoundation's `Archive` writes it.
    static func archived(_ package: DocxPackage) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml, _) in package.entries {
            let bytes = Data(xml.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: DocxPackage.entryDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static let notices: [(String, String)] = [
        ("minimal", "# 标题\n\n正文。\n"),
        ("empty", ""),
        ("large part", "# 标题\n\n" + String(repeating: "整改工作扎实推进，成效明显。", count: 4000) + "\n"),
        ("escapes", "# <标题> & \"引号\"\n\n正文\u{85}与\u{FFFE}控制字符。\n"),
    ]

    @Test func referenceNoticeEqualsArchive() throws {
        let package = DocxRenderer().package(for: try Fixtures.referenceNotice().notice)
        let written = try package.data(level: nil)
        #expect(written == (try Self.archived(package)))
    }

    /// The parts as ZIPFoundation reads them back.
    static func parts(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// The notice's own parts are deflated by libdeflate at `PackageEntry.noticeLevel` (faster):
    /// the same parts come out, the CRCs check, only the deflated bytes differ.
    @Test(arguments: notices) func theNoticeLevelKeepsEveryPart(name: String, markdown: String) throws {
        let package = DocxRenderer().package(for: Fixtures.load(markdown).notice)
        let fast = try package.data()
        let archived = try Self.archived(package)
        #expect(try Self.parts(fast) == (try Self.parts(archived)), "\(name)")
        #expect(try Self.parts(fast).count == package.entries.count)
        // libdeflate's stream differs from zlib's; the part it holds does not (above), and it is
        // no larger than zlib's level-6 stream by more than a few per cent.
        let entry = try #require(package.entries.first { !$0.isShared })
        let fastEntry = try PackageEntry.deflated(path: entry.path, text: entry.xml, level: PackageEntry.noticeLevel)
        let zlibEntry = try PackageEntry.deflated(path: entry.path, text: entry.xml)
        #expect(fastEntry.crc32 == zlibEntry.crc32 && fastEntry.uncompressedSize == zlibEntry.uncompressedSize)
        #expect(fastEntry.compressed.count <= zlibEntry.compressed.count * 115 / 100 + 16, "\(name)")
    }

    @Test(arguments: notices) func noticeEqualsArchive(name: String, markdown: String) throws {
        let package = DocxRenderer().package(for: Fixtures.load(markdown).notice)
        let written = try package.data(level: nil)
        #expect(written == (try Self.archived(package)), "\(name)")
    }

    /// A shared part is reused only for the same bytes: U+F900 and U+8C48 are equal Swift strings
    /// (canonically equivalent) but different text.
    @Test func sharedPartsAreMatchedByBytes() throws {
        let first = try PackageEntry.shared(path: "test/equivalent.xml", text: "正文\u{F900}。")
        let second = try PackageEntry.shared(path: "test/equivalent.xml", text: "正文\u{8C48}。")
        #expect(first.crc32 != second.crc32)
        #expect(second == (try PackageEntry.deflated(path: "test/equivalent.xml", text: "正文\u{8C48}。")))
        let compatibility = try DocxRenderer().render(Fixtures.load("# 甲\n\n正文\u{F900}。\n").notice)
        let unified = try DocxRenderer().render(Fixtures.load("# 甲\n\n正文\u{8C48}。\n").notice)
        #expect(compatibility != unified)
    }

    /// Shared parts come from the memo; a part that differs from the remembered one is deflated
    /// anew, so rendering other notices in between changes nothing.
    @Test func packagesDoNotLeakIntoEachOther() throws {
        let first = try DocxRenderer().render(Fixtures.load("# 甲\n\n第一份。\n").notice)
        _ = try DocxRenderer().render(Fixtures.load("# 乙\n\n第二份，内容不同。\n").notice)
        let again = try DocxRenderer().render(Fixtures.load("# 甲\n\n第一份。\n").notice)
        #expect(first == again)
        let archive = try Archive(data: again, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var document = Data()
        _ = try archive.extract(entry) { document.append($0) }
        #expect(String(decoding: document, as: UTF8.self).contains("第一份。"))
    }
}
