import PublishCore
import PublishReading
import PublishRules
import PublishRendering

/// The URL slug of a notice: its path under `content/` without `.md` (or the front matter's `slug`),
/// ASCII only, chosen by the author — never derived from the Chinese title.
public struct Slug: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    /// Checks a slug: lower- and upper-case ASCII letters, digits, `-`, `_`, `.`, and `/` between
    /// parts; no empty part, no `.` or `..` part, no leading or trailing `/`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard !text.isEmpty, text.utf8.count <= 200, parts.allSatisfy({ part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
                && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        }) else { return nil }
        value = text
    }

    /// The last part, used for file names (`changchun-xinqu-2025.txt`).
    public var name: String { String(value.split(separator: "/").last ?? "") }

    /// How many folders deep the notice's page is below the site root (`notices/<slug>/`).
    public var depth: Int { value.split(separator: "/").count + 1 }

    public var description: String { value }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}
