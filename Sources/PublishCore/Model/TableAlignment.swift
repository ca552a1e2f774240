/// How a table column is aligned, as GFM's delimiter row says (`:---`, `:--:`, `---:`).
public enum TableAlignment: String, Hashable, Sendable, Codable {
    case none, left, center, right
}
