import Testing
@testable import PublishRendering

/// `NoticeFormat.fileName(forSlug:)` takes the slug's last part from the end; it must give what
/// splitting the slug at every `/` gave (`split` leaves out empty parts, and compares characters,
/// so a `/` carrying a combining mark is no separator).
@Suite struct FileNameForSlugTests {
    static let slugs: [String?] = [
        nil, "", "/", "//", "a", "a/b", "a/b/", "a//b//", "/a", "2025/notice", "中文/通报", "a/\u{301}b", "a\u{301}/b",
        "👩‍👩‍👧/👍🏽", "x/，。", "a\r\n/b", "a/b\r\n", " / ", "full／width",
    ]

    @Test(arguments: slugs) func theLastPartIsWhatSplittingGave(slug: String?) {
        let split = String(slug?.split(separator: "/").last ?? "notice")
        #expect(String(NoticeFormat.lastComponent(of: slug)) == split)
        #expect(NoticeFormat.docx.fileName(forSlug: slug) == split + ".docx")
    }

    /// The byte search for ASCII slugs gives what splitting gave, and leaves every other slug
    /// (CJK, combining marks, emoji, full-width slashes) to the character search.
    @Test(arguments: slugs + ["a/b/c", "///x", "x///", "a b/c-d_e.f", "a/\r\nb"])
    func theASCIIPathAgreesWithSplitting(slug: String?) {
        guard let slug else {
            #expect(NoticeFormat.lastComponent(of: nil) == "notice")
            return
        }
        let fast = NoticeFormat.lastASCIIComponent(of: slug).map(String.init)
        if slug.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(fast == String(slug.split(separator: "/").last ?? "notice"))
        } else {
            #expect(fast == nil)
        }
    }
}
