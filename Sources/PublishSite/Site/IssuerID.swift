import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The folder of an issuer's listing, `site/issuers/<id>/`: issuer names are Chinese, so the id is
/// a stable hash of the name (FNV-1a, 32 bits, hex).
package enum IssuerID {
    static func of(_ issuer: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in issuer.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
