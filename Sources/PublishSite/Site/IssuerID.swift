import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The folder of an issuer's listing, `site/issuers/<id>/`: issuer names are Chinese, so the id is
/// a stable hash of the name (FNV-1a, 32 bits, hex).
package enum IssuerID {
    /// The id of `issuer` on its own: 8 hex digits.
    static func of(_ issuer: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in issuer.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The ids of one site's issuers. Each is `of(_:)` of the name, except where two names share
    /// one (32 bits: about one site in a thousand with 3,000 issuers): then, in the names' sorted
    /// order, the first keeps it and the others get `-2`, `-3`… after it, so no listing or feed is
    /// written over another's. A name's id changes only when a colliding name sorting before it
    /// is added.
    struct Table: Sendable {
        private var ids: [String: String] = [:]

        init(_ issuers: some Sequence<String>) {
            var names: [String: [String]] = [:]
            for issuer in Set(issuers) { names[IssuerID.of(issuer), default: []].append(issuer) }
            for (id, sharing) in names {
                for (index, issuer) in sharing.sorted().enumerated() {
                    ids[issuer] = index == 0 ? id : "\(id)-\(index + 1)"
                }
            }
        }

        /// `issuer`'s id (`of(_:)` for a name the table was not made with).
        subscript(issuer: String) -> String { ids[issuer] ?? IssuerID.of(issuer) }
    }
}
