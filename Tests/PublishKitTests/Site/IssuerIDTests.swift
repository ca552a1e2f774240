import Foundation
import Testing
@testable import PublishSite

/// Issuer listing ids: FNV-1a of the name, told apart where two names share one.
@Suite struct IssuerIDTests {
    /// Two issuer names with the same 32-bit FNV-1a hash (found by search), in sorted order.
    static let colliding = ("中共第1422789区委员会", "中共第1639192区委员会")

    @Test(arguments: [
        // FNV-1a 32-bit test vectors, and a Chinese name.
        ("", "811c9dc5"), ("a", "e40c292c"), ("foobar", "bf9cf968"),
        (colliding.0, "7a35ec80"), (colliding.1, "7a35ec80"),
    ])
    func idIsTheHashInEightHexDigits(name: String, id: String) {
        #expect(IssuerID.of(name) == id)
    }

    @Test func namesSharingAnIdAreToldApartInSortedOrder() {
        for order in [[Self.colliding.0, Self.colliding.1], [Self.colliding.1, Self.colliding.0, Self.colliding.1]] {
            let table = IssuerID.Table(order + ["中共某某区委员会"])
            #expect(table[Self.colliding.0] == "7a35ec80", "\(order)")
            #expect(table[Self.colliding.1] == "7a35ec80-2", "\(order)")
            #expect(table["中共某某区委员会"] == IssuerID.of("中共某某区委员会"))
        }
        // Alone, each keeps the plain id; a name the table was not made with gets its hash.
        #expect(IssuerID.Table([Self.colliding.1])[Self.colliding.1] == "7a35ec80")
        #expect(IssuerID.Table([String]())["中共长春新区工作委员会"] == IssuerID.of("中共长春新区工作委员会"))
    }

    /// Through the real binary: both issuers get their own listing and feed, each with its notice.
    @Test func collidingIssuersEachGetTheirOwnListingAndFeed() throws {
        let reference = try TwoIssuerSiteTests.files()["content/changchun-xinqu-2025.md"]!
        func notice(_ issuer: String) -> String {
            reference.replacingOccurrences(of: "title: \(TwoIssuerSiteTests.referenceTitle)", with: "title: \(issuer)关于巡察整改进展情况的通报")
                .replacingOccurrences(of: "issuer: \(TwoIssuerSiteTests.changchun)", with: "issuer: \(issuer)")
        }
        // In place of the reference notice the project would otherwise hold.
        let files = [
            "content/changchun-xinqu-2025.md": notice(Self.colliding.0), "content/second.md": notice(Self.colliding.1),
        ]
        try BuildCommandTests.withProject(files) { project in
            let result = try PublishBinary.run(["build", "--base-url", "https://example.cn/x/", "--now", "2025-03-10"], in: project)
            try #require(result.status == 0, "\(result.stderr)")
            let site = project.appendingPathComponent("site")
            let home = try BuildCommandTests.read(site.appendingPathComponent("index.html"))
            let links = TwoIssuerSiteTests.browseLinks(home).filter { $0.contains(" → issuers/") }
            #expect(links == [
                "\(Self.colliding.0)（1） → issuers/7a35ec80/index.html",
                "\(Self.colliding.1)（1） → issuers/7a35ec80-2/index.html",
            ])
            for (issuer, id, slug) in [(Self.colliding.0, "7a35ec80", "changchun-xinqu-2025"), (Self.colliding.1, "7a35ec80-2", "second")] {
                let page = try BuildCommandTests.read(site.appendingPathComponent("issuers/\(id)/index.html"))
                #expect(page.contains("<h1>\(issuer)</h1>"))
                #expect(TwoIssuerSiteTests.listed(page) == ["\(issuer)关于巡察整改进展情况的通报 → ../../notices/\(slug)/index.html"])
                let feed = try BuildCommandTests.read(site.appendingPathComponent("issuers/\(id)/feed.xml"))
                #expect(feed.contains("<title>\(issuer) - "), "\(id)/feed.xml")
                #expect(feed.contains("notices/\(slug)/index.html"), "\(id)/feed.xml")
            }
        }
    }
}
